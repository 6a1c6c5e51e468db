#!/usr/bin/env node
// npm run eval:unseen: how the engine reads bounces of a format it has no recognizer for, on
// ../shared/corpus: (1) leave-one-out, each message read with the recognizer that claims it
// removed (the RFC 3464 and generic text readers stay); (2) the RFC 3464 and generic text readers
// alone. The held-back sets are measured after us; these are the proxies we can run for the
// readers every unfamiliar bounce falls to. Scored by ../shared/eval/score.mjs as `npm run eval`.
// Skips (exit 0) when ../shared is absent.
//
//   node scripts/eval-unseen.mjs [--misses N]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { files, importTs } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared');
const corpus = path.join(shared, 'corpus', 'maildir');
if (!fs.existsSync(corpus)) {
  console.log(`eval:unseen skipped: no corpus at ${corpus} (it lives in ../shared beside the project)`);
  process.exit(0);
}
const misses = process.argv.includes('--misses') ? process.argv[process.argv.indexOf('--misses') + 1] : '0';

const { GENERIC, registryEngine } = await importTs(path.join(root, 'test/engine/unseen-measure.ts'));
const require = createRequire(import.meta.url);
const build = (p) => require(path.join(root, 'build/diagnosis', p));
const { diagnose, withRecognizers } = registryEngine(
  build('index.js').diagnose,
  build('formats/index.js').FORMATS,
);

// The CLI's --json shape, as far as score.mjs reads it.
const line = (file, d) =>
  JSON.stringify({
    file: path.relative(path.dirname(corpus), file),
    kind: d.kind,
    recipients: d.recipients.map((r) => ({ status: r.status, category: r.category, permanent: r.permanent })),
  });

function score(name, out) {
  const dir = path.join(root, '.eval');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.jsonl`);
  fs.writeFileSync(file, out.join('\n') + '\n');
  const labels = path.join(shared, 'corpus', 'labels.jsonl');
  const args = ['--labels', labels, '--out', file, '--misses', misses];
  return execFileSync('node', [path.join(shared, 'eval', 'score.mjs'), ...args]).toString();
}

const messages = files(corpus).map((f) => ({ file: f, bytes: fs.readFileSync(f) }));
const leaveOneOut = messages.map(({ file, bytes }) => {
  const own = diagnose(bytes).format;
  const d =
    own && !GENERIC.has(own)
      ? withRecognizers(
          (r) => r.name !== own,
          () => diagnose(bytes),
        )
      : diagnose(bytes);
  return line(file, d);
});
const genericOnly = withRecognizers(
  (r) => GENERIC.has(r.name),
  () => messages.map(({ file, bytes }) => line(file, diagnose(bytes))),
);

process.stdout.write(
  `each message without the recognizer that reads it:\n${score('leave-one-out', leaveOneOut)}`,
);
process.stdout.write(`\nthe RFC 3464 and generic text readers alone:\n${score('generic-only', genericOnly)}`);
