// `npm run test:e2e`: the built pane in Debian's Chromium (test/e2e). Separate from the unit
// tests' config: one browser shared by all files (global setup), files run one at a time.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  maxWorkers: 1,
  // Generous: on a loaded 2-core machine a page load with the engine can take tens of seconds.
  testTimeout: 180_000,
};
