// Offline manifest check: convert manifest.xml to the unified JSON manifest with
// office-addin-manifest-converter, then validate that JSON against the Teams/M365 schema bundled in
// @microsoft/app-manifest (office-addin-manifest's own dependency). No XSD ships in any npm
// package and `office-addin-manifest validate` needs Microsoft's online service, so this is the
// check that runs in `npm test`. Prints one JSON line: { ok, manifestVersion, errors }.
// Runs under plain Node, not jest: @microsoft/app-manifest pulls ESM-only packages.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const MANIFEST_VERSION = '1.17'; // the newest version office-addin-manifest-converter 0.4 writes
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

async function main() {
  const xmlPath = resolve(process.argv[2] ?? 'manifest.xml');
  const out = mkdtempSync(join(tmpdir(), 'bounce-lens-manifest-'));
  try {
    const { convert } = require('office-addin-manifest-converter');
    await convert(xmlPath, out, false, SCHEMA_URL, MANIFEST_VERSION, false);
    const jsonPath = join(out, 'manifest.json');
    if (!existsSync(jsonPath))
      return report({ ok: false, manifestVersion: null, errors: ['the converter wrote no manifest.json'] });
    const manifest = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const schemaPath = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    );
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const { ManifestUtil } = require('@microsoft/app-manifest');
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
    // The converter cuts description.short to its 80-character limit and marks it; a cut means our
    // Description is too long for the unified manifest.
    if (String(manifest.description?.short ?? '').startsWith('<TRUNCATED>'))
      errors.push('Description is longer than 80 characters');
    return report({
      ok: errors.length === 0,
      manifestVersion: manifest.manifestVersion,
      permissions: manifest.authorization?.permissions,
      errors,
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function report(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((e) => report({ ok: false, manifestVersion: null, errors: [String(e?.stack ?? e)] }));
