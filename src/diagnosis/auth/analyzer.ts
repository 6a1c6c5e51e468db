// The authentication analysis comes in as an argument (diagnose(input, { analyzeAuth })) rather
// than an import: it carries the Public Suffix List (tldts, about 45 KB gzipped) for DMARC's
// organizational domains, which the task pane loads only for a message that has authentication to
// analyze. The public entry (../index.ts) passes it by default; without it, diagnose() marks such a
// message with NOT_ANALYZED, never a guess, and tells the caller through onMissingAuthAnalysis.
import type { OriginalMessage } from '../types';
import type { AuthAnalysis } from './types';

/** `refused`: the words are those of recipients refused for authentication (category auth-failed). */
export type AnalyzeAuth = (
  original: OriginalMessage | null,
  diagnostic: string,
  refused?: boolean,
) => AuthAnalysis | null;

/** The auth section of a diagnosis made without the analysis. */
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
