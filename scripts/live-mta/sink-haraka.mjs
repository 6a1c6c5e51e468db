#!/usr/bin/env node
// A scripted SMTP sink for making real bounces with an MTA run locally (Haraka, dma, nullmailer):
// the MTA relays to it, it answers each RCPT/DATA with the reply the recipient's local part picks,
// and it saves every message it accepts (the MTA's bounces among them) as <out>/<n>-<rcpt>.eml,
// byte for byte as received (dot-unstuffed). No dependencies; test-time tool only.
//
//   node scripts/live-mta/sink-haraka.mjs --out DIR [--port 2725] [--busy-port 2726]
//
// --port: the scripted server. --busy-port: a server that answers 421 at connect and hangs up.
// Local parts (before "@", case-insensitive):
//   unknown   550 5.1.1 at RCPT          quota    452 4.2.2 at RCPT (retried until the MTA expires it)
//   tempfail  451 4.3.0 at RCPT          size     552 5.3.4 after DATA
//   policy    554 5.7.1 after DATA       rcptpolicy 554 5.7.1 at RCPT
//   anything else: 250, and the message is saved.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const OUT = opt('out', null);
const PORT = Number(opt('port', '2725'));
const BUSY_PORT = Number(opt('busy-port', '0'));
const HOST = 'mx.sink.example';
if (!OUT) {
  console.error('usage: sink-haraka.mjs --out DIR [--port N] [--busy-port N]');
  process.exit(2);
}
fs.mkdirSync(OUT, { recursive: true });

// Replies at RCPT, by local part.
const RCPT_REPLY = {
  unknown: (a) => `550 5.1.1 <${a}>: Recipient address rejected: User unknown in local recipient table`,
  quota: (a) => `452 4.2.2 <${a}>: Recipient address rejected: Mailbox full, quota exceeded`,
  tempfail: (a) => `451 4.3.0 <${a}>: Temporary lookup failure`,
  rcptpolicy: (a) => `554 5.7.1 <${a}>: Recipient address rejected: Access denied`,
};
// Replies after the message's final dot, by local part (the first recipient that has one decides).
const DATA_REPLY = {
  size: '552 5.3.4 Message size exceeds fixed limit',
  policy: '554 5.7.1 Message rejected: content policy violation',
};

let seq = 0;
const localPart = (addr) => addr.split('@')[0].toLowerCase();
const log = (...m) => console.log(new Date().toISOString(), ...m);

function session(sock) {
  let buf = '';
  let inData = false;
  let data = [];
  let from = '';
  let rcpts = [];
  const send = (line) => sock.write(`${line}\r\n`);
  const reset = () => {
    from = '';
    rcpts = [];
    data = [];
  };
  send(`220 ${HOST} ESMTP sink`);
  sock.on('data', (chunk) => {
    buf += chunk.toString('latin1');
    let i;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          const rule = rcpts.map((r) => DATA_REPLY[localPart(r)]).find(Boolean);
          if (rule) {
            log('DATA', from, rcpts.join(','), '->', rule);
            send(rule);
          } else {
            seq += 1;
            const name = `${String(seq).padStart(3, '0')}-${rcpts[0].replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`;
            fs.writeFileSync(path.join(OUT, name), Buffer.from(data.join('\r\n') + '\r\n', 'latin1'));
            log('SAVED', name, 'from', JSON.stringify(from));
            send('250 2.0.0 Ok: queued');
          }
          reset();
        } else {
          data.push(line.startsWith('.') ? line.slice(1) : line);
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') {
        send(`250-${HOST}`);
        send('250-SIZE 10240000');
        send('250-8BITMIME');
        send('250 PIPELINING');
      } else if (verb === 'HELO') send(`250 ${HOST}`);
      else if (verb === 'MAIL') {
        reset();
        from = (line.match(/<([^>]*)>/) ?? ['', ''])[1];
        send('250 2.1.0 Ok');
      } else if (verb === 'RCPT') {
        const a = (line.match(/<([^>]*)>/) ?? ['', ''])[1];
        const r = RCPT_REPLY[localPart(a)];
        log('RCPT', a, '->', r ? r(a) : '250');
        if (r) send(r(a));
        else {
          rcpts.push(a);
          send('250 2.1.5 Ok');
        }
      } else if (verb === 'DATA') {
        if (rcpts.length === 0) send('554 5.5.1 Error: no valid recipients');
        else {
          inData = true;
          send('354 End data with <CR><LF>.<CR><LF>');
        }
      } else if (verb === 'RSET') {
        reset();
        send('250 2.0.0 Ok');
      } else if (verb === 'NOOP') send('250 2.0.0 Ok');
      else if (verb === 'QUIT') {
        send('221 2.0.0 Bye');
        sock.end();
      } else send('502 5.5.2 Error: command not recognized');
    }
  });
  sock.on('error', () => {});
}

net.createServer(session).listen(PORT, '127.0.0.1', () => log('sink on', PORT, '->', OUT));
if (BUSY_PORT) {
  net
    .createServer((sock) => {
      log('BUSY connect');
      sock.on('error', () => {});
      sock.end(`421 4.3.2 ${HOST} Service shutting down, closing transmission channel\r\n`);
    })
    .listen(BUSY_PORT, '127.0.0.1', () => log('busy on', BUSY_PORT));
}
