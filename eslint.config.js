// Lint rules that hold the architecture in place:
// - src/core, src/thread and src/draft are pure: no Office, DOM, React or Node built-ins;
// - code that runs in classic Outlook (the engine, the thread reader, the send check) uses no
//   syntax or library method newer than ES2016 that the build cannot lower;
// - only src/office and the entry files touch Office.js.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const esx = require('eslint-plugin-es-x');
const globals = require('globals');
const prettier = require('eslint-config-prettier');
const officeAddins = require('eslint-plugin-office-addins');

const PURE = ['src/core/**/*.ts', 'src/thread/**/*.ts', 'src/draft/**/*.ts'];
// The send path also runs in classic Outlook's JavaScript-only runtime.
const CLASSIC = [...PURE, 'src/commands/**/*.ts', 'src/office/send*.ts'];

const impureImports = {
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'The analysis core is pure: no React.' },
    {
      group: ['@microsoft/office-js', 'office-*', '**/office/*'],
      message: 'Office.js is reached only through src/office.',
    },
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'The analysis core also runs in Outlook: no Node built-ins.',
    },
    {
      group: ['**/taskpane/*', '**/playground/*', '**/commands/*', '**/cli/*'],
      message: 'The core must not depend on a surface.',
    },
  ],
};

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The Office add-in rules that apply to Outlook (the others are about Excel/Word's context.sync).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: { 'office-addins/no-office-initialize': 'error' },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: PURE,
    languageOptions: { globals: { ...globals.es2016 } },
    rules: {
      'no-restricted-imports': ['error', impureImports],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'Office',
          'DOMParser',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: `${name} is not available to the pure analysis code.` })),
      ],
    },
  },
  {
    files: CLASSIC,
    plugins: { 'es-x': esx },
    // Without type information, flag every call of these method names rather than none.
    settings: { 'es-x': { aggressive: true } },
    rules: {
      // Regular expression features the ES2016 runtime lacks (the build cannot lower them).
      'es-x/no-regexp-lookbehind-assertions': 'error',
      'es-x/no-regexp-named-capture-groups': 'error',
      'es-x/no-regexp-s-flag': 'error',
      'es-x/no-regexp-unicode-property-escapes': 'error',
      'es-x/no-regexp-v-flag': 'error',
      'es-x/no-regexp-d-flag': 'error',
      // Library methods the build does not polyfill.
      'es-x/no-string-prototype-matchall': 'error',
      'es-x/no-string-prototype-replaceall': 'error',
      'es-x/no-string-prototype-padstart-padend': 'error',
      'es-x/no-string-prototype-trimstart-trimend': 'error',
      'es-x/no-array-prototype-flat': 'error',
      'es-x/no-array-prototype-at': 'error',
      'es-x/no-array-prototype-findlast-findlastindex': 'error',
      'es-x/no-object-fromentries': 'error',
      'es-x/no-object-entries': 'error',
      'es-x/no-object-values': 'error',
      'es-x/no-object-hasown': 'error',
      'es-x/no-promise-prototype-finally': 'error',
      'es-x/no-promise-all-settled': 'error',
      'es-x/no-promise-any': 'error',
      'es-x/no-global-this': 'error',
      'es-x/no-bigint': 'error',
      'es-x/no-intl-segmenter': 'error',
      'es-x/no-intl-relativetimeformat': 'error',
      'es-x/no-intl-listformat': 'error',
    },
  },
  {
    // Only the adapter layer and the surface entry points may use the Office global.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [
      'src/office/**',
      'src/taskpane/index.tsx',
      'src/commands/web.ts',
      'src/commands/classic.ts',
      'src/playground/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Office']", message: 'Touch Office.js only in src/office.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
