import { analyze, threadContextFrom, type ThreadContext } from '../core';
import { summarizeThread } from '../thread/summary';
import '../thread/holidays';
import { localeFromEnv, readClock, type Clock } from './clock';
import { CATEGORY_LABELS } from '../core/categories';
import { previewSuggestion } from '../core/preview';
import type { Finding } from '../core/types';
import type { CliIO } from './io';
import { parseDraftInput, readDraftInput, UsageError, type DraftInput } from './input';

export const CHECK_USAGE =
  'usage: coach check [--json] [--me ADDRESS] [--tz ZONE] [--now ISO] [FILE ...|-]\n' +
  '       coach check --jsonl < lines.jsonl\n' +
  '  FILE     a reply: .txt, .html or .eml ("-" or no FILE reads text from standard input)\n' +
  '  --json   print findings as JSON ({"file","findings":[…]} per file)\n' +
  '  --jsonl  read {"id","text"} lines from standard input, write {"id","findings"} lines\n' +
  'With quoted history in the reply, unanswered questions, unacknowledged complaints and long waits are\n' +
  'checked too: --me is you (default: the .eml sender, else whom the last quoted message was sent to),\n' +
  "--tz the zone header times are read in (default: this machine's), --now the moment to measure to.\n" +
  'Exit status: 0 clean, 1 findings, 2 usage or input error.\n';

interface CheckArgs {
  json: boolean;
  jsonl: boolean;
  files: string[];
  me: string | null;
  tz: string | null;
  now: string | null;
}

function parseArgs(args: string[]): CheckArgs {
  const parsed: CheckArgs = { json: false, jsonl: false, files: [], me: null, tz: null, now: null };
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!onlyFiles && (arg === '--me' || arg === '--tz' || arg === '--now')) {
      const value = args[++i];
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value`);
      parsed[arg === '--me' ? 'me' : arg === '--tz' ? 'tz' : 'now'] = value;
    } else if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg === '--json') parsed.json = true;
    else if (!onlyFiles && arg === '--jsonl') parsed.jsonl = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else parsed.files.push(arg);
  }
  if (parsed.jsonl && (parsed.json || parsed.files.length > 0)) {
    throw new UsageError('--jsonl reads standard input and takes no FILE or --json');
  }
  if (parsed.files.length === 0) parsed.files.push('-');
  if (parsed.files.filter((f) => f === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once');
  return parsed;
}

/** 1-based line and column (in UTF-16 units, as editors index JavaScript strings) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function formatHuman(name: string, text: string, findings: Finding[]): string {
  if (findings.length === 0) return `${name}: ready to send, nothing found\n`;
  let out = `${name}\n`;
  for (const f of findings) {
    const { line, column } = lineColumn(text, f.start);
    out += `  ${line}:${column}  ${f.severity.padEnd(7)}  ${f.category}  ${CATEGORY_LABELS[f.category]}: ${f.message}  [${f.ruleId}]\n`;
    out += `      "${oneLine(f.text)}"\n`;
    const first = f.suggestions[0];
    const rewrite = first ? previewSuggestion(text, f, first.edits).after : null;
    if (rewrite !== null) out += `      → ${oneLine(rewrite) || '(remove it)'}\n`;
  }
  const n = findings.length;
  out += `  ${n} ${n === 1 ? 'finding' : 'findings'}\n`;
  return out;
}

async function checkJsonl(io: CliIO, clock: CheckClock): Promise<number> {
  const input = await io.readStdin();
  let any = false;
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const record: unknown = JSON.parse(line);
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Error('expected an object');
      id = (record as { id?: unknown }).id === undefined ? null : (record as { id?: unknown }).id;
      const text = (record as { text?: unknown }).text;
      if (typeof text !== 'string') throw new Error('"text" must be a string');
      const { findings } = analyze(text, { thread: threadOf({ text, html: null }, null, clock) });
      if (findings.length) any = true;
      io.stdout(JSON.stringify({ id, findings }) + '\n');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stdout(JSON.stringify({ id, error: `line ${i + 1}: ${reason}` }) + '\n');
    }
  }
  return any ? 1 : 0;
}

interface CheckClock extends Clock {
  locale: string | undefined;
}

/** The thread in the reply's quoted history, as the thread-aware checks need it; null without one. */
function threadOf(input: DraftInput, me: string | null, clock: CheckClock): ThreadContext | null {
  const parsed = parseDraftInput(input, { timeZone: clock.zone, now: clock.now, locale: clock.locale });
  if (parsed.messages.length === 0) return null;
  // Without --me: the user is the sender of an .eml draft, else whom the newest quoted message went to.
  const newest = parsed.messages[0];
  const user = me || input.from || (newest.to.length > 0 ? newest.to[0].address : null) || '';
  const summary = summarizeThread(parsed.messages, { me: user, timeZone: clock.zone, now: clock.now });
  return threadContextFrom(summary);
}

export async function runCheckCommand(args: string[], io: CliIO): Promise<number> {
  let parsed: CheckArgs;
  let clock: CheckClock;
  try {
    parsed = parseArgs(args);
    clock = { ...readClock(parsed.tz, parsed.now, io), locale: localeFromEnv(io.env) };
  } catch (error) {
    io.stderr(`coach check: ${(error as Error).message}\n${CHECK_USAGE}`);
    return 2;
  }
  if (parsed.jsonl) return checkJsonl(io, clock);

  let any = false;
  let failed = false;
  const results: Array<{ file: string; findings: Finding[] }> = [];
  for (const file of parsed.files) {
    try {
      const input = await readDraftInput(file, io);
      const { findings } = analyze(input.text, { thread: threadOf(input, parsed.me, clock) });
      if (findings.length) any = true;
      if (parsed.json) results.push({ file: file === '-' ? '<stdin>' : file, findings });
      else io.stdout(formatHuman(file === '-' ? '<stdin>' : file, input.text, findings));
    } catch (error) {
      failed = true;
      io.stderr(`coach check: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (parsed.json)
    io.stdout(JSON.stringify(results.length === 1 && parsed.files.length === 1 ? results[0] : results, null, 2) + '\n');
  if (failed) return 2;
  return any ? 1 : 0;
}
