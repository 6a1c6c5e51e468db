// Explains an authentication failure: which of SPF, DKIM and DMARC failed, for which domain, whether
// it aligns with the From domain, whether forwarding broke it, and what to change. Reads only the
// original message's headers and the server's words: no network, no Node APIs, never throws.
import type { OriginalMessage } from '../types';
import {
  isAligned,
  normalizeDomain,
  organizationalDomain,
  parseAlignMode,
  type AlignMode,
} from './alignment';
import { findMethod, type AuthResultsHeader, type MethodResult } from './authentication-results';
import { gatherEvidence, type AuthEvidence } from './evidence';
import { explain, type Findings } from './explain';
import type { AuthAnalysis, DkimOutcome, DmarcOutcome, SpfOutcome } from './types';

const FAILING = new Set(['fail', 'softfail', 'neutral', 'permerror', 'temperror', 'policy']);
// Results of RFC 8601's registry plus Microsoft's and older variants; anything else is noise.
const KNOWN_RESULTS = new Set([...FAILING, 'pass', 'none', 'hardfail', 'bestguesspass', 'softpass']);

/** The first readable result of a method in a header: junk such as "spf=%%" is skipped. */
function pick(h: AuthResultsHeader | null, method: string): MethodResult | undefined {
  return h?.results.find((r) => r.method === method && KNOWN_RESULTS.has(r.result));
}

export function analyzeAuth(
  original: OriginalMessage | null,
  diagnostic: string,
  refused = false,
): AuthAnalysis | null {
  try {
    return analyze(original, diagnostic, refused);
  } catch (e) {
    // A bug of ours must not take the diagnosis down: say so in the analysis.
    return {
      fromDomain: null,
      mailFromDomain: null,
      spf: null,
      dkim: [],
      dmarc: null,
      forwarded: false,
      verdict: 'unknown',
      explanation: `The authentication headers could not be analyzed (internal error: ${String(e)}).`,
    };
  }
}

/** A property of a result, also accepted under policy.* or inside a comment (Gmail's "(p=REJECT)"). */
function prop(r: MethodResult | undefined, key: string): string | null {
  if (!r) return null;
  return r.props.get(key) ?? r.props.get(`policy.${key}`) ?? r.commentProps.get(key) ?? null;
}

function headerFrom(h: AuthResultsHeader | null): string | null {
  if (!h) return null;
  for (const r of h.results) {
    const d = normalizeDomain(r.props.get('header.from'));
    if (d) return d;
  }
  return null;
}

interface SpfInfo {
  readonly outcome: SpfOutcome | null;
  /** SPF checked the HELO name because MAIL FROM was empty. */
  readonly helo: boolean;
  readonly mailFrom: string | null;
}

function spfOf(
  top: AuthResultsHeader | null,
  ev: AuthEvidence,
  from: string | null,
  mode: AlignMode,
): SpfInfo {
  const r = pick(top, 'spf');
  if (r) {
    const mailFrom = normalizeDomain(r.props.get('smtp.mailfrom'));
    const helo = normalizeDomain(r.props.get('smtp.helo'));
    const useHelo = !mailFrom && (ev.nullReturnPath || !ev.returnPathDomain) && helo !== null;
    const domain = mailFrom ?? (useHelo ? helo : ev.returnPathDomain);
    return {
      outcome: { result: r.result, domain, aligned: isAligned(domain, from, mode) },
      helo: useHelo,
      mailFrom,
    };
  }
  const rs = ev.receivedSpf;
  if (rs) {
    const mailFrom = normalizeDomain(rs.envelopeFrom);
    const helo = normalizeDomain(rs.helo);
    const useHelo = rs.identity === 'helo' || (!mailFrom && helo !== null);
    const domain = useHelo ? helo : (mailFrom ?? ev.returnPathDomain);
    return {
      outcome: { result: rs.result, domain, aligned: isAligned(domain, from, mode) },
      helo: useHelo,
      mailFrom,
    };
  }
  // No results in the headers: the Return-Path (or the domain the words name) is the identifier,
  // and the words may say that SPF failed for it.
  const d = ev.returnPathDomain ?? ev.diagnostic.mailFromDomain;
  if (d) {
    const result = ev.diagnostic.spfFailed ? 'fail' : 'unknown';
    return { outcome: { result, domain: d, aligned: isAligned(d, from, mode) }, helo: false, mailFrom: d };
  }
  return { outcome: null, helo: false, mailFrom: null };
}

