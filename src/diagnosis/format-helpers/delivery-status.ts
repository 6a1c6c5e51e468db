// RFC 3464 message/delivery-status (and RFC 6533 message/global-delivery-status) fields.
// The content is header-like groups separated by blank lines: one per-message group, then one
// group per recipient. Field names are case-insensitive; values may be folded.
import { parseHeaderBlock, type HeaderField } from '../mime/headers';
import type { Action } from '../types';

export interface DsnRecipient {
  readonly finalRecipient: string | null;
  readonly originalRecipient: string | null;
  /** X-Actual-Recipient (sendmail's savemail.c): an alias member's own address. */
  readonly actualRecipient: string | null;
  readonly action: Action | null;
  readonly status: string | null;
  readonly remoteMta: string | null;
  readonly diagnosticType: string | null;
  readonly diagnostic: string | null;
  /** The raw fields, for evidence. */
  readonly lines: readonly string[];
}

interface DeliveryStatus {
  readonly reportingMta: string | null;
  readonly recipients: readonly DsnRecipient[];
}

// Non-standard Action values seen in real reports.
const ACTION_ALIASES: Record<string, Action> = {
  failed: 'failed',
  failure: 'failed',
  delayed: 'delayed',
  expired: 'failed',
  delivered: 'delivered',
  deliverable: 'delivered',
  relayed: 'relayed',
  expanded: 'expanded',
};

export function parseAction(v: string | null): Action | null {
  if (!v) return null;
  const word =
    v
      .trim()
      .toLowerCase()
      .split(/[\s(;]/)[0] ?? '';
  return ACTION_ALIASES[word] ?? null;
}

/**
 * "rfc822; user@example.com" -> "user@example.com"; "dns; mx.example.com" -> "mx.example.com".
 * A display name before the address ("rfc822; Ann Smith <ann@example.com>", written by some
 * gateways though RFC 3464 2.3.2 wants the bare address) is dropped: the address is the one in
 * angle brackets.
 */
export function stripType(v: string | null): string | null {
  if (!v) return null;
  const semi = v.indexOf(';');
  const s = (semi >= 0 ? v.slice(semi + 1) : v).trim();
  const lt = s.lastIndexOf('<');
  const gt = lt > 0 ? s.indexOf('>', lt) : -1;
  if (gt > lt + 1 && s.slice(lt + 1, gt).includes('@')) return s.slice(lt + 1, gt).trim();
  return s.replace(/^<|>$/g, '').trim() || null;
}

/**
 * RFC 6533 3's EmbeddedUnicodeChar, "\x{F6}": the 7-bit form a utf-8 address takes in a
 * message/delivery-status part ("Final-Recipient: utf-8; j\x{F6}rg@example.org").
 */
function unicodeEscapes(a: string | null): string | null {
  if (!a || !a.includes('\\x{')) return a;
  return a.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (m, h: string) => {
    const c = parseInt(h, 16);
    return c <= 0x10ffff ? String.fromCodePoint(c) : m;
  });
}

/**
 * Original-Recipient as the ORCPT parameter came, in RFC 3461 4's xtext ("rfc822;ann+2Bsales@..."):
 * sendmail (savemail.c prints q_orcpt) and Exim (deliver.c prints addr->dsn_orcpt) copy it undecoded,
 * though RFC 3461 6.3 wants it decoded. Only what xtext must encode ("+", "=", space and controls)
 * is decoded: "ann+41@..." is a plus tag, not an encoded "A".
 */
function fromXtext(a: string | null): string | null {
  if (!a || !a.includes('+')) return a;
  return a.replace(/\+([0-9A-F]{2})/g, (m, h: string) => {
    const c = parseInt(h, 16);
    return c === 0x2b || c === 0x3d || c <= 0x20 ? String.fromCharCode(c) : m;
  });
}

