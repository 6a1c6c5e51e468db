// Hostile bounces, generated: markup, javascript: and data: URLs, bidi overrides and zero-width
// characters in every field a bounce has; a 1 MB single line; 10,000 recipients. Each payload
// that could run sets window.__pwned (or opens a dialog), which the tests check stays unset.

export const SCRIPT = `<script>window.__pwned='script';alert('script')</script>`;
export const IMG = `<img src=x onerror="window.__pwned='img';alert('img')">`;
export const SVG = `<svg onload="window.__pwned='svg'"></svg>`;
export const JS_URL = `javascript:window.__pwned='js-url';alert('js-url')`;
export const DATA_URL = `data:text/html;base64,${Buffer.from(`<script>top.__pwned='data';alert('data')</script>`).toString('base64')}`;
export const LINK = `<a href="${JS_URL}">click here</a>`;
/** Right-to-left override: "evil\u202Etxt.exe" displays as "evilexe.txt". */
export const RLO = '\u202E';
export const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
export const MARKUP = `${SCRIPT} ${IMG} ${SVG} ${LINK} ${JS_URL} ${DATA_URL}`;

export interface HostileRecipient {
  readonly address: string;
  readonly status: string;
  readonly diagnostic: string;
}

/** A multipart/report DSN whose every field carries the payloads. */
export function hostileReport(
  recipients: readonly HostileRecipient[],
  options: { bodyLine?: string } = {},
): string {
  const boundary = '=_hostile_report';
  const lines = [
    `From: "${IMG}" <mailer-daemon@mx.example.net>`,
    'To: pat@example.com',
    `Subject: Undeliverable: ${SCRIPT} report${RLO}fdp.exe ${ZERO_WIDTH}`,
    'Date: Mon, 2 Mar 2026 13:00:00 +0000',
    'Message-ID: <hostile-1@mx.example.net>',
    `X-Injected: ${MARKUP}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Your message could not be delivered. ${MARKUP}`,
    `Visit ${JS_URL} or ${DATA_URL} for help.${RLO} ${ZERO_WIDTH}`,
    options.bodyLine ?? '',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; mx.example.net ${SCRIPT}`,
    `X-Postfix-Queue-ID: ${IMG}`,
    '',
  ];
  for (const r of recipients) {
    lines.push(
      `Final-Recipient: rfc822; ${r.address}`,
      'Action: failed',
      `Status: ${r.status}`,
      `Remote-MTA: dns; mx.example.org ${SVG}`,
      `Diagnostic-Code: smtp; ${r.diagnostic}`,
      '',
    );
  }
  lines.push(
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `From: "${SCRIPT}" <pat@example.com>`,
    `To: ${recipients[0]?.address ?? 'nobody@example.net'}`,
    `Subject: ${IMG} ${RLO}cod.exe`,
    `Message-ID: <${SCRIPT}@example.com>`,
    '',
    `--${boundary}--`,
    '',
  );
  return lines.join('\r\n');
}

/** Markup, URLs, a bidi override and zero-width characters in addresses and server text. */
export function markupEverywhere(): string {
  return hostileReport([
    {
      address: `ghost${ZERO_WIDTH}@example.net`,
      status: '5.1.1',
      diagnostic: `550 5.1.1 <ghost@example.net>: user unknown ${MARKUP}`,
    },
    {
      address: `inv${RLO}fdp.exe@example.org`,
      status: '5.2.2',
      diagnostic: `552 5.2.2 mailbox full ${RLO}gpj.exe ${ZERO_WIDTH} ${SCRIPT}`,
    },
    { address: `"${IMG}"@example.net`, status: '5.1.1', diagnostic: `550 5.1.1 no such user ${JS_URL}` },
  ]);
}

/** About 1 MB of markup on one line, in the server's words and in the body. */
export function megabyteLine(): string {
  const line = `${MARKUP} `.repeat(Math.ceil((1024 * 1024) / (MARKUP.length + 1)));
  return hostileReport(
    [{ address: 'long@example.net', status: '5.1.1', diagnostic: `550 5.1.1 user unknown ${line}` }],
    { bodyLine: line },
  );
}

/** 10,000 failed recipients, two causes, markup in every diagnostic. */
export function tenThousandRecipients(): string {
  const recipients: HostileRecipient[] = [];
  for (let i = 0; i < 10_000; i++) {
    recipients.push(
      i % 2 === 0
        ? { address: `user${i}@example.net`, status: '5.1.1', diagnostic: `550 5.1.1 user unknown ${SCRIPT}` }
        : { address: `user${i}@example.org`, status: '5.2.2', diagnostic: `552 5.2.2 mailbox full ${IMG}` },
    );
  }
  return hostileReport(recipients);
}