function mentionsBodyHash(r: MethodResult): boolean {
  const text = `${r.reason ?? ''} ${r.comments.join(' ')}`.toLowerCase();
  return text.includes('body hash') || text.includes('bodyhash');
}

interface DkimInfo {
  readonly list: DkimOutcome[];
  readonly bodyHash: boolean;
  /** Selector per signing domain, from the DKIM-Signature headers or header.s. */
  readonly selectors: Map<string, string>;
}

function dkimOf(
  top: AuthResultsHeader | null,
  ev: AuthEvidence,
  from: string | null,
  mode: AlignMode,
): DkimInfo {
  const selectors = new Map<string, string>();
  for (const s of ev.dkimSignatures) {
    const d = normalizeDomain(s.domain);
    if (d && s.selector && !selectors.has(d)) selectors.set(d, s.selector);
  }
  const rs = top ? top.results.filter((r) => r.method === 'dkim' && KNOWN_RESULTS.has(r.result)) : [];
  if (rs.length) {
    const list = rs.map((r) => {
      const domain = normalizeDomain(r.props.get('header.d')) ?? normalizeDomain(r.props.get('header.i'));
      const sel = r.props.get('header.s');
      if (domain && sel && !selectors.has(domain)) selectors.set(domain, sel);
      return { result: r.result, domain, aligned: isAligned(domain, from, mode) };
    });
    return { list, bodyHash: rs.some(mentionsBodyHash), selectors };
  }
  const list = ev.dkimSignatures.map((s) => {
    const domain = normalizeDomain(s.domain);
    return { result: 'unknown', domain, aligned: isAligned(domain, from, mode) };
  });
  return { list, bodyHash: false, selectors };
}

/** The policy that applied: sp= for a subdomain From when shown, else p=, else Microsoft's action. */
function policyOf(r: MethodResult, from: string | null): string | null {
  const sub = from !== null && organizationalDomain(from) !== from ? prop(r, 'sp') : null;
  const p = sub ?? prop(r, 'p') ?? prop(r, 'dmarc');
  if (p) return p.toLowerCase();
  const action = (r.props.get('action') ?? '').toLowerCase();
  if (action === 'oreject' || action === 'reject' || action === 'pct.reject') return 'reject';
  if (action === 'oquarantine' || action === 'quarantine' || action === 'pct.quarantine') return 'quarantine';
  if (action === 'none' && r.result !== 'pass') return 'none';
  return null;
}

function dmarcOf(top: AuthResultsHeader | null, ev: AuthEvidence, from: string | null): DmarcOutcome | null {
  const r = pick(top, 'dmarc');
  if (r) return { result: r.result, policy: policyOf(r, from) ?? ev.diagnostic.policy };
  if (ev.diagnostic.dmarc) return { result: 'fail', policy: ev.diagnostic.policy };
  return null;
}

/** A pass at an earlier hop (older Authentication-Results or an ARC set), as a phrase. */
function earlierPass(ev: AuthEvidence, from: string | null, modes: Modes): string | null {
  const earlier: { h: AuthResultsHeader; what: string }[] = [
    ...ev.results.slice(1).map((h) => ({ h, what: h.authservId ?? 'an earlier hop' })),
    ...ev.arcResults.map((h) => ({
      h,
      what: `${h.authservId ?? 'a forwarder'} (ARC i=${h.instance ?? '?'})`,
    })),
  ];
  for (const { h, what } of earlier) {
    if (findMethod(h, 'dmarc')?.result === 'pass') return `DMARC passed at ${what}`;
    const spf = findMethod(h, 'spf');
    if (
      spf?.result === 'pass' &&
      isAligned(normalizeDomain(spf.props.get('smtp.mailfrom')), from, modes.spf)
    ) {
      return `SPF passed at ${what}`;
    }
    for (const r of h.results) {
      const d = normalizeDomain(r.props.get('header.d') ?? r.props.get('header.i'));
      if (r.method === 'dkim' && r.result === 'pass' && isAligned(d, from, modes.dkim))
        return `DKIM passed at ${what}`;
    }
  }
  return null;
}

