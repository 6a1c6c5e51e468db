// A message forwarded inline: the header block a mail client writes above the forwarded text,
// read back into the forwarded message's From, To, Subject and Date, with the text below it.
// The clients and their blocks (each localized):
//   Outlook (Windows, Mac, the web): "-----Original Message-----" in plain text, an <hr> or a line
//     of underscores in HTML, then "From: / Sent: / To: / Cc: / Subject:" (Von/Gesendet/An/Betreff,
//     De/Envoyé/À/Objet, 差出人/送信日時/宛先/件名 ...);
//   Gmail: "---------- Forwarded message ---------", then From/Date/Subject/To;
//   Apple Mail: "Begin forwarded message:", then From/Subject/Date/To;
//   Thunderbird: "-------- Forwarded Message --------", then Subject/Date/From/To;
//   Notes: "----- Forwarded by <name> on <date> -----", then From/To/Date/Subject.
// A block counts when a separator line stands right above it, or when it has Outlook's "Sent"
// field, which no message header has: a bounce's returned headers ("From: ... Date: ...
// Subject: ...") are not a forward. Outlook for Mac writes its block with neither (From, Date,
// To, Subject after an empty line): there, the message's own subject says it is a forward, and
// the block is the body's first, within its first lines.

import { perWords, withLocalized, type ForwardField, type LocalizedWords } from './localized';

export interface ForwardedBlock {
  readonly from: string;
  readonly to: string | null;
  readonly cc: string | null;
  readonly subject: string | null;
  readonly date: string | null;
  /** Where the forwarded text starts (after the block), in the searched text. */
  readonly bodyStart: number;
}

type Field = ForwardField;

// The labels of forwards written in fourteen more languages (Polish, Russian, Ukrainian, Czech,
// Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Hungarian, Greek, Romanian, Croatian), as
// users pass bounces on to the pane's readers. Sources: Thunderbird's mime.properties (1000
// Subject, 1007 Date, 1009 From, 1012 To, 1013 Cc; thunderbird-l10n <locale>/mail/chrome/messenger);
// Gmail's and Outlook's blocks as crisp-oss/email-forward-parser lib/parser.js lists them per
// locale ("Od: Date: Subject: To:" Gmail pl; "Od: Data: Do: DW: Temat:" new Outlook pl; "Kimden:
// Tarih: Kime: Bilgi: Konu:" tr ...); Outlook's "Sent" field: mailparser_reply constants.py
// (Wysłano, Odesláno, Skickat, Sendt), quote splitters quoting Outlook's "От: / Отправлено: /
// Кому: / Тема:" and "надіслано", "Lähetetty:", "Gönderilen:", "Odoslané:/Elküldve:", and an
// Outlook.com forward "Από: / Στάλθηκε: / Προς: / Θέμα:". Common words among them ("do", "od",
// "til", "pre") count only inside a block (a separator above, or the "Sent" field). Here the
// ASCII ones; those with letters past ASCII are LocalizedWords.forwardLabels.
const MORE: Readonly<Record<Field, readonly string[]>> = {
  from: 'od fra kimden nadawca'.split(' ').concat('de la'),
  to: 'do komu pre till til vastaanottaja kime prima adresat'.split(' '),
  cc: 'dw kopia kopi kopio bilgi'.split(' '),
  subject: 'temat predmet emne aihe konu subiect naslov'.split(' '),
  date: 'dato tarih'.split(' '),
  sent: 'skickat sendt'.split(' '),
};

// Labels, lower case, without the colon, per field: English, German, French, Spanish, Portuguese,
// Italian and Dutch, and MORE; Japanese, Chinese, Korean and every label with a letter past ASCII
// ("Envoyé", "差出人") are LocalizedWords.forwardLabels.
const OWN_LABELS: Readonly<Record<Field, readonly string[]>> = {
  from: ['from', 'von', 'de', 'da', 'van', ...MORE.from],
  to: ['to', 'an', 'a', 'para', 'aan', 'pour', ...MORE.to],
  cc: ['cc', 'kopie', 'copie', 'cc.', ...MORE.cc],
  subject: [
    'subject',
    'betreff',
    'objet',
    'sujet',
    'asunto',
    'assunto',
    'oggetto',
    'onderwerp',
    ...MORE.subject,
  ],
  date: ['date', 'datum', 'fecha', 'data', ...MORE.date],
  sent: ['sent', 'gesendet', 'enviado el', 'enviado', 'enviada em', 'inviato', 'verzonden', ...MORE.sent],
};
const FIELDS: readonly Field[] = ['from', 'to', 'cc', 'subject', 'date', 'sent'];

