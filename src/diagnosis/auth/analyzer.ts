// The authentication analysis is plugged in rather than imported: it carries the Public Suffix
// List (tldts, about 45 KB gzipped) for DMARC's organizational domains, which the task pane loads
// only for a message that has authentication to analyze. The Node entry (../index.ts) plugs it in
// at once; without it, diagnose() marks such a message with NOT_ANALYZED, never a guess.
import type { Diagnosis, OriginalMessage } from '../types';
import type { AuthAnalysis } from './types';

export type AnalyzeAuth = (original: OriginalMessage | null, diagnostic: string) => AuthAnalysis | null;

/** The auth section of a diagnosis made while the analysis was not plugged in. */
export const NOT_ANALYZED: AuthAnalysis = Object.freeze({
  fromDomain: null,
  mailFromDomain: null,
  spf: null,
  dkim: Object.freeze([]),
  dmarc: null,
  forwarded: false,
  verdict: 'unknown',
  explanation:
    'The authentication headers (SPF, DKIM, DMARC) were not analyzed: that part of Bounce Lens did not load. The advice shown is the general one.',
});

let plugged: AnalyzeAuth | null = null;

export function installAuthAnalysis(analyze: AnalyzeAuth | null): void {
  plugged = analyze;
}

export function authAnalysis(): AnalyzeAuth | null {
  return plugged;
}

/** Whether this diagnosis needed the authentication analysis and was made without it. */
export function lacksAuthAnalysis(d: Diagnosis): boolean {
  return d.auth === NOT_ANALYZED;
}
