// RFC 2047 encoded words in header text: "=?utf-8?B?...?=", "=?iso-8859-1?Q?...?=". Found with
// indexOf, no regular expression. Adjacent words in one charset are joined as bytes before the
// charset is decoded, because mailers split a character across two words (not in stateful
// charsets such as ISO-2022-JP, whose words each stand alone); the white space
// between two encoded words is folding, not text (RFC 2047 §6.2). Charsets are decoded as body
// parts are (decodeCharset), so a header and its body read alike.
import { decodeCharset } from './bytes';
import { decodeBase64 } from './transfer';

interface Word {
  /** Index just past the closing "?=". */
  readonly end: number;
  readonly charset: string;
  /** The decoded bytes, one char per byte. */
  readonly bytes: string;
}

const MAX_CHARSET = 64;
const utf8 = new TextEncoder();

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The "Q" encoding: "_" is a space, "=XX" a byte. A line fold between "=" and its digits is
 *  forgiven; characters outside Latin-1 keep their UTF-8 bytes. */
function decodeQ(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 /* _ */ || isSpace(c)) {
      out += ' ';
    } else if (c === 61 /* = */) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      const h = hex(text.charCodeAt(j));
      const l = hex(text.charCodeAt(j + 1));
      if (h >= 0 && l >= 0) {
        out += String.fromCharCode(h * 16 + l);
        i = j + 1;
      } else {
        out += '=';
      }
    } else if (c < 0x80) {
      out += text[i];
    } else {
      for (const b of utf8.encode(text[i])) out += String.fromCharCode(b);
    }
  }
  return out;
}

/** The encoded word that starts at s[at] (which is "=?"), or null when it is not one. */
function wordAt(s: string, at: number): Word | null {
  const labelStart = at + 2;
  let i = labelStart;
  while (i < s.length && i - labelStart <= MAX_CHARSET) {
    const c = s.charCodeAt(i);
    if (c === 63 /* ? */) break;
    if (c <= 32) return null;
    i++;
  }
  if (i === labelStart || s.charCodeAt(i) !== 63) return null;
  const encoding = s.charCodeAt(i + 1) | 0x20; // lower case
  if ((encoding !== 98 /* b */ && encoding !== 113) /* q */ || s.charCodeAt(i + 2) !== 63) return null;
  const textStart = i + 3;
  const close = s.indexOf('?', textStart);
  if (close < 0 || s.charCodeAt(close + 1) !== 61 /* = */) return null;
  const label = s.slice(labelStart, i);
  const star = label.indexOf('*'); // an RFC 2231 language tag: utf-8*en
  const text = s.slice(textStart, close);
  return {
    end: close + 2,
    charset: (star >= 0 ? label.slice(0, star) : label).toLowerCase(),
    bytes: encoding === 98 ? decodeBase64(text) : decodeQ(text),
  };
}

/** Stateful charsets end every word in their initial state (RFC 2047 §5): their words are decoded
 *  one by one, since a decoder reads a shift straight after another as an error. */
function joinable(charset: string): boolean {
  return !charset.startsWith('iso-2022') && charset !== 'utf-7';
}

interface Run {
  readonly charset: string;
  bytes: string;
}

/** Header text with its encoded words decoded; text that only looks like one stays as it is. */
export function decodeEncodedWords(s: string): string {
  let out = '';
  let pos = 0; // s[0, pos) is done, except the run of words not decoded yet
  let run: Run | null = null;
  let from = s.indexOf('=?');
  while (from >= 0) {
    const word = wordAt(s, from);
    if (!word) {
      from = s.indexOf('=?', from + 1);
      continue;
    }
    let folded = run !== null; // only white space since the previous word
    for (let k = pos; k < from && folded; k++) folded = isSpace(s.charCodeAt(k));
    if (run && folded && run.charset === word.charset && joinable(word.charset)) {
      run.bytes += word.bytes;
    } else {
      if (run) out += decodeCharset(run.bytes, run.charset);
      if (!folded) out += s.slice(pos, from);
      run = { charset: word.charset, bytes: word.bytes };
    }
    pos = word.end;
    from = s.indexOf('=?', pos);
  }
  if (run) out += decodeCharset(run.bytes, run.charset);
  return out + s.slice(pos);
}
