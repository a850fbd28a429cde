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
      to: { path: '^src/(rules|report|format|cli|commands|init|model)/' },
    },
    {
      name: 'model-below-outputs',
      severity: 'error',
      comment: 'The domain model (src/model) is read by rules, report and formats, never the other way round.',
      from: { path: '^src/model/' },
      to: { path: '^src/(rules|report|format|cli|commands|init)/' },
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
      name: 'author-asks-the-model',
      comment:
        'Authoring (src/author: lsys new) plans documents from src/model and src/core; the commands and the command line use it, never the other way round.',
      severity: 'error',
      from: { path: '^src/author/' },
      to: { path: '^src/(cli|commands|rules|report|format|init|site)/' },
    },
    {
      name: 'below-author',
      severity: 'error',
      comment: 'The core and the model know nothing of authoring.',
      from: { path: '^src/(core|model)/' },
      to: { path: '^src/author/' },
    },
    {
      name: 'only-bin-imports-cli',
      severity: 'error',
      comment: 'The command line is the top: only src/bin.ts starts it (the commands below it never import it).',
      from: { path: '^src/', pathNot: '^(src/bin\\.ts|src/cli/)' },
      to: { path: '^src/cli/' },
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
