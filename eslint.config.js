// ESLint 9 flat config: typescript-eslint's type-aware recommended rules over the code we write
// (src, test, scripts, bench, bin), eslint-config-prettier last so layout is Prettier's job alone.
// `npm run lint:es` runs it with --max-warnings 0. Every rule turned off says why on its line.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** typescript-eslint's checks on values typed `any`: they only mean something where there are types. */
const unsafeAnyOff = {
  '@typescript-eslint/no-explicit-any': 'off',
  '@typescript-eslint/no-unsafe-argument': 'off',
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
};

export default tseslint.config(
  {
    // examples/*/site: the handbook npm run demo builds (generated, git-ignored), so npm test after npm run demo lints no site script.
    ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'src/generated/**', 'bench/.work/**', 'test/fixtures/**', 'examples/*/site/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Output escaping and the invisible-character checks match control characters on purpose.
      'no-control-regex': 'off',
      // `async` is used to turn a synchronous throw into a rejection for callers that await; keep it.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a parameter kept for an interface's shape; `...rest` drops keys on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain JavaScript (scripts, bench, bin, configs) has no type annotations: every value from another
    // module or from JSON.parse is `any`, so the any-checks would flag every line and prove nothing.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: unsafeAnyOff,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Tests read parsed JSON (SARIF, --format json, the JSON Schemas, lsys init's manifest) and assert its
    // shape: the assertions are the type check, and typing each JSON.parse would repeat them.
    files: ['test/**/*.ts'],
    rules: unsafeAnyOff,
  },
  prettier,
);
