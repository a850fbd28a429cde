// Warns about a document in force whose required readers have not all confirmed its current
// version (with `vid: major`, any version of its major number) more than `läskvittens.dagar`
// after `fastställd`. Readers are the roster's people with one of the document's reader roles
// (`läses_av`, else the type's in lsys.yaml) in a unit it applies to (`gäller_för`, else all).
// Inert unless lsys.yaml has `läskvittens` (issue 13). Serves 6:1 (staff work by the
// processes and routines). The message counts per unit; it never names a reader.
// Bad: RUT-012 2.0 fastställd 2026-09-01, dagar 30, and 3 of 14 readers without a confirmation on 2026-11-25.
import { interpolate, perLang } from '../../core/messages.js';
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  overdue: {
    sv: '{missing} av {required} läsare har inte bekräftat version {version} (senast {due}): {units}{unlisted}',
    en: '{missing} of {required} readers have not confirmed version {version} (due {due}): {units}{unlisted}',
  },
  overdueOne: {
    sv: '{missing} av {required} läsare har inte bekräftat version {version} (senast {due}): {units}{unlisted}',
    en: '{missing} of {required} readers has not confirmed version {version} (due {due}): {units}{unlisted}',
  },
  unit: { sv: '{name} {missing} av {required}', en: '{name} {missing} of {required}' },
  unlisted: {
    sv: '. {n} läsare som inte finns i personal.csv har bekräftat versionen – har de slutat, eller är läsarnyckeln felskriven?',
    en: '. {n} readers not in personal.csv have confirmed the version – have they left, or is the reader key mistyped?',
  },
  unlistedOne: {
    sv: '. 1 läsare som inte finns i personal.csv har bekräftat versionen – har hen slutat, eller är läsarnyckeln felskriven?',
    en: '. 1 reader not in personal.csv has confirmed the version – have they left, or is the reader key mistyped?',
  },
  remindHint: {
    sv: 'Påminn dem som inte har läst; "lsys due --unit <enhet>" visar vad som saknas per enhet.',
    en: 'Remind those who have not read it; "lsys due --unit <unit>" shows what is missing per unit.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'reading/overdue',
    description: {
      sv: 'Ett gällande dokument som inte alla dess läsare har bekräftat att de läst i tid',
      en: 'A document in force that not all its readers have confirmed reading in time',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    const fact = ctx.model.readingOf(ctx.doc);
    if (!fact?.overdue) return;
    const names = new Map(ctx.config.enheter.map((u) => [u.id, u.namn]));
    const behind = fact.units.filter((u) => u.missing > 0);
    const units = perLang((lang) =>
      behind
        .map((u) => interpolate(messages.unit[lang], { name: names.get(u.unit)!, missing: u.missing, required: u.required }, lang))
        .join(', '),
    );
    ctx.report({
      at: ['version'],
      messageId: fact.missing === 1 ? 'overdueOne' : 'overdue',
      hintId: 'remindHint',
      data: {
        missing: fact.missing,
        required: fact.required,
        version: fact.counts.minor === undefined ? `${fact.counts.major}.x` : fact.version,
        due: fact.due,
        units,
        // Counted, never named: a mistyped key in a form is why someone who read shows as missing.
        unlisted: perLang((lang) =>
          fact.unlisted === 0
            ? ''
            : interpolate(messages[fact.unlisted === 1 ? 'unlistedOne' : 'unlisted'][lang], { n: fact.unlisted }, lang),
        ),
      },
    });
  },
};
export default rule;
