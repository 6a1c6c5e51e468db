// The words of other languages' notices, subjects and forwards that hold a letter past ASCII
// ("配信不能", "réponse automatique", "Wysłano"): they live in localized-words.ts, which the pane
// loads on demand (src/taskpane/engine-chunk.ts), as it does the readers of rare formats. A text
// without such a letter can hold none of them, so a message whose subject and body have none
// (an ordinary English bounce) gets the same answer without them; one that has such a letter
// says so (DiagnoseOptions.onMissingLocalizedWords) and the pane loads them and diagnoses again.
// The ASCII words of the same lists ("unzustellbar", "automatisch antwoord") stay where they are
// used. test/engine/localized-words.test.ts holds every word to having such a letter.

/** The fields of a forward's header block (text/forwarded.ts). */
export type ForwardField = 'from' | 'to' | 'cc' | 'subject' | 'date' | 'sent';

/** Each list is lower case and extends the same-named list of the module that reads it. */
export interface LocalizedWords {
  /** kind.ts: read receipts written as text, [subject prefix, opening words]. */
  readonly textReceipts: readonly (readonly [string, string])[];
  /** kind.ts: subjects of delivery reports. */
  readonly bounceSubjects: readonly string[];
  /** kind.ts: subject prefixes of replies. */
  readonly replyPrefixes: readonly string[];
  /** kind.ts: where a reply's quoted message starts. */
  readonly quoteStarts: readonly string[];
  /** kind.ts: subjects of auto-replies. */
  readonly autoReplySubjects: readonly string[];
  /** format-helpers/bounce-phrases.ts: the words of a notice's first lines. */
  readonly bouncePhrases: readonly string[];
  /** text/forwarded.ts: a forward's field labels, its separator lines, its subject prefixes. */
  readonly forwardLabels: Readonly<Record<ForwardField, readonly string[]>>;
  readonly forwardSeparators: readonly string[];
  readonly forwardPrefixes: readonly string[];
  /** text/forwarded.ts: the start of Notes' "----- Forwarded by ... -----" line. */
  readonly forwardNotesBy: readonly string[];
  /** format-helpers/exchange-text.ts: the labels of Microsoft's reports. */
  readonly exchangeAdminLabels: readonly string[];
  readonly exchangeGeneratingLabels: readonly string[];
  readonly exchangeEndLabels: readonly string[];
  readonly exchangeLegacyMarkers: readonly string[];
  readonly exchangeUserInfoMarkers: readonly string[];
  /** formats/exchange.ts: the subjects and delay words of Microsoft's reports. */
  readonly exchangeSubjects: readonly string[];
  readonly exchangeDelayMarkers: readonly string[];
}

const NONE: readonly never[] = [];

/** Without the localized words: every list empty. */
export const NO_LOCALIZED_WORDS: LocalizedWords = {
  textReceipts: NONE,
  bounceSubjects: NONE,
  replyPrefixes: NONE,
  quoteStarts: NONE,
  autoReplySubjects: NONE,
  bouncePhrases: NONE,
  forwardLabels: { from: NONE, to: NONE, cc: NONE, subject: NONE, date: NONE, sent: NONE },
  forwardSeparators: NONE,
  forwardPrefixes: NONE,
  forwardNotesBy: NONE,
  exchangeAdminLabels: NONE,
  exchangeGeneratingLabels: NONE,
  exchangeEndLabels: NONE,
  exchangeLegacyMarkers: NONE,
  exchangeUserInfoMarkers: NONE,
  exchangeSubjects: NONE,
  exchangeDelayMarkers: NONE,
};

/**
 * A letter past ASCII: a char from U+00C0 on, but the punctuation, currency signs and their marks
 * of U+2000 to U+20FF (curly quotes and dashes, which English notices use) and the byte-order mark. Upper case
 * counts too: the lists are lower case, and a letter's lower case is past ASCII when it is.
 */
export function isLocalLetter(c: number): boolean {
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x20ff) && c !== 0xfeff;
}

// isLocalLetter as one char class: a native scan, not a loop in script, over a long body.
const LOCAL_LETTER = /[\u00c0-\u1fff\u2100-\ufefe\uff00-\uffff]/;

/** Whether the text has a letter past ASCII (isLocalLetter): only then may a localized word match. */
export function hasLocalLetter(text: string): boolean {
  return LOCAL_LETTER.test(text);
}

/**
 * A value built from the words, once per words object (there are two: none, and all of them): a
 * module's own list with the localized one after it, a Map of both.
 */
export function perWords<T>(build: (words: LocalizedWords) => T): (words: LocalizedWords) => T {
  const built = new WeakMap<LocalizedWords, T>();
  return (words) => {
    let value = built.get(words);
    if (value === undefined) {
      value = build(words);
      built.set(words, value);
    }
    return value;
  };
}

/** The module's list, then the words' list of the same kind. */
export function withLocalized<T>(
  own: readonly T[],
  pick: (words: LocalizedWords) => readonly T[],
): (words: LocalizedWords) => readonly T[] {
  return perWords((words) => {
    const extra = pick(words);
    return extra.length ? [...own, ...extra] : own;
  });
}
