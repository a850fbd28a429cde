// Checks that every `sosfs` entry (in the document and in ansvarsfördelning uppgifter) names a
// paragraph SOSFS 2011:9 has (catalog/sosfs-2011-9.json), so coverage is counted truly.
// Bad: `sosfs: [4:9]` — chapter 4 has §§ 1–6.
import { q } from '../../core/i18n.js';
import { arr, obj } from '../util.js';
import type { LocalRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  noParagraph: { sv: 'SOSFS 2011:9 har ingen paragraf {paragraph}', en: 'SOSFS 2011:9 has no paragraph {paragraph}' },
  chapterHasHint: { sv: 'Kapitel {chapter} har {paragraphs}.', en: 'Chapter {chapter} has {paragraphs}.' },
  writeHint: {
    sv: 'Skriv kapitel:paragraf, t.ex. 4:4; föreskriften har kapitel 1–8.',
    en: 'Write chapter:paragraph, e.g. 4:4; the regulation has chapters 1–8.',
  },
} as const satisfies Catalogue;

const rule: LocalRule = {
  meta: {
    id: 'sosfs/unknown',
    description: { sv: 'sosfs anger en paragraf som SOSFS 2011:9 inte har', en: 'sosfs names a paragraph SOSFS 2011:9 does not have' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'local',
  run(ctx) {
    const d = ctx.doc.data!;
    const entries: Array<{ v: unknown; at: Array<string | number> }> = arr(d.sosfs).map((v, i) => ({ v, at: ['sosfs', i] }));
    for (const [i, u] of arr(d.uppgifter).entries()) {
      for (const [j, v] of arr(obj(u)?.sosfs).entries()) entries.push({ v, at: ['uppgifter', i, 'sosfs', j] });
    }
    for (const { v, at } of entries) {
      if (typeof v !== 'string' || ctx.catalog.paragraph(v)) continue;
      // A value of the wrong form ("5:3 a") is reported once, by schema/pattern with its fix.
      if (!/^\d{1,2}:\d{1,2}[a-z]?$/.test(v)) continue;
      const chapter = /^(\d+):/.exec(v.trim())?.[1];
      const inChapter = ctx.catalog.paragraphs.filter((p) => String(p.kapitel) === chapter).map((p) => p.paragraf);
      ctx.report({
        at,
        messageId: 'noParagraph',
        hintId: inChapter.length ? 'chapterHasHint' : 'writeHint',
        data: { paragraph: q(v), chapter, paragraphs: inChapter.join(', ') },
      });
    }
  },
};
export default rule;
