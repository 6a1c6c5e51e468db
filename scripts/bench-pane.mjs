#!/usr/bin/env node
// npm run bench:pane: how fast the built pane (dist/) shows a diagnosis in Chromium, inside the
// stand-in Outlook host of the end-to-end tests. Per message, the median of 10 runs (a fresh
// page each) of:
//   content -> on screen: from the moment getAsFileAsync hands the message over (the stub's
//     callback, performance.now() in the page) to the first frame after the diagnosis element is
//     in the DOM (MutationObserver, then requestAnimationFrame). Targets: 300 ms for a typical
//     NDR, 1 s for 25 MB.
//   navigation -> on screen: from navigation start, for context (it includes loading the pane
//     and the stub handing over its message, which a real Outlook does at its own pace).
// Not part of the tests: timing on a shared 2-core machine is noisy.
//
//   node scripts/bench-pane.mjs [--runs N]
/* global window, document, MutationObserver, requestAnimationFrame */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 10;

// The e2e harness is TypeScript: bundle it for Node (dependencies stay in node_modules).
async function loadHarness() {
  const e2e = path.join(root, 'test', 'e2e');
  const outfile = path.join(root, 'build', 'bench-pane', 'harness.cjs');
  await build({
    stdin: {
      contents: ['browser', 'server', 'pane', 'items', 'big-messages', 'fixtures']
        .map((m) => `export * from './${m}';`)
        .join('\n'),
      resolveDir: e2e,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    define: { __dirname: JSON.stringify(e2e) }, // the harness finds office-stub.js and the fixtures from there
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

const h = await loadHarness();
const MB = 1024 * 1024;
const CASES = [
  { name: 'typical NDR', message: () => h.sample('exchange-online-recipnotfound.eml'), target: 300 },
  { name: '1 MB bounce', message: () => h.bounceWithReturnedAttachment(Math.round(0.74 * MB)), target: null },
  {
    name: '25 MB message',
    message: () => h.bounceWithReturnedAttachment(Math.round(18.4 * MB)),
    target: 1000,
  },
  {
    name: '25 MB, no native Base64',
    message: () => h.bounceWithReturnedAttachment(Math.round(18.4 * MB)),
    target: 1000,
    withoutNativeBase64: true,
  },
];

// Older webviews (before Chromium 140, Safari 18.2) lack Uint8Array.fromBase64: the pane then
// decodes with its own loop.
function withoutNativeBase64() {
  delete Uint8Array.fromBase64;
}

// Installed before the pane's own scripts: the time of the first frame with a diagnosis.
function watchDiagnosis() {
  const w = window;
  const observer = new MutationObserver(() => {
    if (w.__benchInDom !== undefined || !document.querySelector('[data-testid=diagnosis]')) return;
    w.__benchInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      w.__benchOnScreen = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

const ms = (n) => `${Math.round(n)} ms`;

const dist = h.distDir();
h.ensureDist(dist);
const proxy = await h.startRecordingProxy();
const { chromium } = await import('playwright-core');
const browser = await chromium.launch(h.launchOptions(proxy.url));
const server = await h.startPaneServer(dist);
const version = browser.version();
const rows = [];
let failed = false;
try {
  for (const c of CASES) {
    const eml = c.message();
    process.stderr.write(`${c.name}: `);
    const item = h.messageItem(server, eml);
    const arrival = [];
    const navigation = [];
    let seen = '';
    for (let run = 0; run < RUNS; run++) {
      const pane = await h.openPane(browser, server, {
        stub: { host: 'Outlook', mailbox: '1.14', items: [item] },
        initScripts: c.withoutNativeBase64 ? [withoutNativeBase64, watchDiagnosis] : [watchDiagnosis],
      });
      try {
        await pane.page.waitForFunction(() => window.__benchOnScreen !== undefined, null, {
          timeout: 60_000,
        });
        const t = await pane.page.evaluate(() => ({
          arrived: window.__officeStub.contentArrivedAt,
          onScreen: window.__benchOnScreen,
        }));
        arrival.push(t.onScreen - t.arrived);
        navigation.push(t.onScreen);
        const [d] = await pane.diagnoses();
        seen = `${d.kind}/${d.category}/${d.owner}`;
        process.stderr.write('.');
        const problems = await pane.problems();
        if (problems.length > 0) throw new Error(problems.join('; '));
      } finally {
        await pane.close();
      }
    }
    process.stderr.write('\n');
    const m = median(arrival);
    const ok = c.target === null || m <= c.target;
    failed ||= !ok;
    rows.push({
      case: c.name,
      size: `${(Buffer.byteLength(eml) / MB).toFixed(eml.length > MB / 2 ? 1 : 3)} MB`,
      diagnosis: seen,
      'content -> on screen (median)': ms(m),
      'min..max': `${ms(Math.min(...arrival))}..${ms(Math.max(...arrival))}`,
      'navigation -> on screen (median)': ms(median(navigation)),
      target: c.target === null ? '-' : `${c.target} ms ${ok ? 'met' : 'MISSED'}`,
    });
  }
} finally {
  await browser.close();
  await server.close();
  await proxy.close();
}
console.log(`Pane speed, ${RUNS} runs each (Chromium ${version}, dist/ production build):`);
console.table(rows);
if (proxy.attempts.length > 0) {
  console.error(`Chromium tried to leave loopback: ${proxy.attempts.join(', ')}`);
  failed = true;
}
if (failed) process.exitCode = 1;
fs.rmSync(path.join(root, 'build', 'bench-pane'), { recursive: true, force: true });
