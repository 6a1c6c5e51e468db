// The recognizers, in the order they are tried: specific formats before general ones. Listing this
// array lists what Bounce Lens reads.
import { amazonSes } from './amazon-ses';
import type { BounceFormat } from './format';
import { genericText } from './generic-text';
import { gmail } from './gmail';
import { googleGroups } from './google-groups';
import { mailru } from './mailru';
import { rfc3464 } from './rfc3464';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export const FORMATS: readonly BounceFormat[] = [
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
