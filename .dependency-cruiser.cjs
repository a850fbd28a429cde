/**
 * Dependencies run one way (issue 9):
 *   bin → cli → commands (validate, report, init) → rules / report / format → model → core.
 * `npm run lint:deps` (part of `npm test`) fails on any cycle, type-only imports included,
 * and on an import against that direction.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles, not even through type-only imports: a cycle hides which layer owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment: 'src/core knows no rule, report, format, command, command line or init: pass what it needs in.',
      from: { path: '^src/core/' },
      to: { path: '^src/(rules|report|format|cli|commands|init|model|plan)/' },
    },
    {
      name: 'model-below-outputs',
      severity: 'error',
      comment: 'The domain model (src/model) is read by rules, report and formats, never the other way round.',
      from: { path: '^src/model/' },
      to: { path: '^src/(rules|report|format|cli|commands|init|plan)/' },
    },
    {
      name: 'report-asks-the-model',
      severity: 'error',
      comment:
        'The report takes its facts from src/model, as the rules do, never from the rules (the report command passes the registry in).',
      from: { path: '^src/report/' },
      to: { path: '^src/rules/' },
    },
    {
      name: 'outputs-below-commands',
      severity: 'error',
      comment: 'Rules, report, formats and init do not know the commands that use them, nor the command line.',
      from: { path: '^src/(rules|report|format|init)/' },
      to: { path: '^src/(cli|commands)/' },
    },
    {
      name: 'plan-asks-the-model',
      comment:
        'Planning output (src/plan: due, calendar) prints the deadlines the model computes: it may import model and core, never rules, report, site, formats, init, the commands or the command line.',
      severity: 'error',
      from: { path: '^src/plan/' },
      to: { path: '^src/(rules|report|format|site|init|cli|commands)/' },
    },
    {
      name: 'author-above-the-model',
      severity: 'error',
      comment:
        'Authoring (src/author: new, approve, withdraw) builds on the model and core, and knows no rule, output, command or command line; only commands use it.',
      from: { path: '^src/author/' },
      to: { path: '^src/(cli|commands|rules|report|format|init|site|plan)/' },
    },
    {
      name: 'only-commands-use-author',
      severity: 'error',
      comment: 'The layers below the commands never import authoring.',
      from: { path: '^src/(core|model|rules|report|format|init|site|plan)/' },
      to: { path: '^src/author/' },
    },
    {
      name: 'only-bin-imports-cli',
      severity: 'error',
      comment: 'The command line is the top: only src/bin.ts starts it (the commands below it never import it).',
      from: { path: '^src/', pathNot: '^(src/bin\\.ts|src/cli/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'plan-asks-the-model',
      severity: 'error',
      comment:
        'Planning output (src/plan: lsys due, lsys calendar) only filters and prints the deadlines of src/model and core; it knows no rule, report, format, command or command line.',
      from: { path: '^src/plan/' },
      to: { path: '^src/(rules|report|format|init|cli|commands)/' },
    },
    {
      name: 'diff-asks-the-model',
      severity: 'error',
      comment:
        'lsys diff (src/diff) compares two runs through their domain models: it may import model and core, never rules, report, site, formats, init, authoring, planning, the commands or the command line (the command passes the registry in).',
      from: { path: '^src/diff/' },
      to: { path: '^src/(rules|report|format|site|init|author|plan|cli|commands)/' },
    },
    {
      name: 'only-commands-use-diff',
      severity: 'error',
      comment: 'The layers below the commands never import lsys diff.',
      from: { path: '^src/(core|model|rules|report|format|init|site|plan|author)/' },
      to: { path: '^src/diff/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too (a type-only cycle is still a cycle).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
