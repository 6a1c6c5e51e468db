// Gathers what the original message's headers and the server's words say about authentication,
// before any judgement: the receiver's last Authentication-Results, earlier hops, ARC sets,
// Received-SPF, DKIM signatures, List-Id, and the From / Return-Path domains.
import { Headers, parsedFor } from '../mime/headers';
import type { OriginalMessage } from '../types';
import { addressDomain, normalizeDomain } from './alignment';
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseDkimSignature,
  parseReceivedSpf,
  type AuthResultsHeader,
  type DkimSignature,
  type ReceivedSpf,
} from './authentication-results';
import { isNullPath } from '../text/addresses';

const AUTH_METHODS = ['spf', 'dkim', 'dmarc', 'compauth'];
const MAX_HEADERS_OF_A_KIND = 32;
const MAX_DIAGNOSTIC = 8 * 1024;

export interface DiagnosticSignals {
  /** The server's words mention DMARC, SPF or DKIM. */
  readonly dmarc: boolean;
  readonly spf: boolean;
  readonly dkim: boolean;
  /** "policy of reject", "p=reject" ... */
  readonly policy: string | null;
  /** A domain the words name as the sender's ("sending domain [example.com]"). */
  readonly domain: string | null;
  /** The words say SPF failed ("fails to pass SPF checks", "not designated as permitted sender"). */
  readonly spfFailed: boolean;
  /** The words say neither SPF nor DKIM passed (Gmail's and Yahoo's "sender is unauthenticated"). */
  readonly nothingPassed: boolean;
  /** The MAIL FROM domain the words name ("The MAIL FROM domain [example.com] has an SPF record"). */
  readonly mailFromDomain: string | null;
  /** Results quoted in the words ("dmarc=fail action=oreject header.from=..."), if any. */
  readonly results: AuthResultsHeader | null;
}

export interface AuthEvidence {
  readonly fromHeaderDomain: string | null;
  readonly returnPathDomain: string | null;
  /** "<>" as Return-Path: a null MAIL FROM, so SPF checked the HELO name. */
  readonly nullReturnPath: boolean;
  /** Authentication-Results with at least one SPF/DKIM/DMARC result, topmost (last added) first. */
  readonly results: readonly AuthResultsHeader[];
  /** ARC-Authentication-Results, in header order. */
  readonly arcResults: readonly AuthResultsHeader[];
  readonly arcSeals: number;
  readonly receivedSpf: ReceivedSpf | null;
  readonly dkimSignatures: readonly DkimSignature[];
  readonly listId: string | null;
  readonly diagnostic: DiagnosticSignals;
  /** Any authentication header at all was present (even if unreadable). */
  readonly sawAuthHeaders: boolean;
}

function headersOf(original: OriginalMessage): Headers {
  if (original.rawHeaders) return parsedFor(original, original.rawHeaders);
  return new Headers(
    original.authenticationResults.map((value) => ({ name: 'authentication-results', value })),
  );
}

function hasAuthMethod(h: AuthResultsHeader): boolean {
  return h.results.some((r) => AUTH_METHODS.includes(r.method));
}

function firstN(list: string[]): string[] {
  return list.length > MAX_HEADERS_OF_A_KIND ? list.slice(0, MAX_HEADERS_OF_A_KIND) : list;
}

export function gatherEvidence(original: OriginalMessage | null, diagnosticText: string): AuthEvidence {
  const h = original ? headersOf(original) : new Headers([]);
  // Microsoft 365 keeps an earlier hop's results as Authentication-Results-Original: it ranks
  // after every Authentication-Results.
  const arTexts = firstN([
    ...h.getAll('authentication-results'),
    ...h.getAll('authentication-results-original'),
  ]);
  if (original && arTexts.length === 0) arTexts.push(...firstN([...original.authenticationResults]));
  const results = arTexts.map(parseAuthenticationResults).filter(hasAuthMethod);
  const arcTexts = firstN(h.getAll('arc-authentication-results'));
  const arcResults = arcTexts.map(parseArcAuthenticationResults);
  const arcSeals = Math.min(h.getAll('arc-seal').length, MAX_HEADERS_OF_A_KIND);
  const spfText = h.get('received-spf');
  const dkimTexts = firstN(h.getAll('dkim-signature'));
  const dkimSignatures = dkimTexts.map(parseDkimSignature).filter((d): d is DkimSignature => d !== null);
  const rp = original?.returnPath ?? h.get('return-path');
  return {
    fromHeaderDomain: addressDomain(original?.from ?? h.get('from')),
    returnPathDomain: addressDomain(rp),
    nullReturnPath: isNullPath(rp),
    results,
    arcResults,
    arcSeals,
    receivedSpf: spfText === null ? null : parseReceivedSpf(spfText),
    dkimSignatures,
    listId: h.get('list-id'),
    diagnostic: readDiagnostic(diagnosticText),
    sawAuthHeaders: arTexts.length + arcTexts.length + arcSeals + dkimTexts.length > 0 || spfText !== null,
  };
}