function spfPassedEarlier(ev: AuthEvidence): boolean {
  return [...ev.results.slice(1), ...ev.arcResults].some((h) => findMethod(h, 'spf')?.result === 'pass');
}

function sameResults(a: AuthResultsHeader, b: AuthResultsHeader | null): boolean {
  if (!b) return false;
  return ['spf', 'dkim', 'dmarc'].every((m) => findMethod(a, m)?.result === findMethod(b, m)?.result);
}

/** Forwarding and mailing-list signs, as phrases for the explanation. */
function forwardingSigns(
  ev: AuthEvidence,
  top: AuthResultsHeader | null,
  dkim: DkimInfo,
  spf: SpfOutcome | null,
): string[] {
  const signs: string[] = [];
  // The receiver may seal its own results; an ARC set that merely repeats them is no forwarding.
  const foreignArc = ev.arcResults.filter((a) => !sameResults(a, top) || (a.instance ?? 1) > 1);
  if (foreignArc.length || (ev.arcSeals > 0 && ev.arcResults.length === 0)) {
    const by = foreignArc.map((a) => a.authservId).filter((x): x is string => !!x);
    signs.push(
      by.length ? `ARC sets added by ${[...new Set(by)].join(', ')}` : 'ARC sets from an intermediary',
    );
  }
  if (spf && (spf.result === 'fail' || spf.result === 'softfail') && spfPassedEarlier(ev)) {
    signs.push(`SPF ${spf.result}ed at the last hop after passing at an earlier one`);
  }
  if (dkim.bodyHash) signs.push('a DKIM body hash did not verify (the body was changed on the way)');
  if (ev.listId !== null) signs.push(`a List-Id header (${ev.listId.slice(0, 120)})`);
  return signs;
}

/** Where several Authentication-Results disagree with the topmost one. */
function disagreements(ev: AuthEvidence, top: AuthResultsHeader | null): string[] {
  if (!top || ev.results[0] !== top) return [];
  const out: string[] = [];
  for (const m of ['spf', 'dkim', 'dmarc']) {
    const t = findMethod(top, m)?.result;
    if (!t) continue;
    for (const o of ev.results.slice(1)) {
      const v = findMethod(o, m)?.result;
      if (v && v !== t) {
        out.push(`${m}=${t} at the last hop but ${m}=${v} at ${o.authservId ?? 'an earlier hop'}`);
        break;
      }
    }
  }
  return out;
}

/**
 * The server that wrote the topmost results of the returned headers, when it is a third party's:
 * outside the From domain's organization, it received the message from the sender and sent it on
 * (an alias forwarder, a mailing list), so a pass it wrote says nothing of the next hop.
 */
function intermediaryOf(ev: AuthEvidence, top: AuthResultsHeader | null, fromDomain: string | null) {
  if (!top || ev.results[0] !== top || !fromDomain) return null;
  const id = normalizeDomain(top.authservId);
  if (!id || !id.includes('.')) return null;
  return organizationalDomain(id) === organizationalDomain(fromDomain) ? null : id;
}

interface Modes {
  readonly spf: AlignMode;
  readonly dkim: AlignMode;
}

