// Above maxBytes (50 MB by default) the engine reads only what a bounce needs: the headers, the
// report parts, and the start of every other part, and says so in `notes`. Tested with a small
// maxBytes rather than 50 MB of input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis/index';
import { limitMessage } from '../../src/diagnosis/mime/limit';

const DSN = fs.readFileSync(path.join(__dirname, '../fixtures/robust/dsn-multipart.eml'), 'latin1');
const bytes = (s: string) => Buffer.from(s, 'latin1');
const essence = (s: string | Uint8Array, maxBytes?: number) => {
  const d = diagnose(s, maxBytes === undefined ? {} : { maxBytes });
  return {
    kind: d.kind,
    recipients: d.recipients.map((r) => [r.address, r.status, r.category]),
    subject: d.original?.subject ?? null,
  };
};

/** The fixture with a big attachment before its report parts, as some gateways order them. */
function withAttachment(size: number, where: 'first' | 'last'): string {
  const blob = `--BOUND-7f3a9c\nContent-Type: application/octet-stream; name="scan.bin"\nContent-Transfer-Encoding: base64\n\n${'QUJD'.repeat(size / 4)}\n`;
  const i =
    where === 'first'
      ? DSN.indexOf('--BOUND-7f3a9c\nContent-Description: Notification')
      : DSN.indexOf('--BOUND-7f3a9c--');
  return DSN.slice(0, i) + blob + DSN.slice(i);
}

describe('messages over the size limit', () => {
  const full = essence(bytes(DSN));

  it('reads a message under the limit whole, without a note', () => {
    expect(diagnose(bytes(DSN), { maxBytes: DSN.length }).notes).toEqual([]);
  });

  it('keeps the headers and report parts when an attachment comes first', () => {
    const big = withAttachment(200_000, 'first');
    const d = diagnose(bytes(big), { maxBytes: 20_000 });
    expect(essence(bytes(big), 20_000)).toEqual(full);
    expect(d.notes).toEqual([
      'The message is 202,040 bytes, over the 20,000-byte limit for a bounce: only its headers, its report parts and the first 1,250 bytes of each other part were read (1 part cut short or left out).',
    ]);
  });

  it('keeps everything a bounce needs when the attachment comes last', () => {
    const big = withAttachment(200_000, 'last');
    expect(essence(bytes(big), 20_000)).toEqual(full);
    expect(diagnose(bytes(big), { maxBytes: 20_000 }).notes).toHaveLength(1);
  });

  it('cuts a big part down to its start and closes the multipart', () => {
    const big = bytes(withAttachment(200_000, 'first'));
    const limited = limitMessage(big, 20_000);
    expect(limited.bytes.length).toBeLessThan(20_000 + 2_000);
    const text = Buffer.from(limited.bytes).toString('latin1');
    expect(text).toContain('Content-Type: message/delivery-status');
    expect(text).toContain('Final-Recipient: rfc822; nobody.here@example.org');
    expect(text.trimEnd().endsWith('--BOUND-7f3a9c--')).toBe(true);
    expect(limited.note).toMatch(/1 part cut short/);
  });

  it('reads the start of a message that is not multipart', () => {
    const text = `From: MAILER-DAEMON@mx.example.net\nSubject: failure notice\n\n<gil@example.org>:\n550 5.1.1 no such user\n\n${'x'.repeat(100_000)}`;
    const d = diagnose(bytes(text), { maxBytes: 5_000 });
    expect(d.recipients.map((r) => r.address)).toEqual(['gil@example.org']);
    expect(d.notes.join(' ')).toMatch(/only its first 5,000 bytes were read/);
  });

  it('applies the limit to a string too', () => {
    const d = diagnose(withAttachment(100_000, 'first'), { maxBytes: 10_000 });
    expect(d.recipients.map((r) => r.address)).toEqual(['nobody.here@example.org']);
    expect(d.notes).toHaveLength(1);
  });

  it('survives limits that cut through every structure', () => {
    const big = bytes(withAttachment(50_000, 'first'));
    for (const maxBytes of [1, 10, 100, 500, 1_000, 2_000, 5_000]) {
      const d = diagnose(big, { maxBytes });
      expect(d.evidence.some((e) => e.role === 'error')).toBe(false);
      expect(d.notes).toHaveLength(1);
    }
  });

  it.each([
    ['NaN', Number.NaN],
    ['zero', 0],
    ['negative', -1],
    ['not whole', 1.5],
    ['infinite', Infinity],
  ])('refuses a maxBytes that is %s, with a clear error', (_what, maxBytes) => {
    expect(() => diagnose(bytes(DSN), { maxBytes })).toThrow(
      new RangeError(`maxBytes must be a whole number of bytes, at least 1 (got ${String(maxBytes)})`),
    );
  });

  it('says how many recipients it left out of a very long report', () => {
    const groups = Array.from(
      { length: 2500 },
      (_, i) => `Final-Recipient: rfc822; u${i}@example.org\nAction: failed\nStatus: 5.1.1\n`,
    ).join('\n');
    const report = `From: MAILER-DAEMON@mx.example.net\nContent-Type: multipart/report; report-type=delivery-status; boundary="z"\n\n--z\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${groups}\n--z--\n`;
    const d = diagnose(report);
    expect(d.recipients).toHaveLength(2000);
    expect(d.notes).toEqual(['The report names more than 2000 recipients; the first 2000 were diagnosed.']);
  });
});
