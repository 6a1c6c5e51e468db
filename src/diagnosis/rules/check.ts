// The compile-time checks of the rule table (run by test/engine/rules-table.test.ts): every row
// names its source (provenance.ts); an id belongs to one row; no phrase is in two categories;
// every phrase, alone, lands on a row of its own category (else an earlier row shadows it); every
// example lands on its own row; every `before` holds.
import { classify, RULE_TIERS } from './classify';
import { PROVENANCE, type Provenance } from './provenance';
import type { Rule } from './rule';
import { phraseText } from '../text/phrase';
import { commandOf } from '../text/smtp-command';
import { TABLE } from './full-table';

/** The first exact code of the row, to try its phrases with. */
function codeOf(rule: Rule): string | null {
  const list = rule.status ?? [];
  const exact = list.find((s) => !s.endsWith('.'));
  return exact ?? (list[0] ? `${list[0]}0` : null);
}

export function tableProblems(
  rows: readonly Rule[] = TABLE,
  provenance: Readonly<Record<string, Provenance>> = PROVENANCE,
): string[] {
  const problems: string[] = [];
  const categoryOf = new Map<string, string>();
  const phraseCategory = new Map<string, string>();
  for (const r of rows) {
    if (!provenance[r.id]?.source.trim()) problems.push(`${r.id}: no source`);
    const seen = categoryOf.get(r.id);
    if (seen && seen !== r.category) problems.push(`${r.id}: id used for ${seen} and ${r.category}`);
    // One row per id: a diagnosis, its advice and its examples name a row by its id.
    else if (seen) problems.push(`${r.id}: id used for two rows`);
    categoryOf.set(r.id, r.category);
    for (const p of [...(r.phrases ?? []), ...(r.also ?? [])])
      if (p !== p.toLowerCase() || p !== p.trim() || phraseText(p).length === 0)
        problems.push(`${r.id}: phrase ${JSON.stringify(p)} is not trimmed lower case`);
    for (const p of r.phrases ?? []) {
      // The same phrase for two causes: only a code, an `also` word, the SMTP step or whose domain
      // it names can tell them apart.
      if (r.status || r.also || r.stages || r.namesSender || r.ownDomain) continue;
      const other = phraseCategory.get(p);
      if (other && other !== r.category) problems.push(`${r.id}: phrase "${p}" is also ${other}'s`);
      phraseCategory.set(p, r.category);
    }
  }
  const ordered = RULE_TIERS.flat();
  for (const r of rows) {
    for (const id of r.before ?? []) {
      const at = ordered.findIndex((x) => x.id === id);
      if (at < 0) problems.push(`${r.id}: before names no row ${id}`);
      else {
        const mine = ordered.indexOf(r);
        if (mine < 0 || mine > at) problems.push(`${r.id}: not before ${id}`);
      }
    }
    // A namesSender row needs the sender's domain: its examples test it.
    if (!r.phrases || r.also || r.stages || r.namesSender || r.ownDomain) continue;
    const status = codeOf(r);
    const replyCode = r.reply?.[0]?.length === 3 ? r.reply[0] : null;
    for (const p of r.phrases) {
      const text = phraseText(p);
      const c = classify({ status, replyCode, diagnostic: text, delayed: false });
      if (c.category !== r.category)
        problems.push(`${r.id}: phrase "${p}" lands on ${c.rule} (${c.category})`);
    }
  }
  const ids = new Set(rows.map((r) => r.id));
  for (const id of Object.keys(provenance)) if (!ids.has(id)) problems.push(`${id}: provenance of no row`);
  for (const r of rows)
    if (r.namesSender && !(provenance[r.id]?.examples ?? []).some((e) => e.sender))
      problems.push(`${r.id}: a namesSender row needs an example with its sender`);
  for (const r of rows)
    if (r.ownDomain && !(provenance[r.id]?.examples ?? []).some((e) => e.recipientDomain && e.reportingMta))
      problems.push(`${r.id}: an ownDomain row needs an example with its recipient domain and reporting MTA`);
  for (const r of rows)
    for (const e of provenance[r.id]?.examples ?? []) {
      if (!e.source.trim()) problems.push(`${r.id}: example without a source`);
      const reply = /^[245]\d\d\b/.exec(e.line)?.[0] ?? null;
      const c = classify({
        status: e.status ?? null,
        replyCode: reply,
        diagnostic: e.line,
        delayed: false,
        senderDomains: e.sender ? [e.sender] : [],
        recipientDomain: e.recipientDomain ?? null,
        reportingMta: e.reportingMta ?? null,
        command: e.command ?? commandOf(e.line),
      });
      if (c.rule !== r.id) problems.push(`${r.id}: example ${JSON.stringify(e.line)} lands on ${c.rule}`);
    }
  return problems;
}
