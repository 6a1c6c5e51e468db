// Putting messages back together: content fields replaced, folded lines kept with their field,
// multipart/report when a delivery-status part is present, and values kept on one line.
import { diagnose } from '../../src/diagnosis';
import { base64Bytes, isCompoundFile, utf8Bytes } from '../../src/office/bytes';
import { composeMessage, syntheticHeaders, withoutContentFields } from '../../src/office/compose-mime';
import { decode } from '../../src/office/iconv-lite-browser';
import { msgToMime } from '../../src/office/msg-file';
import { buildMsg } from './msg-fixture';

describe('withoutContentFields', () => {
  test('drops content fields with their continuation lines and stops at the blank line', () => {
    const block = [
      'From: a@example.com',
      'Content-Type: multipart/report;',
      '\tboundary="x"',
      'Subject: Hi',
      ' there',
      'MIME-Version: 1.0',
      '',
      'Body: not a header',
    ].join('\r\n');
    expect(withoutContentFields(block)).toEqual(['From: a@example.com', 'Subject: Hi', ' there']);
  });
});

describe('composeMessage', () => {
  test('one text part: a single-part message', () => {
    const mime = composeMessage('Subject: x\r\nContent-Type: text/html', [
      { contentType: 'text/plain; charset=utf-8', body: 'hello' },
    ]);
    expect(mime).toBe(
      'Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nhello',
    );
  });

  test('a delivery-status part makes it a multipart/report the engine reads', () => {
    const status = Buffer.from(
      'Reporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; x@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n',
    ).toString('base64');
    const mime = composeMessage('From: MAILER-DAEMON@example.com\r\nSubject: Undeliverable', [
      { contentType: 'text/plain; charset=utf-8', body: 'Delivery failed.' },
      { contentType: 'message/delivery-status', body: status, base64: true },
    ]);
    expect(mime).toContain(
      'Content-Type: multipart/report; report-type=delivery-status; boundary="=_bounce-lens_0"',
    );
    const d = diagnose(utf8Bytes(mime));
    expect(d.recipients[0]).toMatchObject({ address: 'x@example.org', status: '5.1.1' });
  });

  test('the boundary never occurs in a part', () => {
    const mime = composeMessage('', [
      { contentType: 'text/plain', body: '--=_bounce-lens_0' },
      { contentType: 'text/plain', body: 'b' },
    ]);
    expect(mime).toContain('boundary="=_bounce-lens_1"');
  });
});

test('syntheticHeaders keeps every value on one line', () => {
  expect(syntheticHeaders({ subject: 'Hi\r\nBcc: evil@example.net', from: 'a@example.com' })).toBe(
    'From: a@example.com\r\nSubject: Hi  Bcc: evil@example.net',
  );
});

describe('bytes', () => {
  test('Base64 with line breaks; invalid Base64 is null', () => {
    expect(Buffer.from(base64Bytes('aGVs\r\nbG8=') ?? []).toString()).toBe('hello');
    expect(base64Bytes('***')).toBeNull();
  });
  test('compound-file signature', () => {
    expect(isCompoundFile(buildMsg({ subject: 'x' }))).toBe(true);
    expect(isCompoundFile(utf8Bytes('From: x'))).toBe(false);
  });
  test('the browser stand-in for iconv-lite decodes with TextDecoder', () => {
    expect(decode(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252')).toBe('café');
  });
});

describe('msgToMime', () => {
  test('a report without transport headers: headers from its properties, the original as message/rfc822', async () => {
    const msg = buildMsg({
      messageClass: 'REPORT.IPM.Note.NDR',
      subject: 'Undeliverable: Budget',
      senderName: 'Microsoft Outlook',
      senderEmail: 'postmaster@example.com',
      body: "Delivery has failed to these recipients or groups:\r\n\r\nmissing@example.org\r\nThe email address you entered couldn't be found.\r\n\r\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
      embedded: [
        {
          subject: 'Budget',
          headers:
            'From: Alice Example <alice@example.com>\r\nTo: missing@example.org\r\nSubject: Budget\r\n',
          body: 'The budget is attached.',
        },
      ],
    });
    const mime = Buffer.from(await msgToMime(msg)).toString('utf8');
    expect(mime).toContain('From: Microsoft Outlook <postmaster@example.com>');
    expect(mime).toContain('Subject: Undeliverable: Budget');
    expect(mime).toContain('Content-Type: message/rfc822');
    expect(mime).toContain('From: Alice Example <alice@example.com>');
    const d = diagnose(utf8Bytes(mime));
    expect(d.kind).toBe('bounce');
    expect(d.recipients[0]?.address).toBe('missing@example.org');
    expect(d.original?.from).toContain('alice@example.com');
  });

  test('a file that is not a .msg is an error, not a crash', async () => {
    await expect(msgToMime(utf8Bytes('From: x\r\n\r\nhello'))).rejects.toThrow();
  });
});
