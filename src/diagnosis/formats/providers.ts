// The recognizers of the big web mail providers and sending services, in the order they are tried.
// Each one refuses on its sender (From) or its fixed first phrase before reading further, and
// leaves messages with a delivery-status part of their own to the DSN readers.
import { amazonSes } from './amazon-ses';
import type { BounceFormat } from './format';
import { gmail } from './gmail';
import { googleGroups } from './google-groups';
import { mailru } from './mailru';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export const providerFormats: readonly BounceFormat[] = [amazonSes, googleGroups, gmail, yahoo, zoho, mailru];