export function splitTyped(v: string | null): { type: string | null; text: string | null } {
  if (!v) return { type: null, text: null };
  const semi = v.indexOf(';');
  if (semi < 0 || semi > 20) return { type: null, text: v.trim() };
  return { type: v.slice(0, semi).trim().toLowerCase(), text: v.slice(semi + 1).trim() };
}

/**
 * The comment after a Status code, when it is a server reply: Haraka (outbound/hmail.js) writes
 * its own failures as "Status: 5.1.2 (550 Tried all MXs refused.example)" with no Diagnostic-Code,
 * so the comment is the only reason the report gives. A comment that only glosses the code
 * ("4.4.0 (other or undefined network or routing status)") is not a reply and is left alone.
 */
export function statusComment(status: string | null): string | null {
  const inner = comment(status);
  return inner !== null && /^[245]\d\d [^\s]/.test(inner) ? inner : null;
}

/** The text in a field's comment: "5.0.0 (unable to deliver this message after 18 hours)". */
function comment(value: string | null): string | null {
  if (!value) return null;
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  if (open < 0 || close <= open) return null;
  return value.slice(open + 1, close).trim() || null;
}

/**
 * Without a Diagnostic-Code, the words some MTAs put in a comment on Status or Action ("Status:
 * 5.0.0 (unable to deliver this message after 18 hours)", "Action: failed (Bad destination mailbox
 * address)", the forms Ecartis's bouncer reads) are the only reason given. A comment that glosses
 * the code says what the code says.
 */
function fieldReason(status: string | null, action: string | null): string | null {
  return comment(status) ?? comment(action);
}

/**
 * PowerMTA's own reading of the reply, "X-PowerMTA-BounceCategory: bad-mailbox" (its bounce
 * categories: bad-mailbox, bad-domain, inactive-mailbox, quota-issues, policy-related, ...), is
 * kept after the server's words, as formats/amazon-ses.ts keeps SES's bounceSubType: the rule table
 * reads it where the words say less (rules/table, "powermta.*" rows).
 */
function withBounceCategory(diagnostic: string | null, category: string | null): string | null {
  const c = category?.trim().toLowerCase();
  if (!c || !/^[a-z-]{1,40}$/.test(c) || c === 'other') return diagnostic;
  const note = `(PowerMTA bounce category: ${c})`;
  return diagnostic ? `${diagnostic} ${note}` : note;
}

function field(fields: readonly HeaderField[], name: string): string | null {
  for (const f of fields) if (f.name === name) return f.value;
  return null;
}

/**
 * Some MTAs (AOL's among them) leave out the blank line between two recipients' groups: a second
 * Final-Recipient (or Original-Recipient) after a recipient's own fields starts a new group.
 */
