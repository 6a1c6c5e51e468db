// Unit tests in four projects, so that a run can pick what it needs (`jest --selectProjects
// engine cli`) and `npm test` runs the quick ones before the slow production build:
//   engine: the diagnosis engine, authentication and robustness (node);
//   cli:    the command line, its HTML report in Chromium included (node);
//   pane:   the task pane, the Office adapter and the manifest (jsdom where a file asks for it);
//   build:  the webpack production build and its bundle budget (~50 s), alone, run last.
// tsconfig.jest.json: tsconfig.test.json compiled to CommonJS with import() as require() (see
// there). Every project uses that one ts-jest entry: ts-jest caches its settings per jest
// project, so a project with another tsconfig would silently share the first one's.
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  moduleNameMapper: {
    // See test/shims/office-addin-manifest.js (office-addin-mock's only need from it).
    '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js',
    // Relative imports written with .js (Node16 style) resolve to the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/shims/web-globals.js'],
  setupFilesAfterEnv: ['<rootDir>/test/shims/testing-library.js'],
};

const BUILD = '<rootDir>/test/addin/bundle-budget.test.ts';
// English, loaded as the pane and the CLI load it at start (every language is a chunk of its own).
const ENGLISH = '<rootDir>/test/shims/english.ts';

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'engine',
      testMatch: ['<rootDir>/test/{engine,auth,robustness}/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'cli',
      testMatch: ['<rootDir>/test/cli/**/*.test.ts'],
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, ENGLISH],
    },
    {
      ...shared,
      displayName: 'pane',
      setupFilesAfterEnv: [...shared.setupFilesAfterEnv, ENGLISH],
      testMatch: ['<rootDir>/test/{taskpane,office,addin}/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: ['/node_modules/', BUILD.replace('<rootDir>', '')],
    },
    { ...shared, displayName: 'build', testMatch: [BUILD] },
  ],
  // Tests check answers, not speed (speed lives in npm run bench). Hostile-input and jsdom tests
  // that take 1 s alone can take 10x that on a loaded 2-core machine: jest's 5 s default made
  // them fail at random there.
  testTimeout: 60_000,
};
