/**
 * One shard of the handbook's documents rendered and indexed in one go: what a worker thread
 * does in a first build (search/index.ts, RenderPool), where every body must be rendered and
 * every shard indexed. Each body is rendered before the site's links are known
 * (render.ts, renderDeferred); its text and headings, which do not depend on them, go into the
 * shard's index at once.
 */
import { readBody } from '../../core/load.js';
import { renderDeferred, type DeferredBody } from '../render.js';
import { indexShard, indexed } from './shard.js';

/** A document of the shard: what its index entry shows, and its file. */
export interface RenderJob {
  page: string;
  id: string;
  title: string;
  type: string;
  draft: boolean;
  absPath: string;
  /** The body's text and heading texts when the load rendered it already: then it is only indexed. */
  known?: { text: string; headings: string[] };
}

export interface RenderedShard {
  /** One per job, in order; null for a job whose body was known. */
  bodies: Array<DeferredBody | null>;
  /** The shard's index, serialised (what indexShard gives for the same documents). */
  json: string;
}

export function renderShard(jobs: readonly RenderJob[]): RenderedShard {
  const bodies = jobs.map((j) => (j.known ? null : renderDeferred(readBody(j.absPath) ?? '')));
  const docs = jobs.map((j, i) => {
    const body = bodies[i];
    return indexed({
      page: j.page,
      id: j.id,
      title: j.title,
      type: j.type,
      draft: j.draft,
      headings: body ? body.headings.map((h) => h.text) : j.known!.headings,
      text: body ? body.text : j.known!.text,
    });
  });
  return { bodies, json: indexShard(docs) };
}
