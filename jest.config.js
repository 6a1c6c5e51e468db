/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // The pane and the Office adapter load the engine and msgreader with import(); under the
    // shared Node16 settings TypeScript keeps import() as is, which jest's CommonJS runtime
    // cannot run. Their bundler tsconfig lets ts-jest compile it to require().
    '^.+/(src|test)/(taskpane|office|addin)/.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.pane.json' }],
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  moduleNameMapper: {
    // See test/shims/office-addin-manifest.js (office-addin-mock's only need from it).
    '^office-addin-manifest$': '<rootDir>/test/shims/office-addin-manifest.js',
    // Relative imports written with .js (Node16 style) resolve to the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/shims/web-globals.js'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
};
