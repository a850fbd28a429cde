// Checks that every document id, activity id, role id and unit id a document names exists:
// documents in the repository, activities in the named process, roles and units in lsys.yaml.
// Serves 4:2–4:4 (processes, activities and routines hang together, with responsibility given
// to roles that exist; for vårdgivare also PSL 3 kap. 9 §).
// Bad: `ägare: verksamhetschef` when lsys.yaml has no such role.
import { q } from '../../core/i18n.js';
import { hasHidden, showHidden } from '../../core/invisible.js';
import { isKnownType, type DomainModel } from '../../model/index.js';
import { str } from '../util.js';
import type { DocumentRule, LoadedDocument } from '../../core/types.js';

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'ref/unresolved',
    description: { sv: 'En hänvisning till ett dokument, en aktivitet, en roll eller en enhet som inte finns', en: 'A reference to a document, activity, role or unit that does not exist' },
    defaultSeverity: 'error',
  },
  scope: 'document',
  run(ctx) {
    const { roleIds: roles, unitIds: units } = ctx.model;
    const activityIds = (proc: LoadedDocument): ReadonlySet<string> => ctx.model.activityIds(proc);
    const processId = str(ctx.doc.data?.process);
    for (const ref of ctx.model.referencesOf(ctx.doc)) {
      switch (ref.kind) {
        case 'role':
          if (!roles.has(ref.value)) {
            ctx.report({
              at: ref.path,
              message: { sv: `Rollen ${q(ref.value)} (${ref.field}) finns inte i lsys.yaml`, en: `The role ${q(ref.value)} (${ref.field}) is not in lsys.yaml` },
              hint: { sv: `Använd en av rollerna ${[...roles].join(', ')}, eller lägg till rollen under roller i lsys.yaml.`, en: `Use one of the roles ${[...roles].join(', ')}, or add the role under roller in lsys.yaml.` },
            });
          }
          break;
        case 'unit':
          if (!units.has(ref.value)) {
            ctx.report({
              at: ref.path,
              message: { sv: `Enheten ${q(ref.value)} finns inte i lsys.yaml`, en: `The unit ${q(ref.value)} is not in lsys.yaml` },
              hint: units.size
                ? { sv: `Använd en av enheterna ${[...units].join(', ')}, eller lägg till den under enheter i lsys.yaml.`, en: `Use one of the units ${[...units].join(', ')}, or add it under enheter in lsys.yaml.` }
                : { sv: 'Lägg till enheten under enheter i lsys.yaml.', en: 'Add the unit under enheter in lsys.yaml.' },
            });
          }
          break;
        case 'document': {
          const target = ctx.model.byId(ref.value);
          if (!target) {
            // An id written with an invisible character (pasted from Word) looks right on screen:
            // name the file that holds it, or the user looks for a document that is there.
            const hidden = hasHidden(ref.value) ? undefined : ctx.model.hiddenIds.get(ref.value)?.[0];
            ctx.report({
              at: ref.path,
              message: { sv: `Dokumentet ${q(ref.value)} (${ref.field}) finns inte`, en: `The document ${q(ref.value)} (${ref.field}) does not exist` },
              hint: hidden
                ? {
                    sv: `${hidden.file} har id ${showHidden(hidden.id!)}, med ett osynligt tecken; ta bort tecknet där.`,
                    en: `${hidden.file} has the id ${showHidden(hidden.id!)}, with an invisible character; remove the character there.`,
                  }
                : { sv: 'Kontrollera id:t; det ska stå som id i det andra dokumentets frontmatter.', en: 'Check the id; it must be the id in the other document’s frontmatter.' },
            });
          } else if (!target.data) {
            // Its frontmatter could not be read (reported on it); its id came from a lenient read.
          } else if (!isKnownType(target.typ)) {
            // An unknown typ (a misspelling, a number) is reported on the target itself.
          } else if (ref.field === 'process' && target.typ !== 'process') {
            ctx.report({
              at: ref.path,
              message: { sv: `${q(ref.value)} är en ${target.typ ?? 'okänd typ'}, inte en process`, en: `${q(ref.value)} is a ${target.typ ?? 'document of unknown type'}, not a process` },
            });
          } else if (ref.field === 'aktiviteter.rutiner' && target.typ !== undefined && target.typ !== 'rutin' && target.typ !== 'blankett') {
            ctx.report({
              at: ref.path,
              message: { sv: `${q(ref.value)} är en ${target.typ}, inte en rutin`, en: `${q(ref.value)} is a ${target.typ}, not a routine` },
            });
          }
          break;
        }
        case 'activity': {
          const proc = processId ? ctx.model.byId(processId) : undefined;
          if (!proc) {
            if (!processId) {
              ctx.report({
                at: ref.path,
                message: { sv: `Aktiviteten ${q(ref.value)} anges utan process`, en: `The activity ${q(ref.value)} is given without a process` },
                hint: { sv: 'Ange också process: med processens id.', en: 'Also give process: with the process id.' },
              });
            }
            break; // an unknown process is reported on the process field
          }
          if (!proc.data || proc.typ !== 'process') break; // unreadable, or reported on the process field
          if (!activityIds(proc).has(ref.value)) {
            ctx.report({
              at: ref.path,
              message: { sv: `Processen ${processId} har ingen aktivitet ${q(ref.value)}`, en: `The process ${processId} has no activity ${q(ref.value)}` },
              hint: { sv: `Aktiviteterna är ${[...activityIds(proc)].join(', ') || '(inga)'}.`, en: `Its activities are ${[...activityIds(proc)].join(', ') || '(none)'}.` },
            });
          }
          break;
        }
      }
    }
  },
};
export default rule;
