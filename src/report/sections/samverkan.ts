/** Section 5, Samverkan: each process's samverkan with whom, and the routines for it. */
import { arr, obj, str } from '../../model/index.js';
import type { CollaborationInfo } from '../types.js';
import type { SectionContext } from './context.js';

export function collaborationSection(c: SectionContext): CollaborationInfo[] {
  return c
    .ofType('process')
    .filter(c.active)
    .flatMap((d) =>
      arr(d.data!.samverkan).map((s) => {
        const o = obj(s) ?? {};
        return { document: c.ref(d), med: str(o.med) ?? '', beskrivning: str(o.beskrivning) ?? '', rutiner: c.refsOf(o.rutiner) };
      }),
    );
}
