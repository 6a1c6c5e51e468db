// Step 2: provider-specific codes and tokens (Exchange Online, Gmail, Yahoo, ...). Facts from
// ../shared/seeds/001_* and ../shared/reference/provider-codes.tsv; the ids name the provider.
import type { Rule } from './rule';

export const PROVIDER_RULES: readonly Rule[] = [
  { id: 'exo.5.7.509-dmarc', category: 'auth-failed', status: ['5.7.509'] },
  { id: 'gmail.5.7.26-unauthenticated', category: 'auth-failed', status: ['5.7.26'] },
];
