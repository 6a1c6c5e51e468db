#!/usr/bin/env node
// Submit one test message over SMTP (no dependencies): for making real bounces with a local MTA.
//   node scripts/live-mta/submit.mjs --port 2750 --from a@x.example --to b@y.example[,c@y.example] --subject S
import * as net from 'node:net';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const port = Number(opt('port', '2750'));
const from = opt('from', 'sender@sender.example');
const to = opt('to', '').split(',').filter(Boolean);
const subject = opt('subject', 'Test message');
const msgId = `<${Date.now().toString(36)}.${process.pid}@client.sender.example>`;
const message = [
  `From: Sender <${from}>`,
  `To: ${to.join(', ')}`,
  `Subject: ${subject}`,
  `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
  `Message-ID: ${msgId}`,
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Hello,',
  '',
  'This is a test message for a bounce.',
  '',
].join('\r\n');

const steps = [
  'EHLO client.sender.example',
  `MAIL FROM:<${from}>`,
  ...to.map((t) => `RCPT TO:<${t}>`),
  'DATA',
];
const sock = net.connect(port, '127.0.0.1');
let buf = '';
let stage = -1; // -1: greeting
let sentData = false;
let quit = false;
sock.on('data', (chunk) => {
  if (quit) return; // the server's 221
  buf += chunk.toString('latin1');
  let i;
  while ((i = buf.indexOf('\r\n')) >= 0) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 2);
    console.log('S:', line);
    if (line[3] === '-') continue; // continuation of a multi-line reply
    if (sentData) {
      quit = true;
      sock.end('QUIT\r\n');
      return;
    }
    if (line.startsWith('354')) {
      sock.write(message.replace(/\r\n\./g, '\r\n..') + '\r\n.\r\n');
      sentData = true;
      continue;
    }
    stage += 1;
    if (stage < steps.length) {
      console.log('C:', steps[stage]);
      sock.write(`${steps[stage]}\r\n`);
    } else {
      quit = true;
      sock.end('QUIT\r\n');
      return;
    }
  }
});
sock.on('error', (e) => {
  console.error(e.message);
  process.exitCode = 1;
});
