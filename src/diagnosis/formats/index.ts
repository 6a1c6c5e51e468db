// The recognizers, in the order they are tried: specific formats before general ones. Listing this
// array lists what Bounce Lens reads.
import { exchange } from './exchange';
import type { BounceFormat } from './format';
import { genericText } from './generic-text';
import { mtaFormats } from './mta';
import { providerFormats } from './providers';
import { rfc3464 } from './rfc3464';

export const FORMATS: readonly BounceFormat[] = [
  // web mail providers and sending services: each refuses on its own sender before reading
  ...providerFormats,
  // Microsoft's reports: their text says more than their delivery-status part
  exchange,
  // the text bounces of classic MTAs and gateways; they merge their own delivery-status part
  ...mtaFormats,
  rfc3464,
  genericText,
];
