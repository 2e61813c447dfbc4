/** Unit tests: TypeScript through swc (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2019',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages that jest must transform.
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime|chrono-node|until-async)/).*\\.c?js$'],
};
