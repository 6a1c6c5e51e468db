// The Fluent tokens the pane uses: those its sources name (tokens.X) and those of the Fluent
// components it draws (Field and Textarea, with the Fluent packages they depend on). A theme chunk
// carries only these: the other four hundred of Fluent's tokens set CSS variables nothing reads.
// Shared by scripts/make-themes.mjs and test/taskpane/themes.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// The Fluent components the pane imports (src/taskpane/components/StandaloneInput.tsx).
const COMPONENT_PACKAGES = ['@fluentui/react-field', '@fluentui/react-textarea'];
// Packages that define tokens rather than use them.
const DEFINING = new Set(['@fluentui/react-theme', '@fluentui/tokens']);
const TOKEN = /(?<![\w-])tokens\.([a-z][A-Za-z0-9]*)/g;

function filesUnder(dir, ending) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(f, ending));
    else if (ending.test(e.name)) out.push(f);
  }
  return out;
}

function namesIn(files, into) {
  for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(TOKEN)) into.add(m[1]);
}

/** The Fluent packages the components pull in, themselves included. */
function componentClosure() {
  const seen = new Set();
  const queue = [...COMPONENT_PACKAGES];
  while (queue.length) {
    const name = queue.pop();
    if (seen.has(name) || DEFINING.has(name)) continue;
    seen.add(name);
    const pkg = require(`${name}/package.json`);
    for (const dep of Object.keys(pkg.dependencies ?? {})) if (dep.startsWith('@fluentui/')) queue.push(dep);
  }
  return [...seen];
}

/** The token names, sorted. */
export function usedTokens() {
  const names = new Set();
  namesIn(filesUnder(path.join(root, 'src'), /\.tsx?$/), names);
  for (const name of componentClosure()) {
    const lib = path.join(path.dirname(require.resolve(`${name}/package.json`)), 'lib');
    if (fs.existsSync(lib)) namesIn(filesUnder(lib, /\.js$/), names);
  }
  return [...names].sort();
}
