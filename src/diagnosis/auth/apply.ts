// Joins the authentication analysis to a diagnosis: computed only when the original message carries
// authentication headers or a recipient failed authentication; its explanation then refines the
// admin advice of the auth-failed recipients, and forwarding moves them to the recipient's side.
// The analysis itself comes in as an argument (./analyzer.ts).
import type { OriginalMessage, RecipientDiagnosis } from '../types';
import { NOT_ANALYZED, type AnalyzeAuth } from './analyzer';
import type { AuthAnalysis } from './types';

// A line that starts with one of these names, in any case: authentication-results,
// arc-authentication-results, arc-seal, received-spf, dkim-signature. What lower-casing the block
// and searching for "\n<name>:" found, without a lower-case copy of 64 KB of headers per message;
// U+212A (the Kelvin sign) is there because its lower case is "k".
const AUTH_HEADER_LINE =
  /(?:^|\n)(?:authentication-results|arc-authentication-results|arc-seal|received-spf|d[k\u212a]im-signature):/i;

function hasAuthHeaders(original: OriginalMessage | null): boolean {
  if (!original) return false;
  if (original.authenticationResults.length > 0) return true;
  return AUTH_HEADER_LINE.test(original.rawHeaders);
}

interface WithAuth {
  readonly auth: AuthAnalysis | null;
  readonly recipients: RecipientDiagnosis[];
}

/** `missing` is called when the message needed the analysis and none was given. */
export function withAuth(
  original: OriginalMessage | null,
  recipients: RecipientDiagnosis[],
  analyzeAuth: AnalyzeAuth | undefined,
  missing: (() => void) | undefined,
): WithAuth {
  const failed = recipients.filter((r) => r.category === 'auth-failed');
  if (failed.length === 0 && !hasAuthHeaders(original)) return { auth: null, recipients };
  // Without the analysis the recipients keep the general advice: nothing here may guess.
  if (!analyzeAuth) {
    missing?.();
    return { auth: NOT_ANALYZED, recipients };
  }
  const words = (failed.length ? failed : recipients).map((r) => r.diagnostic).join('\n');
  const auth = analyzeAuth(original, words, failed.length > 0);
  if (!auth || failed.length === 0) return { auth, recipients };
  const { verdict, explanation } = auth;
  if (verdict !== 'unaligned' && verdict !== 'unauthenticated' && verdict !== 'forwarding')
    return { auth, recipients };
  return {
    auth,
    recipients: recipients.map((r) => {
      if (r.category !== 'auth-failed') return r;
      // A forwarder or list on the recipient's side broke authentication: the sender's generic
      // advice would mislead, and the forwarder's admin owns the fix (TAXONOMY.md).
      if (verdict === 'forwarding') {
        return { ...r, owner: 'recipient-admin', remediation: { ...r.remediation, admin: explanation } };
      }
      return {
        ...r,
        remediation: { ...r.remediation, admin: `${r.remediation.admin} In this message: ${explanation}` },
      };
    }),
  };
}
