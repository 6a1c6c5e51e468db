// The whole rule table: every row with the phrases few bounces have put back. What the public entry
// classifies with, and what the compile check, the tests and `npm run rules:count` read.
import { rulesWith } from './classifier';
import type { Rule } from './rule';
import { RARE_PHRASES } from './table-rare';

export const TABLE: readonly Rule[] = rulesWith(RARE_PHRASES).rows;
