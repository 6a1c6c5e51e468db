// The server's words with the evidence marked: the phrase the deciding rule matched and the
// status code, found with indexOf (message text is hostile: no regular expressions on it).
import type { RecipientDiagnosis } from '../diagnosis/types';

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** The phrase from the rule's evidence line: `rule-id: matched "phrase"`. */
export function matchedPhrase(recipient: RecipientDiagnosis): string | null {
  const rule = recipient.evidence.find((e) => e.role === 'rule');
  if (!rule) return null;
  const marker = ': matched "';
  const start = rule.text.indexOf(marker);
  const end = rule.text.lastIndexOf('"');
  if (start < 0 || end <= start + marker.length) return null;
  return rule.text.slice(start + marker.length, end);
}

export function highlightSegments(text: string, needles: readonly (string | null)[]): Segment[] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of some characters; then offsets would not line up.
  if (lower.length !== text.length) return [{ text, marked: false }];
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (!needle || needle.length < 2) continue;
    const at = lower.indexOf(needle.toLowerCase());
    if (at >= 0) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let pos = 0;
  for (const [from, to] of ranges) {
    if (from < pos) continue; // overlapping: keep the earlier mark
    if (from > pos) segments.push({ text: text.slice(pos, from), marked: false });
    segments.push({ text: text.slice(from, to), marked: true });
    pos = to;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), marked: false });
  return segments;
}
