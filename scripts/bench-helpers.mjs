// What every bench and eval script needs: the median of runs, numbers printed alike, the load
// average printed beside them (the machine is shared), the files under a folder in a stable order,
// and the measures test/engine/ shares with the scripts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Every file under dir, folders walked recursively, in sorted order. */
export function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A TypeScript module of this repository (a measure under test/engine/ that its test shares),
 *  compiled with esbuild and imported; it imports nothing at run time. */
export async function importTs(file) {
  const { transformSync } = await import('esbuild');
  const { code } = transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