function splitRecipientGroups(fields: readonly HeaderField[]): HeaderField[][] {
  const out: HeaderField[][] = [];
  let cur: HeaderField[] = [];
  // A loop, not some(): a closure per field was most of this function's garbage.
  const has = (name: string) => {
    for (const f of cur) if (f.name === name) return true;
    return false;
  };
  // Does an Original-Recipient at i belong to a Final-Recipient that follows it?
  const leadsNext = (i: number) => {
    for (let j = i + 1; j < fields.length; j++) {
      const n = (fields[j] as HeaderField).name;
      if (n === 'final-recipient') return true;
      if (n === 'action' || n === 'status' || n === 'original-recipient') return false;
    }
    return false;
  };
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as HeaderField;
    const starts =
      (f.name === 'final-recipient' && has('final-recipient')) ||
      (f.name === 'original-recipient' &&
        (has('original-recipient') || (has('final-recipient') && leadsNext(i))));
    if (starts && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(f);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The blank-line separated groups of a report, each a run of non-blank lines (a line of spaces and
 * tabs is blank). One pass with indexOf: the split on /\n[ \t]*\n/ with a replace per group it
 * replaces allocated tens of times the input on a report of blank lines.
 */
export function fieldGroups(report: string): string[] {
  const text = report.indexOf('\r') < 0 ? report : report.replace(/\r\n?/g, '\n');
  const out: string[] = [];
  let start = -1;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let blank = true;
    for (let i = pos; i < end && blank; i++) {
      const c = text.charCodeAt(i);
      blank = c === 32 || c === 9;
    }
    if (blank && start >= 0) {
      out.push(text.slice(start, pos - 1));
      start = -1;
    } else if (!blank && start < 0) start = pos;
    pos = end + 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out.filter((g) => g.trim() !== '');
}

/** Twice the recipients diagnose() reads one by one (2000): room for duplicates, no more. */
const MAX_GROUPS = 4000;

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const groups = fieldGroups(text);
  let reportingMta: string | null = null;
  const recipients: DsnRecipient[] = [];
  // The fields of the last recipient's group, while the next group may still be its tail.
  let last: HeaderField[] | null = null;
  // Group by group, so that each group's fields are garbage before the next is parsed; and no
  // more than MAX_GROUPS (a report never lists that many; each costs several times its size).
  for (const g of groups) {
    if (recipients.length >= MAX_GROUPS) break;
    for (const fields of splitRecipientGroups(parseHeaderBlock(g))) {
      if (recipients.length >= MAX_GROUPS) break;
      const rm = field(fields, 'reporting-mta');
      if (rm && !reportingMta) reportingMta = stripType(rm);
      if (!fields.some((f) => RECIPIENT_FIELDS.has(f.name) && f.value)) {
        // A blank line inside a recipient's group (RFC 3464 2.1 separates groups by blank lines,
        // some writers put one after Status): a run of Remote-MTA or Diagnostic-Code that names
        // no recipient is the tail of the group before it, when that one has no reason yet.
        if (last && !rm && !field(last, 'diagnostic-code') && isGroupTail(fields)) {
          last = [...last, ...fields];
          recipients[recipients.length - 1] = dsnRecipient(last);
        } else last = null;
        continue;
      }
      last = fields;
      recipients.push(dsnRecipient(fields));
    }
  }
  return { reportingMta, recipients };
}

/** A group of only per-recipient detail fields, with a Diagnostic-Code or Remote-MTA among them. */
function isGroupTail(fields: readonly HeaderField[]): boolean {
  return (
    (field(fields, 'diagnostic-code') !== null || field(fields, 'remote-mta') !== null) &&
    fields.every((f) => TAIL_FIELDS.has(f.name) || f.name.startsWith('x-'))
  );
}

const TAIL_FIELDS = new Set(['remote-mta', 'diagnostic-code', 'last-attempt-date', 'will-retry-until']);
// Any of these makes a group a recipient's (dsnRecipient reads their values).
const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient', 'action', 'status']);

function dsnRecipient(fields: readonly HeaderField[]): DsnRecipient {
  const final = field(fields, 'final-recipient');
  const original = field(fields, 'original-recipient');
  const action = field(fields, 'action');
  const status = field(fields, 'status');
  const diag = splitTyped(field(fields, 'diagnostic-code'));
  const actual = stripType(field(fields, 'x-actual-recipient'));
  return {
    // "FinalRecipient": Haraka before 2.7.3 left out the dash (Haraka pull request #1320).
    finalRecipient: unicodeEscapes(stripType(final ?? field(fields, 'finalrecipient')) ?? actual),
    originalRecipient: fromXtext(unicodeEscapes(stripType(original))),
    actualRecipient: actual,
    action: parseAction(action),
    status: status ? status.trim() : null,
    remoteMta: stripType(field(fields, 'remote-mta')),
    diagnosticType: diag.type,
    diagnostic: withBounceCategory(
      diag.text ?? field(fields, 'x-supplementary-info') ?? fieldReason(status, action),
      field(fields, 'x-powermta-bouncecategory'),
    ),
    lines: fields.map((f) => `${f.name}: ${f.value}`),
  };
}
