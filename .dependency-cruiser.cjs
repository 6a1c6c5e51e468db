// The arrows the code may follow (npm run depcruise, part of npm test). Layers, one direction:
//   engine (src/diagnosis)  <-  office adapter (src/office)  <-  pane (src/taskpane)
//   engine (src/diagnosis)  <-  CLI (src/cli)
//   languages (src/i18n)    <-  pane, CLI
// and inside the engine (README, "How the engine works"):
//   mime/  <-  text/  <-  format-helpers/  <-  formats/  <-  engine core  <-  index.ts
//              text/  <-  rules/  <-  engine core;   mime/, text/  <-  auth/  <-  engine core
// where the engine core is the files at the top of src/diagnosis (diagnose, kind, recipient,
// remediation, the context ...). types.ts and taxonomy.ts (types and the category table) may be
// imported from anywhere in the engine.
// The engine runs in the pane and in the CLI alike, so it imports nothing of Node, the DOM, React
// or Office, and no package but the ones named below. Known violations waiting for their fix are
// listed in .dependency-cruiser-known-violations.json (new ones fail).
// One rule per engine layer: what it may import inside the engine (besides itself).
const ENGINE = '^src/diagnosis/';
const SHARED = '(types|taxonomy)\\.ts$';
const layer = (name, from, allowed, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: `${ENGINE}${from}` },
  to: { path: ENGINE, pathNot: `${ENGINE}(${[from, ...allowed, SHARED].join('|')})` },
});

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
    layer('engine-mime', 'mime/', [], 'mime/ turns bytes into parts and knows nothing above it.'),
    layer(
      'engine-text',
      'text/',
      ['mime/'],
      'text/ holds the line, address, SMTP-reply and phrase helpers: plain text in, no format, rule or engine core.',
    ),
    layer(
      'engine-format-helpers',
      'format-helpers/',
      ['text/', 'mime/', 'formats/format\\.ts$'],
      'format-helpers/ serve the recognizers (DSN fields, the returned message, Exchange and provider texts): below every format, they import none, only the contract formats/format.ts.',
    ),
    layer(
      'engine-formats',
      'formats/',
      ['format-helpers/', 'text/', 'mime/'],
      'A recognizer imports helpers and other recognizers, never the engine core or the rule table.',
    ),
    layer(
      'engine-rules',
      'rules/',
      ['text/'],
      'The rule table and its classifier read text only: no format, no engine core.',
    ),
    layer(
      'engine-auth',
      'auth/',
      ['text/', 'mime/'],
      'The authentication analysis reads headers: no format, rule or engine core.',
    ),
    layer('engine-advice', 'advice/', [], 'Advice tables are data: types only.'),
    {
      name: 'engine-kind-not-a-format',
      severity: 'error',
      comment: 'kind.ts tells bounces from other mail with helpers, not by asking a recognizer.',
      from: { path: '^src/diagnosis/kind\\.ts$' },
      to: { path: '^src/diagnosis/formats/', pathNot: '^src/diagnosis/formats/format\\.ts$' },
    },
    {
      name: 'engine-one-entry',
      severity: 'error',
      comment:
        'Only the public entry (index.ts) and the extras above it import it; the engine does not import its own entry.',
      from: { path: '^src/diagnosis/', pathNot: '^src/diagnosis/index\\.ts$' },
      to: { path: '^src/diagnosis/index\\.ts$' },
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
        "The languages (src/i18n) serve the pane and the CLI alike: no React, Office or Node, and of the engine only its types, taxonomy and English category words (the English catalog's advice, one copy).",
      from: { path: '^src/i18n/' },
      to: {
        path: '^src/(taskpane|office|cli)/|^src/diagnosis/(?!(types|taxonomy|category-words)\\.ts$)',
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
        'The pane uses the engine through its public entry (src/diagnosis/index.ts), its types, the pure helpers of src/diagnosis/extras/ and the parts it loads on demand and passes to diagnoseWith() (the advice tables, the authentication analysis auth/analyze.ts, the readers of rare formats with the fallback readings rare-readers.ts, the rule table\'s rare phrases with the localized words rare-words.ts), not its internals.',
      from: { path: '^src/(taskpane|office)/' },
      to: {
        path: '^src/diagnosis/',
        pathNot: '^src/diagnosis/((index|types|taxonomy)\\.ts|extras/|advice/|auth/analyze\\.ts$|rare-readers\\.ts$|rare-words\\.ts$)',
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
