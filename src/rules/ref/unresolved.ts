// Checks that every document id, activity id, role id and unit id a document names exists:
// documents in the repository, activities in the named process, roles and units in lsys.yaml.
// Serves 4:2–4:4 (processes, activities and routines hang together, with responsibility given
// to roles that exist; for vårdgivare also PSL 3 kap. 9 §).
// With läskvittens (issue 13) it also checks the roster (personal.csv): every row's unit and
// role must exist, and a row that cannot be read is reported at its line (never its key).
// Bad: `ägare: verksamhetschef` when lsys.yaml has no such role.
import { q } from '../../core/i18n.js';
import { hasHidden, showHidden } from '../../core/invisible.js';
import { isKnownType, type DomainModel } from '../../model/index.js';
import { str } from '../util.js';
import type { DocumentRuleContext, LoadedDocument, ProjectRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';
import { fileProblemReport } from '../reading/file-problems.js';

const messages = {
  unknownRole: { sv: 'Rollen {value} ({field}) finns inte i lsys.yaml', en: 'The role {value} ({field}) is not in lsys.yaml' },
  useRoleHint: {
    sv: 'Använd en av rollerna {roles}, eller lägg till rollen under roller i lsys.yaml.',
    en: 'Use one of the roles {roles}, or add the role under roller in lsys.yaml.',
  },
  unknownUnit: { sv: 'Enheten {value} finns inte i lsys.yaml', en: 'The unit {value} is not in lsys.yaml' },
  useUnitHint: {
    sv: 'Använd en av enheterna {units}, eller lägg till den under enheter i lsys.yaml.',
    en: 'Use one of the units {units}, or add it under enheter in lsys.yaml.',
  },
  addUnitHint: { sv: 'Lägg till enheten under enheter i lsys.yaml.', en: 'Add the unit under enheter in lsys.yaml.' },
  unknownDocument: { sv: 'Dokumentet {value} ({field}) finns inte', en: 'The document {value} ({field}) does not exist' },
  hiddenCharacterHint: {
    sv: '{file} har id {id}, med ett osynligt tecken; ta bort tecknet där.',
    en: '{file} has the id {id}, with an invisible character; remove the character there.',
  },
  checkIdHint: {
    sv: 'Kontrollera id:t; det ska stå som id i det andra dokumentets frontmatter.',
    en: 'Check the id; it must be the id in the other document’s frontmatter.',
  },
  notAProcess: { sv: '{value} är en {typ}, inte en process', en: '{value} is a {typ}, not a process' },
  unknownType: { sv: 'okänd typ', en: 'document of unknown type' },
  notARoutine: { sv: '{value} är en {typ}, inte en rutin', en: '{value} is a {typ}, not a routine' },
  activityWithoutProcess: { sv: 'Aktiviteten {value} anges utan process', en: 'The activity {value} is given without a process' },
  giveProcessHint: { sv: 'Ange också process: med processens id.', en: 'Also give process: with the process id.' },
  unknownActivity: { sv: 'Processen {processId} har ingen aktivitet {value}', en: 'The process {processId} has no activity {value}' },
  activitiesHint: { sv: 'Aktiviteterna är {activities}.', en: 'Its activities are {activities}.' },
  none: { sv: '(inga)', en: '(none)' },
  rosterUnit: {
    sv: 'Enheten {value} i personallistan finns inte i lsys.yaml; personen räknas inte som läsare',
    en: 'The unit {value} in the roster is not in lsys.yaml; the person is not counted as a reader',
  },
  rosterRole: {
    sv: 'Rollen {value} i personallistan finns inte i lsys.yaml; personen räknas inte som läsare',
    en: 'The role {value} in the roster is not in lsys.yaml; the person is not counted as a reader',
  },
  rosterNoUnit: {
    sv: 'Raden i personallistan saknar enhet; personen räknas inte som läsare',
    en: 'The roster row has no unit; the person is not counted as a reader',
  },
  rosterNoRole: {
    sv: 'Raden i personallistan saknar roll; personen räknas inte som läsare',
    en: 'The roster row has no role; the person is not counted as a reader',
  },
  rosterUnitHint: {
    sv: 'Skriv ett enhets-id från enheter i lsys.yaml: {units}.',
    en: 'Write a unit id from enheter in lsys.yaml: {units}.',
  },
  rosterRoleHint: {
    sv: 'Skriv ett roll-id från roller i lsys.yaml: {roles}.',
    en: 'Write a role id from roller in lsys.yaml: {roles}.',
  },
} as const satisfies Catalogue;

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'ref/unresolved',
    description: {
      sv: 'En hänvisning till ett dokument, en aktivitet, en roll eller en enhet som inte finns',
      en: 'A reference to a document, activity, role or unit that does not exist',
    },
    defaultSeverity: 'error',
    messages,
  },
  // A project check: the roster is checked beside every document.
  scope: 'project',
  run(ctx) {
    for (const doc of ctx.documents) {
      if (doc.data) checkDocument({ ...ctx, doc, report: (r) => ctx.report({ doc, ...r }) });
    }
    const { roleIds: roles, unitIds: units } = ctx.model;
    for (const issue of ctx.model.readingIssues) {
      if (issue.kind !== 'roster') continue;
      const where = { file: issue.file, at: { line: issue.line, column: 1 } };
      const unitList = { units: [...units].join(', ') || messages.none };
      const roleList = { roles: [...roles].join(', ') };
      switch (issue.code) {
        case 'unknown-unit':
          ctx.report({
            ...where,
            messageId: 'rosterUnit',
            hintId: 'rosterUnitHint',
            data: { value: q(String(issue.data!.value)), ...unitList },
          });
          break;
        case 'empty-unit':
          ctx.report({ ...where, messageId: 'rosterNoUnit', hintId: 'rosterUnitHint', data: unitList });
          break;
        case 'unknown-role':
          ctx.report({
            ...where,
            messageId: 'rosterRole',
            hintId: 'rosterRoleHint',
            data: { value: q(String(issue.data!.value)), ...roleList },
          });
          break;
        case 'empty-role':
          ctx.report({ ...where, messageId: 'rosterNoRole', hintId: 'rosterRoleHint', data: roleList });
          break;
        default:
          ctx.report(fileProblemReport(issue));
      }
    }
  },
};
export default rule;

