// The words of the authentication analysis: what was seen, why DMARC failed, and the concrete fix,
// naming the From domain and the domains that did authenticate.
import { isAligned, type AlignMode } from './alignment';
import type { AuthVerdict, DkimOutcome, DmarcOutcome, SpfOutcome } from './types';

export interface Findings {
  readonly verdict: AuthVerdict;
  readonly fromDomain: string | null;
  readonly fromOrg: string | null;
  readonly mailFromDomain: string | null;
  readonly spf: SpfOutcome | null;
  readonly spfOnHelo: boolean;
  readonly dkim: readonly DkimOutcome[];
  readonly selectors: ReadonlyMap<string, string>;
  readonly dmarc: DmarcOutcome | null;
  readonly modes: { readonly spf: AlignMode; readonly dkim: AlignMode };
  /** SPF or DKIM results were reported (not just identifiers). */
  readonly mechanismResults: boolean;
  readonly signs: readonly string[];
  readonly earlier: string | null;
  readonly disagreements: readonly string[];
  readonly topId: string | null;
  readonly compauth: { readonly result: string; readonly reason: string | null } | null;
  /** The server's words say neither SPF nor DKIM passed. */
  readonly nothingPassed: boolean;
  /** Authentication headers were there but nothing usable could be read from them. */
  readonly unreadable: boolean;
}

