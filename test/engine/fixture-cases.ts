// Table-driven checks on the invented fixtures of test/fixtures/<provider>/: the kind of message,
// and per recipient its address, action, status, category and owner (and, where a rule of the
// provider recognizers decides, its id).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { Diagnosis } from '../../src/diagnosis/types';

export interface ExpectedRecipient {
  readonly address: string;
  readonly status: string | null;
  readonly category: string;
  readonly owner: string;
  /**
   * For a delay: the category and owner when the engine names the cause instead of "delayed"
   * (whether a delay names its cause is the engine's choice, not the recognizer's).
   */
  readonly cause?: { readonly category: string; readonly owner: string };
  readonly action?: string;
  readonly rule?: string;
}

export interface FixtureCase {
  readonly file: string;
  readonly kind: string;
  readonly format?: string | null;
  readonly recipients: readonly ExpectedRecipient[];
}

const ROOT = path.join(__dirname, '../fixtures');

/** A recipient as a table row writes it: address, status, category, owner. */
export type RecipientRow = readonly [address: string, status: string | null, category: string, owner: string];

export function recipientRows(rows: readonly (RecipientRow | ExpectedRecipient)[]): ExpectedRecipient[] {
  return rows.map((r) => (isRow(r) ? { address: r[0], status: r[1], category: r[2], owner: r[3] } : r));
}

const isRow = (r: RecipientRow | ExpectedRecipient): r is RecipientRow => Array.isArray(r);

/** The row maker of a table over test/fixtures/variants/<folder><file>: kind, format, recipients
 *  (as rows, or as recipient() / delayedRecipient() give them). */
export function variantCases(
  folder: string,
): (
  file: string,
  kind: string,
  format: string,
  ...recipients: (RecipientRow | ExpectedRecipient)[]
) => FixtureCase {
  return (file, kind, format, ...recipients) => ({
    file: `variants/${folder}${file}`,
    kind,
    format,
    recipients: recipientRows(recipients),
  });
}

/** variantCases for a table of bounces only: (file, format, ...recipients). */
/** The row maker of a delay notice's table over test/fixtures/variants/<folder><file>: format and
 *  the delayed recipients (delayedRecipient). */
export function delayCases(
  folder: string,
): (file: string, format: string, ...recipients: FixtureCase['recipients']) => FixtureCase {
  return (file, format, ...recipients) => ({
    file: `variants/${folder}${file}`,
    kind: 'delay',
    format,
    recipients,
  });
}

export function bounceCases(
  folder: string,
): (file: string, format: string, ...recipients: RecipientRow[]) => FixtureCase {
  const row = variantCases(folder);
  return (file, format, ...recipients) => row(file, 'bounce', format, ...recipients);
}

/** One expected recipient, and its action where the row names one. */
export function recipient(
  address: string,
  status: string | null,
  category: string,
  owner: string,
  action?: string,
): ExpectedRecipient {
  return { address, status, category, owner, ...(action ? { action } : {}) };
}

/** A delayed recipient: "delayed" or, as the engine may name it, its cause. */
export function delayedRecipient(
  address: string,
  status: string | null,
  category: string,
  owner: string,
): ExpectedRecipient {
  return {
    address,
    status,
    category: 'delayed',
    owner: 'none',
    cause: { category, owner },
    action: 'delayed',
  };
}

/** The .eml files below a folder, at any depth (none when it is absent). */
export function emlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? emlFiles(p) : e.name.endsWith('.eml') ? [p] : [];
  });
}

export function diagnoseFixture(file: string): Diagnosis {
  return diagnose(fs.readFileSync(path.join(ROOT, file)));
}

export function checkFixture(c: FixtureCase): void {
  const d = diagnoseFixture(c.file);
  expect(d.kind).toBe(c.kind);
  if (c.format !== undefined) expect(d.format).toBe(c.format);
  expect(d.recipients.map((r) => r.address)).toEqual(c.recipients.map((r) => r.address));
  c.recipients.forEach((want, i) => {
    const got = d.recipients[i];
    expect(got).toBeDefined();
    if (!got) return;
    const wanted = [{ status: want.status, category: want.category, owner: want.owner }];
    if (want.cause) wanted.push({ status: want.status, ...want.cause });
    expect(wanted).toContainEqual({ status: got.status, category: got.category, owner: got.owner });
    if (want.action) expect(got.action).toBe(want.action);
    if (want.rule) expect(got.rule).toBe(want.rule);
    expect(got.evidence.length).toBeGreaterThan(0);
  });
}
