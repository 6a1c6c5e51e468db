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
import { aol } from './aol';
import { apacheJames } from './apachejames';
import { chineseText } from './chinese-text';
import { smarterMail } from './smartermail';
import { sieveReject } from './sieve-reject';
import { communigate } from './communigate';
import { compuserve } from './compuserve';
import { courier } from './courier';
import { deliveryErrors } from './delivery-errors';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { exchange } from './exchange';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { fml } from './fml';
import { mailman } from './mailman';
import type { BounceFormat } from './format';
import { gmail } from './gmail';
import { gmx } from './gmx';
import { googleGroups } from './google-groups';
import { groupwise } from './groupwise';
import { imail } from './imailserver';
import { interscan } from './interscanmss';
import { kddi } from './kddi';
import { mailfoundry } from './mailfoundry';
import { mailmarshal } from './mailmarshal';
import { mailru } from './mailru';
import { mdaemon } from './mdaemon';
import { messagingServer } from './messagingserver';
import { mfilter } from './mfilter';
import { notCollected } from './not-collected';
import { nullmailer } from './nullmailer';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { sendmail } from './sendmail';
import { technicalDetails } from './technical-details';
import { genericText } from './text';
import { trendmicro } from './trendmicro';
import { troubleDelivering } from './trouble-delivering';
import { verizon } from './verizon';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export const FORMATS: readonly BounceFormat[] = [
  // 1. providers and sending services
  amazonSes,
  googleGroups,
  gmail,
  yahoo,
  zoho,
  mailru,
  // 2. Microsoft
  exchange,
  // 3. classic MTAs and gateways
  postfix,
  sendmail,
  gmx,
  exim,
  qmail,
  opensmtpd,
  nullmailer,
  courier,
  messagingServer,
  dragonfly,
  domino,
  verizon,
  apacheJames,
  deliveryErrors,
  technicalDetails,
  troubleDelivering,
  smarterMail,
  fml,
  mailman,
  mailmarshal,
  imail,
  mfilter,
  mailfoundry,
  kddi,
  ezweb,
  interscan,
  trendmicro,
  mdaemon,
  communigate,
  groupwise,
  aol,
  compuserve,
  notCollected,
  chineseText,
  sieveReject,
  // 4. RFC 3464
  rfc3464,
  // 5. the generic text reader
  genericText,
];