/** The references of one document (with its data): every id it names must exist. */
function checkDocument(ctx: DocumentRuleContext<DomainModel>): void {
  const { roleIds: roles, unitIds: units } = ctx.model;
  const activityIds = (proc: LoadedDocument): ReadonlySet<string> => ctx.model.activityIds(proc);
  const processId = str(ctx.doc.data?.process);
  for (const ref of ctx.model.referencesOf(ctx.doc)) {
    switch (ref.kind) {
      case 'role':
        if (!roles.has(ref.value)) {
          ctx.report({
            at: ref.path,
            messageId: 'unknownRole',
            hintId: 'useRoleHint',
            data: { value: q(ref.value), field: ref.field, roles: [...roles].join(', ') },
          });
        }
        break;
      case 'unit':
        if (!units.has(ref.value)) {
          ctx.report({
            at: ref.path,
            messageId: 'unknownUnit',
            hintId: units.size ? 'useUnitHint' : 'addUnitHint',
            data: { value: q(ref.value), units: [...units].join(', ') },
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
            messageId: 'unknownDocument',
            hintId: hidden ? 'hiddenCharacterHint' : 'checkIdHint',
            data: { value: q(ref.value), field: ref.field, ...(hidden ? { file: hidden.file, id: showHidden(hidden.id!) } : {}) },
          });
        } else if (!target.data) {
          // Its frontmatter could not be read (reported on it); its id came from a lenient read.
        } else if (!isKnownType(target.typ)) {
          // An unknown typ (a misspelling, a number) is reported on the target itself.
        } else if (ref.field === 'process' && target.typ !== 'process') {
          ctx.report({
            at: ref.path,
            messageId: 'notAProcess',
            data: { value: q(ref.value), typ: target.typ ?? messages.unknownType },
          });
        } else if (ref.field === 'aktiviteter.rutiner' && target.typ !== undefined && target.typ !== 'rutin' && target.typ !== 'blankett') {
          ctx.report({
            at: ref.path,
            messageId: 'notARoutine',
            data: { value: q(ref.value), typ: target.typ },
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
              messageId: 'activityWithoutProcess',
              hintId: 'giveProcessHint',
              data: { value: q(ref.value) },
            });
          }
          break; // an unknown process is reported on the process field
        }
        if (!proc.data || proc.typ !== 'process') break; // unreadable, or reported on the process field
        if (!activityIds(proc).has(ref.value)) {
          ctx.report({
            at: ref.path,
            messageId: 'unknownActivity',
            hintId: 'activitiesHint',
            data: { processId, value: q(ref.value), activities: [...activityIds(proc)].join(', ') || messages.none },
          });
        }
        break;
      }
    }
  }
}
