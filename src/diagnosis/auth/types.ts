// The authentication analysis of a bounced message (issue 3): which of SPF, DKIM and DMARC failed,
// for which domain, whether it aligns with the From domain, and what to change. Part of the
// public Diagnosis shape (re-exported from ../types).

/** pass: aligned and passing (the bounce is about something else); unaligned: a pass, but only
 *  for another organization's domain; unauthenticated: nothing passed; forwarding: a forwarder or
 *  list broke what passed at the first hop; unknown: the headers do not tell. */
export type AuthVerdict = 'pass' | 'unaligned' | 'unauthenticated' | 'forwarding' | 'unknown';

export interface SpfOutcome {
  /** pass, fail, softfail, neutral, none, temperror, permerror, or "unknown" when not reported. */
  readonly result: string;
  /** The domain SPF checked: the MAIL FROM domain, or the HELO name when MAIL FROM was empty. */
  readonly domain: string | null;
  /** Whether that domain aligns with the From domain (under the alignment mode shown, else relaxed). */
  readonly aligned: boolean;
}

export interface DkimOutcome {
  /** pass, fail, neutral, none, policy, temperror, permerror, or "unknown" for a signature not checked. */
  readonly result: string;
  /** The signing domain (d=). */
  readonly domain: string | null;
  readonly aligned: boolean;
}

export interface DmarcOutcome {
  /** pass, fail, none, bestguesspass, temperror, permerror. */
  readonly result: string;
  /** The published policy when shown (reject, quarantine, none), else null. */
  readonly policy: string | null;
}

export interface AuthAnalysis {
  /** The RFC 5322 From domain, the one DMARC protects. */
  readonly fromDomain: string | null;
  /** The RFC 5321 MAIL FROM (Return-Path) domain. */
  readonly mailFromDomain: string | null;
  readonly spf: SpfOutcome | null;
  readonly dkim: readonly DkimOutcome[];
  readonly dmarc: DmarcOutcome | null;
  /** Signs of a forwarder or mailing list on the path (ARC sets, List-Id, SPF broken after a pass ...). */
  readonly forwarded: boolean;
  readonly verdict: AuthVerdict;
  /** Plain words: what failed, for which domains, and the concrete fix. */
  readonly explanation: string;
}