const NO_P_NONE =
  'Do not retreat to p=none to silence the bounces: that only switches off the protection against spoofing.';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function join(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function spfPhrase(f: Findings): string {
  const s = f.spf;
  if (!s) return 'no SPF result';
  const d = s.domain ?? 'an unknown domain';
  const aligned = s.aligned ? ' (aligned)' : ' (not aligned)';
  if (s.result === 'unknown') return `Return-Path (MAIL FROM) ${d}${aligned}`;
  const on = f.spfOnHelo ? ` for the HELO name ${d} (the MAIL FROM was empty)` : ` for ${d}`;
  return `SPF ${s.result}${on}${aligned}`;
}

function dkimPhrase(d: DkimOutcome): string {
  if (!d.domain) return `DKIM ${d.result}${d.result === 'none' ? ' (not signed)' : ''}`;
  const what = d.result === 'unknown' ? `DKIM signature d=${d.domain}` : `DKIM ${d.result} for d=${d.domain}`;
  return `${what}${d.aligned ? ' (aligned)' : ' (not aligned)'}`;
}

function seen(f: Findings): string {
  const parts: string[] = [];
  if (f.fromDomain) parts.push(`From domain ${f.fromDomain}`);
  parts.push(spfPhrase(f));
  if (f.dkim.length === 0) parts.push('no DKIM signature');
  for (const d of f.dkim.slice(0, 4)) parts.push(dkimPhrase(d));
  if (f.dmarc) parts.push(`DMARC ${f.dmarc.result}${f.dmarc.policy ? ` (policy ${f.dmarc.policy})` : ''}`);
  return `Seen: ${parts.join('; ')}.`;
}

function dkimFix(from: string): string {
  return `have the sending service sign with d=${from} (usually by publishing its DKIM selector as a CNAME in ${from}'s DNS)`;
}

function spfFix(f: Findings, from: string): string {
  const d = f.spf?.domain && f.spf.aligned ? f.spf.domain : from;
  return `add the sending service to the SPF record of ${d} (its include: or IP addresses)`;
}

function passedDomains(f: Findings): string[] {
  const out: string[] = [];
  if (f.spf?.result === 'pass' && f.spf.domain) out.push(`SPF for ${f.spf.domain}`);
  for (const d of f.dkim) if (d.result === 'pass' && d.domain) out.push(`DKIM for d=${d.domain}`);
  return out;
}

function unaligned(f: Findings, from: string): string {
  const org = f.fromOrg ?? from;
  const passed = passedDomains(f);
  // A pass within the From domain's organization that still failed: strict alignment (declared or
  // applied by the receiver) asks for the exact name.
  const relaxed = (d: string | null) => isAligned(d, from, 'relaxed');
  const relaxedPass =
    (f.spf?.result === 'pass' && relaxed(f.spf.domain)) ||
    f.dkim.some((d) => d.result === 'pass' && relaxed(d.domain));
  if (relaxedPass) {
    const strict =
      f.modes.dkim === 'strict' || f.modes.spf === 'strict'
        ? `${from} publishes strict alignment`
        : 'the receiver judged it unaligned (strict alignment, adkim=s or aspf=s, is the usual reason)';
    return `${join(passed)} passed within ${org}'s organization, but DMARC still failed: ${strict}. Sign with exactly d=${from} and use a Return-Path of exactly ${from}, or publish relaxed alignment (adkim=r; aspf=r). ${NO_P_NONE}`;
  }
  if (!f.mechanismResults) {
    const ids: string[] = [];
    if (f.spf?.domain) ids.push(`the Return-Path (MAIL FROM) is ${f.spf.domain}`);
    for (const d of f.dkim) if (d.domain) ids.push(`DKIM signs with d=${d.domain}`);
    return `The bounce does not show the receiver's results, but nothing in this message is in ${org}'s organization: ${join(ids)}, while the From domain is ${from}. DMARC cannot pass like that, even if SPF and DKIM pass. Fix: ${dkimFix(from)}, or give it a Return-Path under ${from} that your SPF record authorizes. ${NO_P_NONE}`;
  }
  return `SPF or DKIM passed, but only for another domain (${join(passed)}), not for ${from}: DMARC needs a pass for a domain in ${org}'s organization (alignment), so it failed. Fix: ${dkimFix(from)}, or let it use a Return-Path under ${from} that your SPF record authorizes. ${NO_P_NONE}`;
}

function spfFailure(f: Findings): string {
  const s = f.spf;
  if (!s) return 'no SPF result';
  const d = s.domain ?? 'the MAIL FROM domain';
  if (s.result === 'none') return `${d} has no SPF record (or none that covers this server)`;
  if (s.result === 'unknown' && f.nothingPassed) {
    return `SPF did not pass for the Return-Path ${d} (the server says neither SPF nor DKIM passed)`;
  }
  if (s.result === 'unknown') {
    return `SPF cannot have passed for the Return-Path ${d}: it is aligned, yet DMARC failed (the sending server is probably missing from its SPF record)`;
  }
  if (s.result === 'fail' || s.result === 'softfail')
    return `the sending server is not in the SPF record of ${d} (SPF ${s.result})`;
  if (s.result === 'permerror' || s.result === 'temperror') {
    return `the SPF record of ${d} could not be evaluated (SPF ${s.result}: check its syntax and the limit of 10 DNS lookups)`;
  }
  return `SPF ${s.result} for ${d}`;
}

function dkimFailure(f: Findings): string {
  const signed = f.dkim.filter((d) => d.domain);
  if (signed.length === 0) return 'the message has no DKIM signature';
  return join(
    signed.slice(0, 3).map((d) => {
      if (d.result === 'unknown') {
        return `a DKIM signature for d=${d.domain ?? '?'} whose result is not shown${d.aligned ? '' : ` (not aligned with ${f.fromDomain ?? 'the From domain'}, so it could not satisfy DMARC anyway)`}`;
      }
      const sel = d.domain ? f.selectors.get(d.domain) : undefined;
      const check =
        sel && d.result !== 'pass'
          ? ` (check that ${sel}._domainkey.${d.domain ?? ''} is published and matches the signing key)`
          : '';
      return `DKIM ${d.result} for d=${d.domain ?? '?'}${check}`;
    }),
  );
}

function unauthenticated(f: Findings, from: string): string {
  return `Nothing authenticated this message for ${from}: ${spfFailure(f)}, and ${dkimFailure(f)}. DMARC needs SPF or DKIM to pass for ${from}'s organization. Fix: ${spfFix(f, from)}, and ${dkimFix(from)}. ${NO_P_NONE}`;
}

function forwarding(f: Findings, from: string): string {
  const why = f.earlier
    ? `${f.earlier}, then failed at the last hop`
    : "the sender's own setup may well be right";
  return `The message was forwarded or went through a mailing list (${join([...f.signs])}). A forwarder changes the envelope (SPF then checks the forwarder's server against ${from}'s record) or the body (which breaks ${from}'s DKIM signature), so DMARC failed at the final receiver: ${why}. Fix it at the forwarder, not at the sender: rewrite the envelope sender (SRS), leave the message unmodified, and add ARC seals, or have the final receiver trust the forwarder's ARC seal. The sender can help by signing with d=${from}, which survives forwarding when the body is untouched. ${NO_P_NONE}`;
}

function pass(f: Findings, from: string): string {
  const passed = passedDomains(f);
  const how =
    f.dmarc && (f.dmarc.result === 'pass' || f.dmarc.result === 'bestguesspass')
      ? `DMARC ${f.dmarc.result} for ${from}`
      : `an aligned pass for ${from}`;
  return `Authentication passed: ${how}${passed.length ? ` (${join(passed)})` : ''}. SPF, DKIM and DMARC are not why this message bounced; the server's words name the real cause.`;
}

function unknown(f: Findings): string {
  if (!f.fromDomain) {
    return "The bounce does not show the From domain of the original message, so alignment cannot be checked. DMARC needs SPF (for the Return-Path domain) or DKIM (for d=) to pass for a domain in the From domain's organization: have each sending service sign with your domain (publish its selector as a CNAME) and add it to your SPF record; never retreat to p=none.";
  }
  const from = f.fromDomain;
  const aligned = [
    ...(f.spf?.aligned && f.spf.domain ? [`the Return-Path ${f.spf.domain}`] : []),
    ...f.dkim.filter((d) => d.aligned && d.domain).map((d) => `DKIM d=${d.domain ?? ''}`),
  ];
  const missing = f.unreadable
    ? 'the authentication headers it carries could not be read'
    : "it does not include the receiver's authentication results";
  if (aligned.length) {
    const checks: string[] = [];
    for (const d of f.dkim) {
      const sel = d.aligned && d.domain ? f.selectors.get(d.domain) : undefined;
      if (sel && d.domain)
        checks.push(
          `that the DKIM key ${sel}._domainkey.${d.domain} is published and matches the key the service signs with`,
        );
    }
    checks.push(
      `that the sending server is in the SPF record of ${f.spf?.aligned && f.spf.domain ? f.spf.domain : from}`,
    );
    return `Bounce Lens cannot tell which check failed: ${missing}. ${capitalize(join(aligned))} ${aligned.length > 1 ? 'are' : 'is'} aligned with ${from}, so DMARC passes if ${aligned.length > 1 ? 'one of them verifies' : 'it verifies'}. If the receiver says DMARC failed, check ${join(checks)}. Never retreat to p=none.`;
  }
  return `Bounce Lens cannot tell which check failed: ${missing}. For ${from}, SPF must pass for the Return-Path domain or DKIM for d=, and one of those domains must be in ${f.fromOrg ?? from}'s organization: ${dkimFix(from)} and ${spfFix(f, from)}. Never retreat to p=none.`;
}

export function explain(f: Findings): string {
  const from = f.fromDomain ?? '';
  let main: string;
  switch (f.verdict) {
    case 'pass':
      main = pass(f, from);
      break;
    case 'unaligned':
      main = unaligned(f, from);
      break;
    case 'unauthenticated':
      main = unauthenticated(f, from);
      break;
    case 'forwarding':
      main = forwarding(f, from);
      break;
    default:
      main = unknown(f);
  }
  const extra: string[] = [];
  if (f.disagreements.length) {
    extra.push(
      `Several Authentication-Results disagree (${join([...f.disagreements])}); the topmost one${f.topId ? `, by ${f.topId},` : ''} was added last, by the recipient's side, and is the one used here.`,
    );
  }
  if (f.verdict !== 'forwarding' && f.signs.length)
    extra.push(`There are also signs of forwarding (${join([...f.signs])}).`);
  if (f.compauth && f.compauth.result !== 'pass') {
    extra.push(
      `Microsoft's composite authentication: compauth=${f.compauth.result}${f.compauth.reason ? ` reason=${f.compauth.reason}${compauthReason(f.compauth.reason)}` : ''}.`,
    );
  }
  const facts = f.verdict === 'unknown' && !f.mechanismResults && !f.dmarc ? '' : `${seen(f)} `;
  return `${facts}${main}${extra.length ? ` ${extra.join(' ')}` : ''}`;
}

/** Microsoft's published compauth reason codes. */
function compauthReason(code: string): string {
  if (code === '000') return ' (explicit DMARC failure with a reject or quarantine policy)';
  if (code === '001') return ' (implicit failure: no or weak SPF, DKIM or DMARC records)';
  if (code === '002') return ' (the organization prohibits this sender from spoofing)';
  if (code === '010') return " (DMARC failed for one of the organization's own accepted domains)";
  if (code.startsWith('6')) return ' (implicit failure inside the organization)';
  return '';
}
