// The recognizers of classic MTAs and mail gateways, in the order they are tried. Each one refuses
// quickly on its own markers; those that also find a delivery-status part merge it with their text.
import { aol } from './aol';
import { apacheJames } from './apache-james';
import { chineseProviders } from './chinese-providers';
import { communigate } from './communigate';
import { compuserve } from './compuserve';
import { demon } from './demon';
import { courier } from './courier';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { fml } from './fml';
import type { BounceFormat } from './format';
import { groupwise } from './groupwise';
import { imail } from './imail';
import { interscan } from './interscan';
import { kddi } from './kddi';
import { mailfoundry } from './mailfoundry';
import { mailmarshal } from './mailmarshal';
import { mdaemon } from './mdaemon';
import { messagingServer } from './messaging-server';
import { mfilter } from './mfilter';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { sendmail } from './sendmail';
import { trendmicro } from './trendmicro';
import { x1 } from './x1';
import { x3 } from './x3';
import { x6 } from './x6';

export const mtaFormats: readonly BounceFormat[] = [
  postfix,
  sendmail,
  exim,
  qmail,
  opensmtpd,
  courier,
  messagingServer,
  dragonfly,
  domino,
  apacheJames,
  x1,
  x3,
  x6,
  fml,
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
  demon,
  chineseProviders,
];
