#!/usr/bin/env node
// bounce-lens: diagnose bounced email, or summarize thousands of them, from files, folders
// (maildir included), mbox, .gz, Outlook .msg files and standard input.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import { chooseLanguage, loadLanguage, type Language } from '../i18n';
import { CLI_CATALOGS } from '../i18n/cli-catalogs';
import { loadTextExtras } from './text-extras';
import { sources, type Source } from './inputs';
import { isLargeFile, runInProcess, runInWorkers, workerFile } from './pool';
import type { MessageResult, Want } from './process-source';
import { Progress } from './progress';
import { CSV_HEADER } from './record';
import { Summary } from './summary';
import { summaryHtml } from './summary-html';
import { summaryText } from './summary-text';

const INPUTS = `  Inputs: .eml, .txt and extension-less files, mbox files (one result per message), maildir
  folders (cur/ and new/), gzip-compressed files (.gz), Outlook .msg files, and - for standard
  input. Directories are walked recursively in sorted order.`;

const COMMON = `  --lang LANG      the text output's language: en, de, fr, es, pt-BR, it, nl, ja, zh-CN, ko
                   (default: from LC_ALL, LC_MESSAGES or LANG; English otherwise). JSON keeps
                   ids and English, with "lang" when another language was asked for
  -j, --jobs N     threads that diagnose: this one and N - 1 workers (default: the
                   available cores)
  -h, --help       this help`;

const EXIT = `  Exit code: 0 when every input was read, 1 when some input could not be read (each gets an
  error of its own; the run goes on), 2 on a usage error.`;

export const USAGE = {
  main: `usage: bounce-lens <command> [options] <file|dir|->...

  diagnose    per message: which recipients failed, why, who must fix it, and how
  summarize   many bounces at once: counts by owner, category and destination domain

  bounce-lens <command> --help   the command's options
  bounce-lens --version`,
  diagnose: `usage: bounce-lens diagnose [--json | --csv | --addresses] [--jobs N] <file|dir|->...

  Says, per message, which recipients failed, why, and who must fix it.

  --json           JSON Lines: one object per message (see README, "JSON output")
  --csv            CSV, one row per recipient (a message without recipients gets one row)
  --addresses      the addresses to remove from a list: permanent failures of the address
                   itself (no such mailbox or domain, a closed mailbox, suppressed), one per
                   line, each once
${COMMON}

${INPUTS}

${EXIT}`,
  summarize: `usage: bounce-lens summarize [--json | --csv | --addresses] [--html FILE] [--top N] [--jobs N] <file|dir|->...

  Counts failed recipients by who must fix it (owner), then category, then destination domain,
  worst first, with the reporting MTAs, first and last dates, one example server line per group
  and the distinct failed addresses.

  --json           the summary as one JSON object
  --csv            one row per failed or delayed recipient, for a spreadsheet
  --addresses      the addresses to remove from a list (as diagnose --addresses)
  --html FILE      also write a self-contained HTML report (charts, a sortable table) to FILE
  --top N          domains shown per category in the text output (default 5; 0 for all)
${COMMON}

${INPUTS}

${EXIT}`,
};

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  /** LC_ALL, LC_MESSAGES and LANG choose the text output's language (when no --lang); a run
   *  without them is in English. */
  env?: Readonly<Record<string, string | undefined>>;
}

type Command = 'diagnose' | 'summarize';

interface Options {
  readonly command: Command;
  readonly targets: string[];
  readonly format: 'text' | 'json' | 'csv' | 'addresses';
  readonly html: string | null;
  readonly top: number;
  readonly jobs: number;
  /** --lang, as given; null when absent. */
  readonly lang: string | null;
}

class UsageError extends Error {}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(require.resolve('../../package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function positiveInt(value: string | undefined, name: string, allowZero: boolean): number | null {
  if (value === undefined) return null;
  const x = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(x) || (x === 0 && !allowZero))
    throw new UsageError(`${name} wants a ${allowZero ? 'number' : 'positive number'}, not "${value}"`);
  return x;
}

function parseCommand(command: Command, args: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      addresses: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...(command === 'summarize' ? { html: { type: 'string' }, top: { type: 'string' } } : {}),
    },
  });
  if (values.help) return 'help';
  const chosen = (['json', 'csv', 'addresses'] as const).filter((k) => values[k]);
  if (chosen.length > 1) throw new UsageError(`choose one of --${chosen.join(', --')}`);
  const v = values as { html?: string; top?: string };
  if (v.html === '') throw new UsageError('--html wants a file name');
  if (positionals.length === 0) throw new UsageError('no input given');
  return {
    command,
    targets: positionals,
    format: chosen[0] ?? 'text',
    html: v.html ?? null,
    top: positiveInt(v.top, '--top', true) ?? 5,
    jobs: positiveInt(values.jobs, '--jobs', false) ?? os.availableParallelism(),
    lang: values.lang ?? null,
  };
}

