// GMX and the other mail services of United Internet: their mail system is Exim and sends Exim's
// bounce text ("This message was created automatically by mail delivery software."), with each
// failed address quoted on a line of its own ('"bob@example.net":') and the server's words under
// it. Told from other Exim bounces by the headers of United Internet's filters (X-GMX-Antispam,
// X-UI-Out-Filterresults) or by the sender's domain.
// Brands: GMX (gmx.net, gmx.de, gmx.com), WEB.DE, 1&1 and IONOS (kundenserver.de).
// Source: [SIS-LHOST] gmx.rb (the X-GMX-Antispam and X-UI-Out-Filterresults headers, the quoted
// address line); Exim's src/deliver.c for the text.
import { fromMentions } from '../format-helpers/provider-text';
import { eximOpening, eximReport } from './exim';
import type { BounceFormat } from './format';

const SENDERS = ['gmx.', 'web.de', 'kundenserver.de', '1und1.', 'ionos.'];

/** What it reads: GMX, WEB.DE and 1&1 bounces in Exim's words */
export const gmx: BounceFormat = {
  name: 'gmx',
  selfEvident: true,
  parse(ctx) {
    if (!eximOpening(ctx)) return null;
    const united = ctx.headers.has('x-gmx-antispam') || ctx.headers.has('x-ui-out-filterresults');
    if (!united && !fromMentions(ctx, SENDERS)) return null;
    return eximReport(ctx, 'gmx');
  },
};