function analyze(
  original: OriginalMessage | null,
  diagnostic: string,
  refused: boolean,
): AuthAnalysis | null {
  const ev = gatherEvidence(original, diagnostic);
  const diag = ev.diagnostic;
  if (!original && !diag.dmarc && !diag.spf && !diag.dkim && !diag.results) return null;
  const top = ev.results[0] ?? diag.results ?? null;
  const dmarcR = pick(top, 'dmarc');
  const fromDomain = ev.fromHeaderDomain ?? headerFrom(top) ?? diag.domain;
  const modes: Modes = {
    spf: parseAlignMode(prop(dmarcR, 'aspf')) ?? 'relaxed',
    dkim: parseAlignMode(prop(dmarcR, 'adkim')) ?? 'relaxed',
  };
  const spfInfo = spfOf(top, ev, fromDomain, modes.spf);
  const dkim = dkimOf(top, ev, fromDomain, modes.dkim);
  const dmarc = dmarcOf(top, ev, fromDomain);
  const spf = spfInfo.outcome;
  const signs = forwardingSigns(ev, top, dkim, spf);
  const compauth = pick(top, 'compauth');

  const known = (r: string) => r !== 'unknown';
  const alignedPass =
    (spf?.result === 'pass' && spf.aligned) || dkim.list.some((d) => d.result === 'pass' && d.aligned);
  const anyPass = spf?.result === 'pass' || dkim.list.some((d) => d.result === 'pass');
  const mechanismResults = (spf !== null && known(spf.result)) || dkim.list.some((d) => known(d.result));
  const dmarcPassed = dmarc?.result === 'pass' || dmarc?.result === 'bestguesspass';
  const alignedFailed =
    (spf?.aligned === true && FAILING.has(spf.result)) ||
    dkim.list.some((d) => d.aligned && FAILING.has(d.result));
  const earlier = earlierPass(ev, fromDomain, modes);
  const spfBroke = signs.some((s) => s.startsWith('SPF '));
  const identifiers = (spf?.domain ? 1 : 0) + dkim.list.filter((d) => d.domain).length;
  const anyAligned = spf?.aligned === true || dkim.list.some((d) => d.aligned);
  // A pass whose domain could not be read says nothing about alignment.
  const blindPass =
    (spf?.result === 'pass' && !spf.domain) || dkim.list.some((d) => d.result === 'pass' && !d.domain);

  // A pass at a third party's server while the recipients were refused for SPF, DKIM or DMARC:
  // authentication held up to the forwarder or list and broke on the hop after it (the receiver
  // refused at SMTP, so its own results are not in the returned headers).
  const passedHere = dmarcPassed || (alignedPass && dmarc?.result !== 'fail');
  const relay = passedHere && refused ? intermediaryOf(ev, top, fromDomain) : null;
  if (relay)
    signs.push(
      `results that passed at ${relay}, a server outside the sender's domain that sent the message on`,
    );

  let verdict: AuthAnalysis['verdict'];
  if (!fromDomain) verdict = 'unknown';
  else if (relay) verdict = 'forwarding';
  else if (passedHere) verdict = 'pass';
  else if (blindPass) verdict = 'unknown';
  else if (signs.length && (earlier !== null || spfBroke || alignedFailed)) verdict = 'forwarding';
  else if (alignedPass)
    verdict = 'unaligned'; // the receiver says fail: strict alignment or a stricter reading
  else if (!mechanismResults) {
    // DMARC failed, the only aligned identifier is the Return-Path and no aligned signature is
    // there: SPF cannot have passed for it.
    const spfMustHaveFailed =
      dmarc?.result === 'fail' && spf?.aligned === true && !dkim.list.some((d) => d.aligned);
    if (identifiers > 0 && !anyAligned) verdict = 'unaligned';
    else verdict = spfMustHaveFailed || ev.diagnostic.nothingPassed ? 'unauthenticated' : 'unknown';
  }
  // An aligned signature whose result is not shown may well have passed.
  else if (dkim.list.some((d) => d.result === 'unknown' && d.aligned)) verdict = 'unknown';
  else verdict = anyPass ? 'unaligned' : 'unauthenticated';

  const findings: Findings = {
    verdict,
    fromDomain,
    fromOrg: fromDomain ? organizationalDomain(fromDomain) : null,
    mailFromDomain: spfInfo.mailFrom ?? ev.returnPathDomain,
    spf,
    spfOnHelo: spfInfo.helo,
    dkim: dkim.list,
    selectors: dkim.selectors,
    dmarc,
    modes,
    mechanismResults,
    signs,
    earlier: earlier ?? (relay ? `Authentication passed at ${relay}` : null),
    disagreements: disagreements(ev, top),
    topId: top?.authservId ?? null,
    compauth: compauth ? { result: compauth.result, reason: compauth.reason } : null,
    nothingPassed: ev.diagnostic.nothingPassed,
    unreadable: ev.sawAuthHeaders && (blindPass || (!mechanismResults && identifiers === 0)),
  };
  return {
    fromDomain,
    mailFromDomain: findings.mailFromDomain,
    spf,
    dkim: dkim.list,
    dmarc,
    forwarded: signs.length > 0,
    verdict,
    explanation: explain(findings),
  };
}
