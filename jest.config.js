/** Jest runs the TypeScript sources directly (ts-jest, transpile only: `npm run typecheck` checks types). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // The @contract alias of tsconfig.json's paths.
  moduleNameMapper: { '^@contract$': '<rootDir>/server/contract', '^@contract/(.*)$': '<rootDir>/server/contract/$1' },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
