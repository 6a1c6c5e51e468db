// The recognizers, in the order they are tried: specific formats before general ones. Listing this
// array lists what Bounce Lens reads.
import { amazonSes } from './amazon-ses';
import { exchange } from './exchange';
import type { BounceFormat } from './format';
import { genericText } from './generic-text';
import { gmail } from './gmail';
import { googleGroups } from './google-groups';
import { mailru } from './mailru';
import { mtaFormats } from './mta';
import { rfc3464 } from './rfc3464';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export const FORMATS: readonly BounceFormat[] = [
  // Microsoft's reports: their text says more than their delivery-status part
  exchange,
  // the text bounces of classic MTAs and gateways; they merge their own delivery-status part
  ...mtaFormats,
  rfc3464,
  // web mail providers and sending services (no delivery-status part of their own)
  amazonSes,
  googleGroups,
  gmail,
  yahoo,
  zoho,
  mailru,
  genericText,
];