// Separator lines, lower case, with their dashes, spaces and final colon trimmed (those with a
// letter past ASCII: LocalizedWords.forwardSeparators).
const OWN_SEPARATORS = [
  'original message',
  'forwarded message',
  'begin forwarded message',
  'weitergeleitete nachricht',
  'anfang der weitergeleiteten nachricht',
  "message d'origine",
  'mensaje original',
  'mensaje reenviado',
  'inicio del mensaje reenviado',
  'mensagem original',
  'mensagem encaminhada',
  'messaggio originale',
  'messaggio inoltrato',
  'inizio messaggio inoltrato',
  'oorspronkelijk bericht',
  'doorgestuurd bericht',
  'begin doorgestuurd bericht',
  // Thunderbird's forward and reply separators in Swedish, Danish and Norwegian (thunderbird-l10n
  // <locale>/mail/chrome/messenger/messengercompose/composeMsgs.properties,
  // mailnews.forward_header_originalmessage and mailnews.reply_header_originalmessage: sv-SE, da,
  // nb-NO), Outlook's "-----Orijinal ileti-----" in Turkish as quote splitters list it.
  'vidarebefordrat meddelande',
  'ursprungligt meddelande',
  'videresendt meddelelse',
  'oprindelig meddelelse',
  'videresendt melding',
  'orijinal ileti',
];

// HCL (Lotus) Notes: "----- Forwarded by Kim Park/Sales/Corp on 12/01/2026 10:00 AM -----", in
// its localized builds too (French "Transféré par": LocalizedWords.forwardNotesBy).
const NOTES_FORWARDED_BY = [
  'forwarded by ',
  'weitergeleitet von ',
  'reenviado por ',
  'encaminhado por ',
  'inoltrato da ',
  'doorgestuurd door ',
];

/** A block's words with the localized ones, built once per words object (forwardedBlock's lines
 *  each look them up). */
interface Vocabulary {
  readonly labels: ReadonlyMap<string, Field>;
  readonly separators: ReadonlySet<string>;
  readonly notesBy: readonly string[];
}

const vocabulary = perWords((words): Vocabulary => {
  const labels = new Map<string, Field>();
  for (const f of FIELDS) for (const l of [...OWN_LABELS[f], ...words.forwardLabels[f]]) labels.set(l, f);
  return {
    labels,
    separators: new Set<string>([...OWN_SEPARATORS, ...words.forwardSeparators]),
    notesBy: [...NOTES_FORWARDED_BY, ...words.forwardNotesBy],
  };
});

/** The block's search window: a forward's own note above the block is a few lines. */
const SEARCH = 20000;
const MAX_BLOCK_LINES = 12;
/** Lines of a forward's own note above a block that no separator announces. */
const NOTE_LINES = 30;

// Subject prefixes of a forward, as the clients of the pane's ten languages write them (Japanese,
// Chinese, Korean, Turkish and Russian ones: LocalizedWords.forwardPrefixes).
const FORWARD_PREFIXES = [
  'fw:',
  'fwd:',
  'wg:',
  'tr:',
  'rv:',
  'enc:',
  'i:',
  'doorst:',
  // Outlook's in Polish, Danish and Norwegian, Swedish, Finnish, Romanian, Norwegian (new Outlook)
  // (crisp-oss/email-forward-parser lib/parser.js: "PD:", "VS:", "VB:", "VL:", "Redir.:",
  // "Videresend:").
  'pd:',
  'vs:',
  'vb:',
  'vl:',
  'redir.:',
  'videresend:',
];
const forwardPrefixes = withLocalized(FORWARD_PREFIXES, (words) => words.forwardPrefixes);

