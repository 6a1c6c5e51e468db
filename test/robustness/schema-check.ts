// A small JSON Schema checker for schema/diagnosis.schema.json: just the keywords that file uses
// ($ref to $defs, type, enum, properties, required, additionalProperties: false, items, anyOf,
// pattern, minLength, maxLength). Enough to hold every diagnosis to the published shape without
// adding a validator package.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Schema = { [k: string]: unknown };

export const SCHEMA: Schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../schema/diagnosis.schema.json'), 'utf8'),
) as Schema;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolve(root: Schema, ref: string): Schema {
  const m = /^#\/\$defs\/([\w-]+)$/.exec(ref);
  const defs = root['$defs'] as Record<string, Schema> | undefined;
  const target = m && defs ? defs[m[1] as string] : undefined;
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/** The errors of value against schema, each "path: problem"; empty when it conforms. */
export function check(value: unknown, schema: Schema = SCHEMA, root: Schema = SCHEMA, at = '$'): string[] {
  if (typeof schema['$ref'] === 'string') return check(value, resolve(root, schema['$ref']), root, at);
  const errors: string[] = [];
  const t = typeOf(value);
  if (schema['type'] !== undefined) {
    const types = ([] as unknown[]).concat(schema['type']);
    const ok = types.includes(t) || (t === 'integer' && types.includes('number'));
    if (!ok) return [`${at}: is ${t}, not ${types.join('|')}`];
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} is not one of the enum`);
  if (Array.isArray(schema['anyOf'])) {
    const branches = (schema['anyOf'] as Schema[]).map((s) => check(value, s, root, at));
    if (!branches.some((e) => e.length === 0))
      errors.push(`${at}: matches no branch (${branches.map((e) => e[0]).join('; ')})`);
  }
  if (typeof value === 'string') {
    if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength'])
      errors.push(`${at}: longer than ${schema['maxLength']}`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength'])
      errors.push(`${at}: shorter than ${schema['minLength']}`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      errors.push(`${at}: ${JSON.stringify(value)} does not match ${schema['pattern']}`);
  }
  if (t === 'array' && schema['items']) {
    (value as unknown[]).forEach((v, i) =>
      errors.push(...check(v, schema['items'] as Schema, root, `${at}[${i}]`)),
    );
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const k of (schema['required'] ?? []) as string[])
      if (!(k in obj)) errors.push(`${at}: missing ${k}`);
    for (const [k, v] of Object.entries(obj)) {
      const p = props[k];
      if (p) errors.push(...check(v, p, root, `${at}.${k}`));
      else if (schema['additionalProperties'] === false) errors.push(`${at}: unexpected property ${k}`);
    }
  }
  return errors;
}

/** The schema of the engine's Diagnosis object. */
export const DIAGNOSIS: Schema = { $ref: '#/$defs/diagnosis' };
