// nullmailer's notices (nullmailer-send 2.x, written by nullmailer-dsn): a multipart/report whose
// text opens "This is the nullmailer delivery system." nullmailer-send writes one only when it gives
// a message up: bounce_msg() moves the message to failed/ first, on a permanent reply or once a
// temporary one outlives queuelifetime. But nullmailer-dsn words a notice with a 4.x.x status as a
// delay ("Action: delayed", "has not been delivered", "A final delivery status notification will
// be generated ..."), and no final one ever follows: every recipient it lists has failed.
// Brands: nullmailer.
// Source: bruceg/nullmailer src/send.cc (send_all, bounce_msg: the only call of nullmailer-dsn),
// src/dsn.cc (opt_ddn: a 4.x.x status makes the delay wording); Debian's 2.2 run live
// (test/fixtures/live-mta/nullmailer).
import type { BounceFormat } from './format';
import { reportWithDsn } from './rfc3464';

const OPENING = 'this is the nullmailer delivery system.';

/**
 * What it reads: nullmailer's notices ("This is the nullmailer delivery system."), its delivery-status
 * part; a recipient it says is delayed was given up
 */
export const nullmailer: BounceFormat = {
  name: 'nullmailer',
  parse(ctx) {
    if (ctx.deliveryStatus.length === 0 || !ctx.headHas(OPENING, 200)) return null;
    const report = reportWithDsn(ctx, 'nullmailer', []);
    if (!report) return null;
    for (const r of report.recipients) {
      if (r.action !== 'delayed') continue;
      r.action = 'failed';
      r.evidence = [
        ...(r.evidence ?? []),
        'nullmailer sends a notice only when it gives the message up (send.cc bounce_msg): "delayed" here is final',
      ];
    }
    return report;
  },
};
