import { revealInvisible, revealInvisibleDeep } from '../../src/taskpane/reveal-invisible';

describe('revealInvisible', () => {
  test('bidi controls and zero-width characters become visible marks', () => {
    expect(revealInvisible('inv\u202Efdp.exe@example.org')).toBe('inv[U+202E]fdp.exe@example.org');
    expect(revealInvisible('a\u200B\u200C\u200D\u2060\uFEFFb')).toBe(
      'a[U+200B][U+200C][U+200D][U+2060][U+FEFF]b',
    );
    expect(revealInvisible('\u2066x\u2069 \u061C \u200E\u200F')).toBe(
      '[U+2066]x[U+2069] [U+061C] [U+200E][U+200F]',
    );
  });

  test('ordinary text, including right-to-left letters, is returned as it is', () => {
    const text = 'User unknown: שלום مرحبا 550 5.1.1 <nobody@example.net>';
    expect(revealInvisible(text)).toBe(text);
  });

  test('every string inside plain data, keeping other values', () => {
    const data = { a: 'x\u202E', list: ['\u200B', 1, null], nested: { flag: true, text: 'ok' } };
    expect(revealInvisibleDeep(data)).toEqual({
      a: 'x[U+202E]',
      list: ['[U+200B]', 1, null],
      nested: { flag: true, text: 'ok' },
    });
  });
});
