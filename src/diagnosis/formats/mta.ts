// The recognizers of classic MTAs and mail gateways, in the order they are tried. Each one refuses
// quickly on its own markers; those that also find a delivery-status part merge it with their text.
import type { BounceFormat } from './format';
import { postfix } from './postfix';
import { sendmail } from './sendmail';

export const mtaFormats: readonly BounceFormat[] = [postfix, sendmail];
