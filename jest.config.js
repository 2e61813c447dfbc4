/** Unit tests: TypeScript through esbuild (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': '<rootDir>/test/esbuild-transform.js' },
  // Jest 29's resolver does not expand chrono-node's "./*" export pattern; point at the CommonJS build.
  moduleNameMapper: { '^chrono-node/(.+)$': '<rootDir>/node_modules/chrono-node/dist/cjs/locales/$1/index.js' },
  // ESM-only packages that jest must transform.
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime|chrono-node|until-async)/).*\\.c?js$'],
};
