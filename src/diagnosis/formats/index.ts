// The one registry of recognizers: every file of formats/ but this one, the contract (format.ts)
// and nothing else is a recognizer, and each is listed here once (test/engine/formats-contract.test.ts
// checks both). Listing this array lists what Bounce Lens reads.
//
// The order rule: the first recognizer that returns recipients wins, so a recognizer comes before
// every one that would also read its messages less well:
//   1. providers and sending services, each refusing on its own sender or fixed first phrase (and
//      leaving a message with a delivery-status part of its own to the DSN readers);
//   2. Microsoft's reports, whose text says more than their delivery-status part;
//   3. classic MTAs and gateways, which merge their own delivery-status part; a brand that sends
//      an MTA's text (GMX: Exim's, Verizon: Apache James's) comes just before that MTA;
//   4. any RFC 3464 delivery-status part;
//   5. last, the generic reader of text bounces.
import { amazonSes } from './amazon-ses';
import { exchange } from './exchange';
import { exim } from './exim';
import type { BounceFormat } from './format';
import { gmail } from './gmail';
import { gmx } from './gmx';
import {
  ALIAS_SERVICE,
  AOL,
  APP_REJECTION,
  APACHE_JAMES,
  CHINESE_TEXT,
  COMMUNIGATE,
  COMPUSERVE,
  COURIER_MTA,
  DELIVERY_ERRORS,
  DOMINO,
  DRAGONFLY,
  EZWEB,
  FML,
  GOOGLE_GROUPS,
  GROUPWISE,
  IMAIL,
  INTERSCAN_MSS,
  KDDI,
  LIST_MANAGER,
  MAILFOUNDRY,
  MAILENABLE,
  MAILMAN,
  MAILMARSHAL,
  MAILRU,
  MAILSCANNER,
  MDAEMON,
  MESSAGING_SERVER,
  MFILTER,
  MIMEDEFANG,
  NOT_COLLECTED,
  NULLMAILER,
  OPENSMTPD,
  POSTAL,
  SIEVE_REJECT,
  SMARTERMAIL,
  TECHNICAL_DETAILS,
  TRENDMICRO,
  TROUBLE_DELIVERING,
  VERIZON,
  ZOHO,
  type OnDemandFormat,
} from './on-demand';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { sendmail } from './sendmail';
import { genericText } from './text';
import { yahoo } from './yahoo';

/** A recognizer, or the place of one the pane loads on demand (on-demand.ts). */
export type FormatEntry = BounceFormat | OnDemandFormat;

export const FORMATS: readonly FormatEntry[] = [
  // 1. providers and sending services
  amazonSes,
  GOOGLE_GROUPS,
  gmail,
  yahoo,
  ZOHO,
  MAILRU,
  // 2. Microsoft
  exchange,
  // 3. classic MTAs and gateways
  postfix,
  sendmail,
  gmx,
  exim,
  qmail,
  OPENSMTPD,
  NULLMAILER,
  POSTAL,
  COURIER_MTA,
  MESSAGING_SERVER,
  DRAGONFLY,
  DOMINO,
  VERIZON,
  APACHE_JAMES,
  DELIVERY_ERRORS,
  TECHNICAL_DETAILS,
  TROUBLE_DELIVERING,
  SMARTERMAIL,
  FML,
  MAILMAN,
  LIST_MANAGER,
  ALIAS_SERVICE,
  APP_REJECTION,
  MAILMARSHAL,
  MAILSCANNER,
  MIMEDEFANG,
  IMAIL,
  MFILTER,
  MAILFOUNDRY,
  MAILENABLE,
  KDDI,
  EZWEB,
  INTERSCAN_MSS,
  TRENDMICRO,
  MDAEMON,
  COMMUNIGATE,
  GROUPWISE,
  AOL,
  COMPUSERVE,
  NOT_COLLECTED,
  CHINESE_TEXT,
  SIEVE_REJECT,
  // 4. RFC 3464
  rfc3464,
  // 5. the generic text reader
  genericText,
];
