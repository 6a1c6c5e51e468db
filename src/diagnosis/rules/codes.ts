// Helpers for rows whose codes come in ranges or families.
import type { Rule } from './rule';

/** "4.7.", 500, 699 -> "4.7.500" ... "4.7.699": Microsoft documents some codes as ranges. */
export function codeRange(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
  return out;
}

// DANE and MTA-STS failures at the destination (Exchange Online rows 4.7.321..325, 5.7.321..325).
const DANE: readonly [detail: string, name: string, token: string][] = [
  ['321', 'starttls-not-supported', 'starttls-not-supported'],
  ['322', 'certificate-expired', 'certificate-expired'],
  ['323', 'tlsa-invalid', 'tlsa-invalid'],
  ['324', 'dnssec-invalid', 'dnssec-invalid'],
  ['325', 'certificate-host-mismatch', 'certificate-host-mismatch'],
];

export function daneRows(): Rule[] {
  const out: Rule[] = [];
  for (const [detail, name, token] of DANE) {
    for (const cls of ['4', '5']) {
      out.push({
        id: `exo.${cls}.7.${detail}-${name}`,
        category: 'recipient-system',
        tier: 'provider',
        status: [`${cls}.7.${detail}`],
        phrases: [token, 'dane', 'dnssec', 'certificate*', 'starttls', 'tls'],
      });
    }
  }
  return out;
}
