// The readers of the recognizers the pane loads on demand (on-demand.ts says when), by name: the
// public entry passes them to every diagnosis, the pane loads them in a chunk of its own
// (rare-readers.ts).
import { aliasService } from './alias-service';
import { aol } from './aol';
import { appRejection } from './app-rejection';
import { apacheJames } from './apachejames';
import { chineseText } from './chinese-text';
import { communigate } from './communigate';
import { compuserve } from './compuserve';
import { courier } from './courier';
import { deliveryErrors } from './delivery-errors';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { ezweb } from './ezweb';
import { fml } from './fml';
import { googleGroups } from './google-groups';
import { groupwise } from './groupwise';
import { imail } from './imailserver';
import { interscan } from './interscanmss';
import { kddi } from './kddi';
import { listManager } from './list-manager';
import { mailEnable } from './mailenable';
import { mailfoundry } from './mailfoundry';
import { mailman } from './mailman';
import { mailmarshal } from './mailmarshal';
import { mailru } from './mailru';
import { mailscanner } from './mailscanner';
import { mdaemon } from './mdaemon';
import { messagingServer } from './messagingserver';
import { mfilter } from './mfilter';
import { mimedefang } from './mimedefang';
import { notCollected } from './not-collected';
import { nullmailer } from './nullmailer';
import { opensmtpd } from './opensmtpd';
import { postal } from './postal';
import { sieveReject } from './sieve-reject';
import { smarterMail } from './smartermail';
import { technicalDetails } from './technical-details';
import { trendmicro } from './trendmicro';
import { troubleDelivering } from './trouble-delivering';
import { verizon } from './verizon';
import { zoho } from './zoho';
import type { OnDemandReaders } from './on-demand';

export const ON_DEMAND_READERS: OnDemandReaders = {
  'alias-service': aliasService,
  aol,
  'app-rejection': appRejection,
  apachejames: apacheJames,
  'chinese-text': chineseText,
  communigate,
  compuserve,
  courier,
  'delivery-errors': deliveryErrors,
  domino,
  dragonfly,
  ezweb,
  fml,
  'google-groups': googleGroups,
  groupwise,
  imailserver: imail,
  interscanmss: interscan,
  kddi,
  'list-manager': listManager,
  mailenable: mailEnable,
  mailfoundry,
  mailman,
  mailmarshal,
  mailru,
  mailscanner,
  mdaemon,
  messagingserver: messagingServer,
  mfilter,
  mimedefang,
  'not-collected': notCollected,
  nullmailer,
  opensmtpd,
  postal,
  'sieve-reject': sieveReject,
  smartermail: smarterMail,
  'technical-details': technicalDetails,
  trendmicro,
  'trouble-delivering': troubleDelivering,
  verizon,
  zoho,
};
