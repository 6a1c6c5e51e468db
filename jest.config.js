/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // tsconfig.jest.json: tsconfig.test.json compiled to CommonJS with import() as require() (see
  // there). One ts-jest entry only: ts-jest caches its settings per jest project, so a second
  // entry with another tsconfig would silently share the first one's.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleNameMapper: {
    // See test/shims/office-addin-manifest.js (office-addin-mock's only need from it).
    '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js',
    // Relative imports written with .js (Node16 style) resolve to the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/shims/web-globals.js'],
  setupFilesAfterEnv: ['<rootDir>/test/shims/testing-library.js'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Tests check answers, not speed (speed lives in npm run bench). Hostile-input and jsdom tests
  // that take 1 s alone can take 10x that on a loaded 2-core machine: jest's 5 s default made
  // them fail at random there.
  testTimeout: 60_000,
};
