/** Tests run on a real PostgreSQL (embedded, or TEST_DATABASE_URL) and real HTTP servers. */
const tsJest = [
  'ts-jest',
  {
    // Transpile only (npm test type-checks the whole project with tsc first).
    isolatedModules: true,
    tsconfig: { module: 'commonjs', moduleResolution: 'node10', allowJs: true, isolatedModules: true },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': tsJest },
  // jose is ESM-only: compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
