// Hostile inputs for the readers of reshaped bounces (issue 9): the inline-forward block, format=
// flowed, HTML made text and the wrapped-words reader. Each must finish on a megabyte of the text
// that makes it work hardest and give a sane answer; no timings (the machine is shared).
import { diagnose } from '../../src/diagnosis/index';
import { unflow } from '../../src/diagnosis/mime/flowed';
import { htmlToText } from '../../src/diagnosis/mime/html';
import { LOCALIZED_WORDS } from '../../src/diagnosis/localized-words';
import { forwardedBlock } from '../../src/diagnosis/text/forwarded';
import { unwrapDiagnostic } from '../../src/diagnosis/text/wrapped';

const MB = 1 << 20;

test('a megabyte of forward separators and label lines', () => {
  const text = '-----Original Message-----\nFrom: a\nSent: b\nTo: c\n'.repeat(MB / 48);
  expect(forwardedBlock(text, LOCALIZED_WORDS)).toBeNull(); // no Subject: not a block
  const mail = `From: kim@example.org\nSubject: FW: x\n\n${text}`;
  expect(diagnose(mail).kind).toBe('not-a-bounce');
});

test('forwards nested deeper than the engine follows', () => {
  const block = (n: number) =>
    `-----Original Message-----\nFrom: p${n}@example.org\nSent: Friday\nTo: q@example.org\nSubject: FW: ${n}\n\n`;
  const mail = `From: kim@example.org\nSubject: FW: x\n\n${Array.from({ length: 200 }, (_, i) => block(i)).join('')}`;
  expect(diagnose(mail).kind).toBe('not-a-bounce');
});

test('a megabyte of soft line breaks', () => {
  const n = Math.floor(MB / 6);
  const text = 'word \n'.repeat(n);
  expect(unflow(text, false).length).toBe(n * 5);
  expect(unflow(text, true).length).toBe(n * 4);
});

test('a megabyte of table cells and rules', () => {
  const html = '<tr><td>a</td><th> </th><hr><pre> x\n</pre>'.repeat(MB / 40);
  expect(htmlToText(html).length).toBeGreaterThan(0);
});

test('2,000 wrapped diagnostics against 64 KB of long lines', () => {
  const line = 'x'.repeat(70) + '\n';
  const text = line.repeat((64 * 1024) / 71);
  for (let i = 0; i < 2000; i++)
    expect(unwrapDiagnostic('550 nothing like it here', text)).toBe('550 nothing like it here');
});
