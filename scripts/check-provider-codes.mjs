#!/usr/bin/env node
// Checks classify() against ../shared/reference/provider-codes.tsv: texts from providers' own
// documentation that the rules were not tuned on. Prints the rows whose documented fix-it owner we
// disagree with (owner_basis "doc..."; --all for every row) and the agreement on doc rows and on all.
// Needs `npm run build:cli` first; skips (exit 0) with a message when ../shared is absent.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared');
const tsv = path.join(shared, 'reference', 'provider-codes.tsv');
if (!fs.existsSync(tsv)) {
  console.log(`provider-codes check skipped: no ${tsv} (it lives in ../shared beside the project)`);
  process.exit(0);
}
const built = path.join(root, 'build', 'diagnosis', 'rules', 'classify.js');
if (!fs.existsSync(built)) {
  console.error('no build/: run `npm run build:cli` first');
  process.exit(1);
}
const { classify } = createRequire(import.meta.url)(built);
const showAll = process.argv.includes('--all');

// The first complete x.y.z of the column; null when absent or a range ("5.7.500-699").
function normalStatus(enhanced) {
  if (!enhanced || enhanced.includes('-')) return null;
  const m = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(enhanced);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

function replyCode(smtp) {
  const m = /\b([245]\d\d)/.exec(smtp ?? '');
  return m ? m[1] : null;
}

// Their owner words to our ids. "X or Y" / "X (or Y)" accept either; an unnamed "admin" either admin.
const OWNER_WORDS = [
  ['server admin (sending)', ['sender-admin']],
  ['sending system admin', ['sender-admin']],
  ['either side admin', ['sender-admin', 'recipient-admin']],
  ['sender_admin', ['sender-admin']],
  ['recipient_admin', ['recipient-admin']],
  ['group owner', ['recipient-admin']],
  ['rule owner', ['recipient-admin']],
  ['forwarder', ['sender-admin']],
  ['server admin', ['sender-admin', 'recipient-admin']],
  ['admin', ['sender-admin', 'recipient-admin']],
  ['sender', ['sender']],
  ['recipient', ['recipient']],
  ['none', ['none']],
  ['provider', ['provider']],
];

function theirOwners(fixOwner) {
  let rest = fixOwner.toLowerCase();
  if (!rest || rest.startsWith('depends')) return null;
  const owners = new Set();
  for (const [word, ids] of OWNER_WORDS) {
    if (!rest.includes(word)) continue;
    ids.forEach((id) => owners.add(id));
    rest = rest.split(word).join(' ');
  }
  // "none (by design)" and a provider's own fault: we say none or provider.
  if (owners.has('none') || owners.has('provider')) ['none', 'provider'].forEach((id) => owners.add(id));
  return owners.size ? owners : null;
}

const lines = fs
  .readFileSync(tsv, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const header = lines[0].split('\t');
const col = (name) => header.indexOf(name);
const tally = { doc: [0, 0], all: [0, 0] };
const shown = [];
for (const line of lines.slice(1)) {
  const f = line.split('\t');
  const get = (name) => (f[col(name)] ?? '').trim();
  const owners = theirOwners(get('fix_owner'));
  if (!owners) continue;
  const status = normalStatus(get('enhanced_code'));
  const reply = replyCode(get('smtp_reply'));
  const diagnostic = [reply, status, get('text_snippet')].filter(Boolean).join(' ');
  const r = classify({ status, replyCode: reply, diagnostic, delayed: false });
  const agree = owners.has(r.owner);
  const doc = get('owner_basis').startsWith('doc');
  for (const key of doc ? ['doc', 'all'] : ['all']) {
    tally[key][0] += agree ? 1 : 0;
    tally[key][1] += 1;
  }
  if (!agree && (doc || showAll)) {
    shown.push(
      `${get('provider')} | ${diagnostic}\n  theirs: ${get('fix_owner')} (${get('owner_basis')}; ${get('meaning')})` +
        `\n  ours:   ${r.owner} / ${r.category} [${r.rule}]`,
    );
  }
}
console.log(shown.join('\n'));
const pct = ([a, n]) => (n ? ((100 * a) / n).toFixed(1) : '0.0');
console.log(
  `owner agreement: doc rows ${pct(tally.doc)}% (${tally.doc[0]}/${tally.doc[1]}) | all rows ${pct(tally.all)}% (${tally.all[0]}/${tally.all[1]})`,
);