/** parseArgs' errors in a line of our own: "unknown option: --jsno". */
function usageMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const quoted = /'([^']{1,200})'/.exec(message);
    return `unknown option: ${quoted ? quoted[1] : message}`;
  }
  return message;
}

// Below this many sources (unless one is a large mbox, which is split), starting worker threads
// costs more than it saves.
const MIN_SOURCES_FOR_WORKERS = 16;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === '--version' || cmd === '-V') {
    io.out(`bounce-lens ${version()}\n`);
    return 0;
  }
  if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
    const topic = rest[0];
    io.out((topic === 'diagnose' || topic === 'summarize' ? USAGE[topic] : USAGE.main) + '\n');
    return 0;
  }
  if (cmd !== 'diagnose' && cmd !== 'summarize') {
    io.err((cmd ? `unknown command: ${cmd}\n` : '') + USAGE.main + '\n');
    return 2;
  }
  let opts: Options | 'help';
  try {
    opts = parseCommand(cmd, rest);
  } catch (e) {
    io.err(`${usageMessage(e)}\n${USAGE[cmd]}\n`);
    return 2;
  }
  if (opts === 'help') {
    io.out(USAGE[cmd] + '\n');
    return 0;
  }
  const lang = chooseLanguage({
    requested: opts.lang,
    preferred: [io.env?.['LC_ALL'], io.env?.['LC_MESSAGES'], io.env?.['LANG']],
  });
  return execute(opts, io, await loadLanguage(lang, CLI_CATALOGS));
}

function wantOf(o: Options, lang: Language): Want {
  const summarize = o.command === 'summarize';
  const out =
    o.format === 'json'
      ? summarize
        ? null
        : 'json'
      : o.format === 'csv'
        ? summarize
          ? 'csv-failed'
          : 'csv'
        : o.format === 'text'
          ? summarize
            ? null
            : 'text'
          : null;
  return {
    out,
    record: summarize && (o.format === 'text' || o.format === 'json' || o.html !== null),
    addresses: o.format === 'addresses',
    lang,
  };
}

async function execute(o: Options, io: CliIo, lang: Language): Promise<number> {
  const want = wantOf(o, lang);
  await loadTextExtras(want);
  const list: Source[] = [...sources(o.targets)];
  const progress = new Progress(list.length, io.isTty ? io.err : null);
  const summary = want.record ? new Summary() : null;
  const seen = new Set<string>();
  let failed = false;
  if (want.out === 'csv' || want.out === 'csv-failed') io.out(CSV_HEADER);
  const sink = {
    result(r: MessageResult) {
      progress.message();
      if (r.error) failed = true;
      if (r.out) io.out(r.out);
      if (summary && r.record) summary.add(r.record);
      for (const a of r.addresses) {
        if (seen.has(a)) continue;
        seen.add(a);
        io.out(a + '\n');
      }
    },
    sourceDone: () => progress.sourceDone(),
  };
  const worker = workerFile();
  try {
    if (o.jobs > 1 && worker && (list.length >= MIN_SOURCES_FOR_WORKERS || list.some((s) => isLargeFile(s))))
      await runInWorkers(list, want, o.jobs, worker, sink);
    else runInProcess(list, want, sink);
  } finally {
    progress.end();
  }
  if (summary) {
    const report = summary.report();
    if (o.format === 'json') io.out(JSON.stringify(report, null, 2) + '\n');
    else if (o.format === 'text') io.out(summaryText(report, o.top));
    if (o.html !== null) {
      const page = summaryHtml(report);
      try {
        fs.writeFileSync(o.html, page);
      } catch (e) {
        io.err(`could not write ${o.html}: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
      }
      io.err(`wrote ${o.html} (${Math.ceil(Buffer.byteLength(page) / 1024)} KB)\n`);
    }
  }
  return failed ? 1 : 0;
}

// Standard output in writes of about 64 KB, not one per message: a write is a system call and a
// trip through Node's stream code, a few percent of a run over thousands of small files (issue 11).
// A terminal gets each piece at once, as it comes.
const OUT_BATCH = 64 * 1024;

function batchedOut(): { write: (s: string) => void; flush: () => void } {
  if (process.stdout.isTTY)
    return {
      write: (s) => process.stdout.write(s),
      flush: () => undefined,
    };
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (s) => {
      pending.push(s);
      size += s.length;
      if (size >= OUT_BATCH) flush();
    },
    flush,
  };
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const out = batchedOut();
  run(process.argv.slice(2), {
    out: out.write,
    err: (s) => process.stderr.write(s),
    isTty: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then(
    (code) => {
      out.flush();
      process.exitCode = code;
    },
    (e: unknown) => {
      out.flush();
      process.stderr.write(`bounce-lens: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
