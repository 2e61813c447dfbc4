import { parseSettings, type ReplyCoachSettings } from '../core/settings';
import { formatWait, summarizeThread, type ThreadSummary } from '../thread/summary';
import type { Person, ThreadMessage } from '../thread/types';
import type { CliIO } from './io';
import { localeFromEnv, readClock } from './clock';
import { decodeText, parseDraftInput, readDraftInput, UsageError } from './input';
import '../thread/holidays';

export const THREAD_USAGE =
  'Usage: coach thread --me ADDRESS [--tz ZONE] [--now ISO] [--json] FILE\n' +
  '  FILE     a draft reply: .txt, .html or .eml ("-" reads text from standard input)\n' +
  '  --me     your own address (required); "Your Name <address>" also knows you by name\n' +
  "  --tz     your time zone, IANA or Windows name (default: this machine's)\n" +
  '  --now    the moment to measure to, ISO 8601 (default: now; without an offset it is read in --tz)\n' +
  '  --locale locale of the Outlook that quoted the headers, e.g. en-US or en-GB; decides 01/03/11\n' +
  '           (default: from LC_ALL, LC_TIME or LANG; without one, all-numeric dates stay unread)\n' +
  '  --settings FILE  Reply Coach settings as JSON (work schedule, holidays, reply target, colleagues)\n' +
  '  --json   print the thread and wait as JSON\n';

/** Exit codes: 0 done, 2 bad usage or unreadable input, 1 a bug. */
const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_USAGE = 2;

interface ThreadArgs {
  me: string;
  /** The display name given with --me, for quoted headers that show only a name. */
  myName: string | null;
  tz: string | null;
  now: string | null;
  locale: string | null;
  settingsFile: string | null;
  json: boolean;
  file: string;
}

function parseArgs(args: string[]): ThreadArgs | 'help' {
  let me: string | null = null;
  let tz: string | null = null;
  let now: string | null = null;
  let locale: string | null = null;
  let settingsFile: string | null = null;
  let json = false;
  const files: string[] = [];

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '-' || arg.charAt(0) !== '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--me' && name !== '--tz' && name !== '--now' && name !== '--locale' && name !== '--settings')
      throw new UsageError('unknown option ' + name);
    let value: string;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      if (i + 1 >= args.length) throw new UsageError(name + ' needs a value');
      value = args[++i];
    }
    if (name === '--me') me = value;
    else if (name === '--tz') tz = value;
    else if (name === '--locale') locale = value;
    else if (name === '--settings') settingsFile = value;
    else now = value;
  }

  if (me === null || me.trim() === '') throw new UsageError('--me ADDRESS is required');
  let myName: string | null = null;
  let address = me.trim();
  const angle = /^(.*)<([^<>]*)>$/.exec(address);
  if (angle) {
    myName = angle[1].trim().replace(/^"(.*)"$/, '$1') || null;
    address = angle[2].trim();
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new UsageError('--me must be an email address, got "' + me + '"');
  if (files.length === 0) throw new UsageError('no draft file given');
  if (files.length > 1) throw new UsageError('one draft file at a time, got ' + files.length);
  if (locale !== null && !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(locale)) {
    throw new UsageError('--locale must be a language tag such as en-US, got "' + locale + '"');
  }
  return {
    me: address,
    myName,
    tz,
    now,
    locale: locale === null ? null : locale.replace(/_/g, '-'),
    settingsFile,
    json,
    file: files[0],
  };
}

interface ParseContext {
  timeZone: string;
  now: Date;
  locale?: string;
}

/** "en_GB.UTF-8" → "en-GB"; POSIX "C" and unset give nothing. */
async function readThread(args: ThreadArgs, io: CliIO, context: ParseContext): Promise<ThreadMessage[]> {
  return parseDraftInput(await readDraftInput(args.file, io), context).messages;
}

/** One spelling of UTC instants in the output, whatever the source wrote. */
function normalizeIso(value: string | null): string | null {
  if (value === null) return null;
  const ms = Date.parse(value);
  return isNaN(ms) ? null : new Date(ms).toISOString();
}

function personJson(person: Person): { name: string | null; address: string | null } {
  return { name: person.name, address: person.address };
}

/** The CLI's JSON contract: what the fixtures' .expected.json files hold. */
export interface ThreadJson {
  messages: Array<{
    from: { name: string | null; address: string | null };
    sentAt: string | null;
    to: Array<{ name: string | null; address: string | null }>;
    subject: string | null;
  }>;
  client: { name: string | null; address: string | null } | null;
  waitingSince: string | null;
  waited: { calendarMinutes: number | null; businessMinutes: number | null };
  sla: { targetMinutes: number; state: ThreadSummary['sla']['state'] };
}

export function summaryToJson(summary: ThreadSummary): ThreadJson {
  return {
    messages: summary.messages.map((m) => ({
      from: personJson(m.from),
      sentAt: normalizeIso(m.sentAt),
      to: m.to.map(personJson),
      subject: m.subject,
    })),
    client: summary.client ? personJson(summary.client) : null,
    waitingSince: summary.waitingSince,
    waited: { calendarMinutes: summary.waited.calendarMinutes, businessMinutes: summary.waited.businessMinutes },
    sla: { targetMinutes: summary.sla.targetMinutes, state: summary.sla.state },
  };
}

/** Settings as the add-in stores them; fields it can't read fall back to defaults with a warning. */
async function readSettings(file: string, io: CliIO): Promise<ReplyCoachSettings> {
  let text: string;
  try {
    text = decodeText(await io.readFile(file));
  } catch (error) {
    throw new UsageError('cannot read ' + file + ': ' + (error instanceof Error ? error.message : String(error)));
  }
  try {
    JSON.parse(text);
  } catch {
    throw new UsageError(file + ' is not JSON');
  }
  const loaded = parseSettings(text);
  if (loaded.notice) io.stderr('coach thread: ' + file + ': ' + loaded.notice + '\n');
  return loaded.settings;
}

/** `coach thread`: who the client is in a draft's quoted history and how long they have waited. */
export async function runThreadCommand(args: string[], io: CliIO): Promise<number> {
  try {
    const parsed = parseArgs(args);
    if (parsed === 'help') {
      io.stdout(THREAD_USAGE);
      return EXIT_OK;
    }

    const { zone, now } = readClock(parsed.tz, parsed.now, io);

    const settings = parsed.settingsFile !== null ? await readSettings(parsed.settingsFile, io) : undefined;
    const locale = parsed.locale !== null ? parsed.locale : localeFromEnv(io.env);
    const messages = await readThread(parsed, io, { timeZone: zone, now, locale });
    const summary = summarizeThread(messages, {
      me: parsed.me,
      myAliases: parsed.myName !== null ? [parsed.myName] : undefined,
      timeZone: zone,
      now,
      settings,
    });
    if (parsed.json) io.stdout(JSON.stringify(summaryToJson(summary), null, 2) + '\n');
    else io.stdout(formatWait(summary) + '\n');
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr('coach thread: ' + error.message + '\n' + THREAD_USAGE);
      return EXIT_USAGE;
    }
    // Parsing never throws by design; if something else does, say so instead of a stack trace.
    io.stderr('coach thread: internal error: ' + (error instanceof Error ? error.message : String(error)) + '\n');
    return EXIT_INTERNAL;
  }
}
