// The recognizers, in the order they are tried: specific formats before general ones. Listing this
// array lists what Bounce Lens reads.
import type { BounceFormat } from './format';
import { genericText } from './generic-text';
import { rfc3464 } from './rfc3464';

export const FORMATS: readonly BounceFormat[] = [rfc3464, genericText];
