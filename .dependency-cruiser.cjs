// The arrows the code may follow (npm run depcruise, part of npm test). Layers, one direction:
//   engine (src/diagnosis)  <-  office adapter (src/office)  <-  pane (src/taskpane)
//   engine (src/diagnosis)  <-  CLI (src/cli)
//   languages (src/i18n)    <-  pane, CLI
// The engine runs in the pane and in the CLI alike, so it imports nothing of Node, the DOM, React
// or Office, and no package but the ones named below. Known violations waiting for their fix are
// listed in .dependency-cruiser-known-violations.json (new ones fail).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and hides which module owns what.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment: 'The engine imports no Node module (it runs in the browser).',
      from: { path: '^src/diagnosis/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-packages',
      severity: 'error',
      comment: 'The engine depends on no package but tldts (the Public Suffix List for DMARC).',
      from: { path: '^src/diagnosis/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/tldts/',
      },
    },
    {
      name: 'engine-below-everything',
      severity: 'error',
      comment: 'The engine knows nothing of the pane, the Office adapter, the CLI or the languages.',
      from: { path: '^src/diagnosis/' },
      to: { path: '^src/(taskpane|office|cli|i18n)/' },
    },
    {
      name: 'i18n-below-pane-and-cli',
      severity: 'error',
      comment:
        'The languages (src/i18n) serve the pane and the CLI alike: no React, Office or Node, and of the engine only its types and taxonomy.',
      from: { path: '^src/i18n/' },
      to: {
        path: '^src/(taskpane|office|cli)/|^src/diagnosis/(?!(types|taxonomy)\\.ts$)',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'office-below-pane',
      severity: 'error',
      comment: 'The Office adapter serves the pane; it does not import it or the CLI.',
      from: { path: '^src/office/' },
      to: { path: '^src/(taskpane|cli)/' },
    },
    {
      name: 'cli-not-pane',
      severity: 'error',
      comment: 'The CLI does not import the pane (React, Fluent).',
      from: { path: '^src/cli/' },
      to: { path: '^src/taskpane/' },
    },
    {
      name: 'pane-uses-engine-entry',
      severity: 'error',
      comment:
        'The pane uses the engine through its public entry (src/diagnosis/index.ts), its types, the pure helpers of src/diagnosis/extras/ and the advice tables it loads on demand, not its internals.',
      from: { path: '^src/(taskpane|office)/' },
      to: {
        path: '^src/diagnosis/',
        pathNot: '^src/diagnosis/((index|types|taxonomy)\\.ts|extras/|advice/)',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