/** True when a subject starts with a forward's prefix ("FW: ", "Fwd: ", "WG: ", "转发: "...). */
export function forwardSubject(subject: string, words: LocalizedWords): boolean {
  const s = subject.trimStart().toLowerCase().replace('：', ':');
  return forwardPrefixes(words).some((p) => s.startsWith(p));
}

function separatorLine(line: string, v: Vocabulary): boolean {
  let i = 0;
  let j = line.length;
  while (i < j && ' \t-_>'.includes(line[i] as string)) i++;
  while (j > i && ' \t-_:'.includes(line[j - 1] as string)) j--;
  // Outlook's HTML forward: a rule, written as a line of underscores in text.
  if (i === j) return line.length - line.replace(/_/g, '').length >= 10;
  const said = line.slice(i, j).toLowerCase();
  return v.separators.has(said) || v.notesBy.some((w) => said.startsWith(w));
}

/** "Label: value" (colon half- or full-width, a space before it in French): the field and value. */
function labelLine(line: string, v: Vocabulary): { field: Field; value: string } | null {
  const t = line.trimStart();
  let colon = t.indexOf(':');
  const wide = t.indexOf('：');
  if (wide >= 0 && (colon < 0 || wide < colon)) colon = wide;
  if (colon <= 0 || colon > 24) return null;
  // Outlook on the web and Apple Mail in text: "*From:*" from their bold labels.
  const label = t.slice(0, colon).replace(/\*/g, '').trim().toLowerCase();
  const field = v.labels.get(label);
  if (!field) return null;
  return {
    field,
    value: t
      .slice(colon + 1)
      .replace(/\*/g, ' ')
      .trim(),
  };
}

/** The first forward header block of the text, or null. Linear in the searched text.
 *  `forward`: the message's subject says it is a forward (forwardSubject). */
export function forwardedBlock(text: string, words: LocalizedWords, forward = false): ForwardedBlock | null {
  const v = vocabulary(words);
  const head = text.length > SEARCH ? text.slice(0, SEARCH) : text;
  let pos = 0;
  let afterSeparator = false;
  let lines = 0;
  while (pos < head.length) {
    lines++;
    let end = head.indexOf('\n', pos);
    if (end < 0) end = head.length;
    const line = head.slice(pos, end);
    if (line.trim() === '') {
      pos = end + 1;
      continue; // blank lines between a separator and its block
    }
    if (separatorLine(line, v)) {
      afterSeparator = true;
      pos = end + 1;
      continue;
    }
    if (labelLine(line, v)) {
      const block = readBlock(head, pos, afterSeparator, forward && lines <= NOTE_LINES, v);
      if (block) return block;
      // Only the first block may go unannounced.
      forward = false;
    }
    afterSeparator = false;
    pos = end + 1;
  }
  return null;
}

function readBlock(
  text: string,
  start: number,
  afterSeparator: boolean,
  first: boolean,
  v: Vocabulary,
): ForwardedBlock | null {
  const fields = new Map<Field, string>();
  let pos = start;
  let last: Field | null = null;
  for (let n = 0; n < MAX_BLOCK_LINES && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    const f = labelLine(line, v);
    if (!f) {
      // Outlook's wrap at 76 columns moves a long "<address>" of "From: Microsoft Outlook
      // <MicrosoftExchange...@...>" to a line of its own: it is the value of the field before it.
      const t = line.trim();
      const prev = last ? (fields.get(last) ?? '') : '';
      if (!last || prev.includes('@') || !t.startsWith('<') || !t.endsWith('>') || !t.includes('@')) break;
      fields.set(last, `${prev} ${t}`);
      pos = end + 1;
      continue;
    }
    last = fields.has(f.field) ? null : f.field;
    if (last) fields.set(f.field, f.value);
    pos = end + 1;
  }
  const from = fields.get('from');
  if (!from || !fields.has('subject')) return null;
  const unannounced = first && (fields.has('date') || fields.has('to'));
  if (!(afterSeparator || fields.has('sent') || unannounced)) return null;
  return {
    from,
    to: fields.get('to') ?? null,
    cc: fields.get('cc') ?? null,
    subject: fields.get('subject') ?? null,
    date: fields.get('date') ?? fields.get('sent') ?? null,
    bodyStart: Math.min(pos, text.length),
  };
}
