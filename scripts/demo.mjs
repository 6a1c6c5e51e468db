// `npm run demo`: serves the built pane (dist/, from `npm run build`) on http://localhost:3000 in
// standalone mode, with the bounces in samples/ to pick from. Works offline: the office.js tag
// is left out of the page (the pane then runs standalone, as it does outside Outlook) and a
// Content-Security-Policy keeps every request on this server.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// BOUNCE_LENS_DIST: serve another build (the tests build into a temporary folder).
const dist = process.env.BOUNCE_LENS_DIST ?? join(root, 'dist');
const samplesDir = join(root, 'samples');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.eml': 'message/rfc822',
};

/** The sample files with a title from their Subject line (plain text scan of the header). */
export function listSamples(dir = samplesDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const head = readFileSync(join(dir, name), 'latin1').slice(0, 16384);
      const end = head.indexOf('\n\n') >= 0 ? head.indexOf('\n\n') : head.length;
      const subjectLine = head
        .slice(0, end)
        .split('\n')
        .find((l) => l.toLowerCase().startsWith('subject:'));
      const subject = subjectLine ? subjectLine.slice('subject:'.length).trim() : '';
      return { name, title: subject ? `${subject} (${name})` : name };
    });
}

/** The page without its office.js <script> element: the first <script ...> whose opening tag
 *  names Microsoft's CDN (indexOf only, however the build wrote the tag). */
export function withoutOfficeJs(html) {
  for (let at = html.indexOf('<script'); at >= 0; at = html.indexOf('<script', at + 1)) {
    const tagEnd = html.indexOf('>', at);
    if (tagEnd < 0) break;
    if (!html.slice(at, tagEnd).includes('appsforoffice.microsoft.com')) continue;
    const close = html.indexOf('</script>', tagEnd);
    if (close < 0) break;
    return html.slice(0, at) + html.slice(close + '</script>'.length);
  }
  return html;
}

/** A path under `base`, or null when the request tries to leave it. */
function inside(base, requestPath) {
  const full = normalize(join(base, decodeURIComponent(requestPath)));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function send(res, status, type, body) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export function startDemo({
  port = process.env.PORT ? Number(process.env.PORT) : 3000,
  host = '127.0.0.1',
} = {}) {
  if (!existsSync(join(dist, 'taskpane.html')))
    throw new Error('dist/taskpane.html is missing: run `npm run build` first');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/taskpane.html') {
      const html = withoutOfficeJs(readFileSync(join(dist, 'taskpane.html'), 'utf8'));
      return send(res, 200, TYPES['.html'], html);
    }
    if (path === '/samples/index.json') return send(res, 200, TYPES['.json'], JSON.stringify(listSamples()));
    const file = path.startsWith('/samples/')
      ? inside(samplesDir, path.slice('/samples/'.length))
      : inside(dist, path.slice(1));
    if (!file || !existsSync(file) || !statSync(file).isFile())
      return send(res, 404, TYPES['.txt'], 'not found');
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  startDemo()
    .then((server) => {
      const { port } = server.address();
      console.log(`Bounce Lens demo (standalone pane with the sample bounces):`);
      console.log(`  http://localhost:${port}/taskpane.html?demo`);
      console.log(
        `  a sample straight away: http://localhost:${port}/taskpane.html?demo&sample=${listSamples()[0]?.name ?? ''}`,
      );
      console.log('Press Ctrl+C to stop.');
    })
    .catch((e) => {
      console.error(String(e.message ?? e));
      process.exitCode = 1;
    });
}
