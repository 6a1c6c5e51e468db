// Split an mbox into one .eml per message, named by the test case whose Message-ID
// (<case-NAME@example.com>) the bounce quotes; a delay warning gets "-delay" (an OpenSMTPD expiry
// "-expired"), a second bounce for the same case "-2". Usage: node split-mbox.mjs MBOX OUTDIR [replacements as FROM=TO ...]
import fs from 'node:fs';
import path from 'node:path';

const [mbox, outDir, ...subs] = process.argv.slice(2);
const text = fs.readFileSync(mbox, 'latin1');
const lines = text.split('\n');
const messages = [];
let cur = null;
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  if (l.startsWith('From ') && (i === 0 || lines[i - 1] === '')) {
    if (cur) messages.push(cur);
    cur = [];
    continue; // the mbox separator is not part of the message
  }
  if (cur) cur.push(l);
}
if (cur) messages.push(cur);
fs.mkdirSync(outDir, { recursive: true });
const used = new Set();
let n = 0;
for (const m of messages) {
  // drop the blank line the mbox format puts before the next separator
  while (m.length && m[m.length - 1] === '') m.pop();
  let body = m.join('\n') + '\n';
  // un-escape mboxrd/mboxo ">From " only where the MTA added it is not knowable; keep as stored
  for (const s of subs) {
    const eq = s.indexOf('=');
    body = body.split(s.slice(0, eq)).join(s.slice(eq + 1));
  }
  const id = /<case-([a-z0-9-]+)@example\.com>/i.exec(body);
  const headEnd = body.indexOf('\n\n');
  const head = body.slice(0, headEnd);
  const isDelay = /^Subject:.*(warning|delay|delayed|not (yet )?been delivered|temporary)/im.test(head);
  let name = id ? id[1] : `unmatched-${++n}`;
  // OpenSMTPD 6.8 sends its expiry notice with the delay subject: name it for what it is
  if (/: Envelope expired$/m.test(body)) name += '-expired';
  else if (isDelay) name += '-delay';
  let file = name;
  for (let k = 2; used.has(file); k++) file = `${name}-${k}`;
  used.add(file);
  fs.writeFileSync(path.join(outDir, `${file}.eml`), body, 'latin1');
  console.log(file);
}