/** What the server's words say. Plain substring search: the text is hostile. */
function readDiagnostic(text: string): DiagnosticSignals {
  const raw = text.length > MAX_DIAGNOSTIC ? text.slice(0, MAX_DIAGNOSTIC) : text;
  const lower = raw.toLowerCase();
  let policy: string | null = null;
  if (lower.includes('policy of reject') || lower.includes('p=reject') || lower.includes('action=oreject'))
    policy = 'reject';
  else if (
    lower.includes('policy of quarantine') ||
    lower.includes('p=quarantine') ||
    lower.includes('action=oquarantine')
  ) {
    policy = 'quarantine';
  }
  // Results quoted inline: start at the first method=result and read it as a header value.
  let results: AuthResultsHeader | null = null;
  let at = -1;
  for (const m of ['spf=', 'dkim=', 'dmarc=']) {
    const i = lower.indexOf(m);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at >= 0) {
    const parsed = parseAuthenticationResults(raw.slice(at));
    if (hasAuthMethod(parsed)) results = parsed;
  }
  return {
    dmarc: lower.includes('dmarc'),
    spf: lower.includes('spf'),
    dkim: lower.includes('dkim'),
    policy,
    domain: diagnosticDomain(raw, lower),
    spfFailed: SPF_FAILED.some((p) => lower.includes(p)) || gmailSpfDidNotPass(lower),
    nothingPassed: NOTHING_PASSED.some((p) => lower.includes(p)),
    mailFromDomain: bracketed(raw, lower, 'mail from domain [') ?? bracketed(raw, lower, 'spf ['),
    results,
  };
}

const SPF_FAILED = [
  'fails to pass spf',
  'failed spf',
  'spf check failed',
  'spf fail',
  'spf=fail',
  'spf validation failed',
  'not designated as permitted sender',
  'not permitted by domain of',
  'sender policy framework violation',
];

const NOTHING_PASSED = [
  'sender is unauthenticated',
  'authenticate with either spf or dkim',
  'does not have authentication information',
];

/** Gmail lists results in its words: "Authentication results: DKIM = did not pass SPF [example.com]
 *  with ip: [192.0.2.1] = did not pass". */
function gmailSpfDidNotPass(lower: string): boolean {
  const at = lower.indexOf('spf [');
  if (at < 0) return false;
  const eq = lower.indexOf('=', at);
  return eq > at && eq - at < 200 && lower.startsWith('= did not pass', eq);
}

/** The domain in "<marker>example.com]". */
function bracketed(raw: string, lower: string, marker: string): string | null {
  const at = lower.indexOf(marker);
  if (at < 0) return null;
  const start = at + marker.length;
  const end = lower.indexOf(']', start);
  return end > start && end - start < 256 ? normalizeDomain(raw.slice(start, end)) : null;
}

/** "sending domain [example.com]" (Exchange Online 5.7.509), "email from example.com is not" (Gmail). */
function diagnosticDomain(raw: string, lower: string): string | null {
  const sd = bracketed(raw, lower, 'sending domain [');
  if (sd) return sd;
  for (const marker of ['unauthenticated email from ', 'email from ']) {
    const i = lower.indexOf(marker);
    if (i < 0) continue;
    const start = i + marker.length;
    let end = start;
    while (end < raw.length && end - start < 256 && raw[end] !== ' ' && raw[end] !== ',') end++;
    const d = normalizeDomain(raw.slice(start, end));
    if (d && d.includes('.')) return d;
  }
  return null;
}
