#!/usr/bin/env node
// npm run rules:count: the rule table's figures the README gives (rows, phrases, sources, examples),
// read from the built engine (npm run build:cli builds it), so the README's numbers can be redone.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { TABLE } = require(path.join(root, 'build/diagnosis/rules/full-table.js'));
const { orderedTiers } = require(path.join(root, 'build/diagnosis/rules/table.js'));
const { PROVENANCE } = require(path.join(root, 'build/diagnosis/rules/provenance.js'));

const phrases = TABLE.reduce((n, r) => n + (r.phrases?.length ?? 0), 0);
const rowSources = new Set(TABLE.map((r) => PROVENANCE[r.id]?.source).filter(Boolean));
const examples = TABLE.map((r) => PROVENANCE[r.id]?.examples ?? []);
const out = {
  rows: TABLE.length,
  'rows once ordered (with the code-only copies)': orderedTiers(TABLE).flat().length,
  phrases,
  'distinct row sources': rowSources.size,
  'rows with examples': examples.filter((e) => e.length > 0).length,
  'rows without': examples.filter((e) => e.length === 0).length,
  'example lines': examples.reduce((n, e) => n + e.length, 0),
};
for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(48)} ${v.toLocaleString('en-US')}`);
