#!/usr/bin/env node
// bounce-lens: diagnose bounced email from files, folders and mbox files.
import { diagnose } from '../diagnosis/index';
import { toJson, toText } from './format';
import { readMessages } from './inputs';

const USAGE = `usage: bounce-lens diagnose [--json] <file|dir>...

  Reads .eml, .txt, mbox and extension-less files (directories recursively, in sorted order)
  and says, per message, which recipients failed, why, and who must fix it.

  --json   JSON Lines: one object per message (see README, "JSON output")
  -h, --help`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
}

export function run(argv: string[], io: CliIo): number {
  const [cmd, ...rest] = argv;
  if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (cmd !== 'diagnose') {
    io.err((cmd ? `unknown command: ${cmd}\n` : '') + USAGE + '\n');
    return 2;
  }
  let json = false;
  const targets: string[] = [];
  for (const a of rest) {
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      io.out(USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.err(`unknown option: ${a}\n${USAGE}\n`);
      return 2;
    } else targets.push(a);
  }
  if (targets.length === 0) {
    io.err(`no input given\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  let count = 0;
  let lastProgress = Date.now();
  const started = lastProgress;
  for (const t of targets) {
    for (const m of readMessages(t)) {
      count++;
      const d = m.bytes ? diagnose(m.bytes) : null;
      if (m.error) failed = true;
      io.out(json ? JSON.stringify(toJson(m.file, d, m.error)) + '\n' : toText(m.file, d, m.error));
      // Progress only for people watching a long run, on stderr so JSON stays clean.
      const now = Date.now();
      if (io.isTty && now - lastProgress > 1000 && now - started > 2000) {
        lastProgress = now;
        io.err(`\r${count} messages read...`);
      }
    }
  }
  if (io.isTty && Date.now() - started > 2000) io.err(`\r${count} messages read.\n`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTty: Boolean(process.stderr.isTTY),
  });
  process.exitCode = code;
}
