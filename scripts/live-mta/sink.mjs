// A scripted SMTP sink for making real MTAs write real bounces (no dependencies).
// Usage: node sink.mjs PORT [greeting]   greeting "421" answers 421 at connect and closes.
// Each RCPT's local part picks the reply, e.g. r550-511@x answers "550 5.1.1 ..." at RCPT;
// d552-534@x accepts RCPT and answers "552 5.3.4 ..." after DATA; "hang@" never answers DATA's end;
// anything else is accepted. Replies are the wordings common servers use, written here by hand.
import net from 'node:net';

const port = Number(process.argv[2] ?? 2601);
const greeting = process.argv[3] ?? '220';

/** The text each scripted code answers with. */
const TEXT = {
  '550-511': '550 5.1.1 <%a>: Recipient address rejected: User unknown in local recipient table',
  '550-512': '550 5.1.2 <%a>: Recipient address rejected: Domain not found',
  '452-422': '452 4.2.2 <%a>: Mailbox full, try again later',
  '552-422': '552 5.2.2 <%a>: Mailbox full',
  '552-534': '552 5.3.4 Message size exceeds fixed limit',
  '554-571': '554 5.7.1 <%a>: Relay access denied',
  '550-571': '550 5.7.1 <%a>: Recipient address rejected: Access denied',
  '451-430': '451 4.3.0 <%a>: Temporary lookup failure',
  '450-421': '450 4.2.1 <%a>: Recipient address rejected: Greylisted, see http://postgrey.example.org/',
  '421-421': '421 4.4.2 sink.example.org Error: timeout exceeded',
  '550-5726':
    "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
};

function replyFor(local, addr) {
  const m = /^[rd](\d{3}-\d{2,4})$/.exec(local);
  if (!m) return null;
  const t = TEXT[m[1]];
  return t ? t.replace('%a', addr) : `${m[1].slice(0, 3)} scripted reply`;
}

const server = net.createServer((sock) => {
  if (greeting === '421') {
    sock.end('421 4.3.2 sink.example.org Service not available, closing transmission channel\r\n');
    return;
  }
  sock.write('220 sink.example.org ESMTP sink\r\n');
  let buf = '';
  let inData = false;
  let rcpts = [];
  const write = (l) => {
    if (!sock.destroyed) sock.write(l + '\r\n');
  };
  sock.on('error', () => {});
  sock.on('data', (chunk) => {
    buf += chunk.toString('latin1');
    for (;;) {
      if (inData) {
        const end = buf.indexOf('\r\n.\r\n');
        if (end < 0) return;
        buf = buf.slice(end + 5);
        inData = false;
        if (rcpts.some((r) => r.local === 'hang')) return; // never answer: the client times out
        const late = rcpts
          .map((r) => (r.local.startsWith('d') ? replyFor(r.local, r.addr) : null))
          .find(Boolean);
        write(late ?? '250 2.0.0 Ok: queued as 4XyZ1');
        rcpts = [];
        continue;
      }
      const nl = buf.indexOf('\r\n');
      if (nl < 0) return;
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO')
        write('250-sink.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME');
      else if (verb === 'HELO') write('250 sink.example.org');
      else if (verb === 'MAIL') {
        rcpts = [];
        const from = (/<([^>]*)>/.exec(line) ?? [])[1] ?? '';
        // a sender whose local part is m553-571 is refused at MAIL FROM
        if (from.toLowerCase().startsWith('m553-571@'))
          write(`553 5.7.1 <${from}>: Sender address rejected: not owned by user`);
        else write('250 2.1.0 Ok');
      } else if (verb === 'RCPT') {
        const addr = (/<([^>]*)>/.exec(line) ?? [])[1] ?? '';
        const local = addr.split('@')[0].toLowerCase();
        const r = local.startsWith('r') ? replyFor(local, addr) : null;
        if (r) write(r);
        else {
          rcpts.push({ local, addr });
          write('250 2.1.5 Ok');
        }
      } else if (verb === 'DATA') {
        if (rcpts.length === 0) write('554 5.5.1 Error: no valid recipients');
        else {
          inData = true;
          write('354 End data with <CR><LF>.<CR><LF>');
        }
      } else if (verb === 'QUIT') {
        write('221 2.0.0 Bye');
        sock.end();
        return;
      } else if (verb === 'RSET' || verb === 'NOOP') write('250 2.0.0 Ok');
      else write('502 5.5.2 Error: command not recognized');
    }
  });
});
server.listen(port, '127.0.0.1', () => console.log(`sink on ${port} (${greeting})`));
