/**
 * Measures the reply/quote split on the third-party corpus in ../shared/corpus (see its README),
 * next to planer and email-reply-parser on the same checks, plus message counts (alfonsrv) and
 * sender/date metadata (quotequail).
 *
 * Scoring rule (printed with the table):
 *  - exact checks, strict: our reply with white space collapsed equals the expected text collapsed
 *    (all white space removed for `wsFree` checks).
 *  - exact checks, tolerant: strict, or one side equals the other plus a short trailing
 *    signature-like block (at most 160 characters with no ":", "@", "<", ">" or divider runs, or at most
 *    300 characters starting with "-- " or a sign-off word such as "Regards,"), because
 *    the upstream projects disagree on whether sign-offs, names and "Sent from my …" lines belong to the reply.
 *  - snippet checks: every `contains` phrase is in the reply and no `notContains` phrase is (both ways).
 *  - HTML inputs are compared on visible text (our HTML-to-text for every side, planer's output included).
 *
 * Usage: npx tsx scripts/eval-thread.ts [--corpus DIR] [--no-peers] [--failures] [--json FILE]
 */
import * as fs from 'fs';
import * as path from 'path';
import { htmlToText } from '../src/thread/html';
import { parseDraft, parseDraftHtml, ParseOptions } from '../src/thread/parse';
import '../src/thread/chronoDates';
import type { TextRange } from '../src/thread/split';
import type { ThreadMessage } from '../src/thread/types';

export interface CorpusCheck {
  set: string;
  id: string;
  file: string;
  format: 'text' | 'html' | 'eml';
  kind: 'exact' | 'snippet';
  text?: string;
  expected?: string;
  expectedHtmlFile?: string;
  contains?: string[];
  notContains?: string[];
  wsFree?: boolean;
  note?: string;
}

export interface Verdict {
  strict: boolean;
  tolerant: boolean;
}

export const DEFAULT_CORPUS = path.resolve(__dirname, '../../shared/corpus');
const OPTIONS: ParseOptions = { timeZone: 'UTC', now: new Date('2026-01-01T00:00:00Z') };

export function loadChecks(corpus: string): CorpusCheck[] {
  return JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as CorpusCheck[];
}

export type Input = { kind: 'text'; text: string } | { kind: 'html'; html: string };

export async function readInput(corpus: string, check: CorpusCheck): Promise<Input> {
  if (check.text !== undefined)
    return { kind: check.format === 'html' ? 'html' : 'text', text: check.text, html: check.text } as Input;
  const file = path.join(corpus, check.file);
  if (check.format === 'html') return { kind: 'html', html: fs.readFileSync(file, 'utf8') };
  if (check.format === 'eml') {
    // postal-mime decodes charsets and transfer encodings; we take the first text/plain part.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const PostalMime = require('postal-mime') as { parse(raw: Buffer): Promise<{ text?: string; html?: string }> };
    const mail = await PostalMime.parse(fs.readFileSync(file));
    return { kind: 'text', text: mail.text || '' };
  }
  return { kind: 'text', text: fs.readFileSync(file, 'utf8') };
}

/**
 * Our reply for scoring: from the start of the first reply segment to the end of the last one, so an
 * inline answer keeps the quoted lines it answers (as every upstream project scores it). For a
 * top-posted reply this is exactly `newText`.
 */
export function ourReply(input: Input): string {
  if (input.kind === 'html') {
    const parsed = parseDraftHtml(input.html, OPTIONS);
    return spanOf(parsed.text, parsed.replyRanges, parsed.newText);
  }
  const parsed = parseDraft(input.text, OPTIONS);
  return spanOf(input.text, parsed.replyRanges, parsed.newText);
}

function spanOf(text: string, ranges: TextRange[], fallback: TextRange): string {
  if (ranges.length === 0) return text.slice(fallback.start, fallback.end);
  return text.slice(ranges[0].start, ranges[ranges.length - 1].end);
}

export function ourMessages(input: Input): ThreadMessage[] {
  return input.kind === 'html'
    ? parseDraftHtml(input.html, OPTIONS).messages
    : parseDraft(input.text, OPTIONS).messages;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function wsFree(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Sign-off openers: a tail starting with one of these is a signature block whatever it contains. */
const SIGN_OFF =
  /^(-- |--$|regards|best|thanks|thank you|cheers|sincerely|kind regards|best regards|mit freundlichen|viele gr|cordialement|bien cordialement|saludos|atentamente|groeten|met vriendelijke|cordiali saluti|atenciosamente)/i;

/** A trailing block that one project counts as signature and another as reply text. */
function isSignatureLike(tail: string): boolean {
  const t = tail.trim();
  // A signature delimiter or sign-off starting the tail: the cut itself is right, only the policy differs.
  if (t.length <= 300 && SIGN_OFF.test(t)) return true;
  if (t.length > 160) return false;
  if (/[:@<>]/.test(t)) return false;
  return !/(--|__|==)/.test(t);
}

export function expectedText(corpus: string, check: CorpusCheck): string | null {
  if (check.expected !== undefined) return check.expected;
  if (check.expectedHtmlFile !== undefined)
    return htmlToText(fs.readFileSync(path.join(corpus, check.expectedHtmlFile), 'utf8')).text;
  return null;
}

export function judge(corpus: string, check: CorpusCheck, reply: string): Verdict {
  const norm = check.wsFree ? wsFree : collapse;
  if (check.kind === 'snippet') {
    const got = norm(reply);
    const ok =
      (check.contains || []).every((p) => got.indexOf(norm(p)) !== -1) &&
      (check.notContains || []).every((p) => got.indexOf(norm(p)) === -1);
    return { strict: ok, tolerant: ok };
  }
  const expected = expectedText(corpus, check);
  if (expected === null) return { strict: false, tolerant: false };
  const a = norm(reply);
  const b = norm(expected);
  if (a === b) return { strict: true, tolerant: true };
  let tolerant = false;
  if (a.indexOf(b) === 0) tolerant = isSignatureLike(a.slice(b.length));
  else if (b.indexOf(a) === 0) tolerant = isSignatureLike(b.slice(a.length));
  return { strict: false, tolerant };
}

interface Peer {
  name: string;
  reply(input: Input): string;
}

function loadPeers(): Peer[] {
  const peers: Peer[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const planer = require('planer') as { extractFrom(body: string, type: string, doc?: unknown): string };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: { document: unknown } } };
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    peers.push({
      name: 'planer',
      reply(input) {
        if (input.kind === 'html')
          return htmlToText(planer.extractFrom(input.html, 'text/html', dom.window.document)).text;
        return planer.extractFrom(input.text, 'text/plain');
      },
    });
  } catch (error) {
    console.warn('planer unavailable:', (error as Error).message);
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('email-reply-parser') as { default?: unknown };
    const EmailReplyParser = (mod.default || mod) as new () => { read(text: string): { getVisibleText(): string } };
    peers.push({
      name: 'email-reply-parser',
      reply(input) {
        const text = input.kind === 'html' ? htmlToText(input.html).text : input.text;
        return new EmailReplyParser().read(text).getVisibleText();
      },
    });
  } catch (error) {
    console.warn('email-reply-parser unavailable:', (error as Error).message);
  }
  return peers;
}

export interface SetScore {
  set: string;
  n: number;
  strict: number;
  tolerant: number;
}

export interface CorpusResult {
  bySet: SetScore[];
  total: SetScore;
  failures: Array<{ check: CorpusCheck; reply: string }>;
}

/** Runs our parser over every check; used by the jest corpus test as well as this script. */
export async function scoreOurs(corpus: string, checks: CorpusCheck[] = loadChecks(corpus)): Promise<CorpusResult> {
  const scores = new Map<string, SetScore>();
  const total: SetScore = { set: 'all', n: 0, strict: 0, tolerant: 0 };
  const failures: Array<{ check: CorpusCheck; reply: string }> = [];
  for (const check of checks) {
    const input = await readInput(corpus, check);
    const reply = ourReply(input);
    const verdict = judge(corpus, check, reply);
    const score = scores.get(check.set) || { set: check.set, n: 0, strict: 0, tolerant: 0 };
    for (const s of [score, total]) {
      s.n++;
      if (verdict.strict) s.strict++;
      if (verdict.tolerant) s.tolerant++;
    }
    scores.set(check.set, score);
    if (!verdict.tolerant) failures.push({ check, reply });
  }
  return { bySet: Array.from(scores.values()), total, failures };
}

/** Messages per thread asserted by alfonsrv/mail-parser-reply's tests (README of the corpus). */
export const ALFONSRV_COUNTS: Record<string, number> = {
  email_1_3: 3,
  email_3_1: 5,
  multiline_on: 4,
  headers_no_delimiter: 3,
  sv_anon_1: 3,
  email_1_4: 2,
  email_1_6: 2,
  email_1_7: 2,
  email_1_8: 2,
  email_2_1: 2,
  email_2_3: 2,
  ja_1_2: 2,
  nl_1_2: 2,
  pl_1_2: 2,
  swedish_1: 2,
  danish_1: 2,
  danish_2: 2,
  danish_3: 2,
  danish_4: 2,
  email_1_1: 1,
  email_1_5: 1,
  pl_1_1: 1,
  pl_1_3: 1,
  ja_1_1: 1,
  nl_1_1: 1,
  swedish_2: 1,
  danish_5: 1,
};

/** Quoted-message metadata asserted by closeio/quotequail's tests (README of the corpus). */
export const QUOTEQUAIL_META: Array<{ file: string; from: string; date: string; to?: string; subject?: string }> = [
  { file: 'apple_reply', from: 'John Doe <john@doe.example>', date: '2016-03-25, at 23:01' },
  { file: 'gmail_reply', from: 'Foo Bar <foo@bar.example>', date: 'Wed, Mar 16, 2016 at 12:49 AM' },
  {
    file: 'apple_forward',
    from: 'Foo Bar <foo@bar.example>',
    to: 'John Doe <john@doe.example>',
    date: 'March 24, 2016 at 20:16:25 GMT+1',
    subject: 'The Subject',
  },
  {
    file: 'gmail_forward',
    from: 'Foo Bar <foo@bar.example>',
    to: 'John Doe <john@doe.example>',
    date: 'Thu, Mar 24, 2016 at 5:17 PM',
    subject: 'The Subject',
  },
  {
    file: 'outlook_forward',
    from: 'John Doe',
    to: 'Foo Bar (foo@bar.example)',
    date: 'Wednesday, July 09, 2014 10:27 AM',
    subject: 'The subject!',
  },
  {
    file: 'thunderbird_forward',
    from: 'John Doe <johndoe@example.com>',
    date: 'Tue, 3 May 2016 14:54:27 +0200 (CEST)',
    subject: 'Re: Example subject',
  },
  { file: 'mailru_forward', from: 'Иван Иванов <ivanivanov@example.com>', date: 'Среда, 14 июня 2017, 15:19 +03:00' },
  { file: 'ios_mail_reply_unescaped_address', from: 'Jane Roe <jane@example.com>', date: 'Sep 4, 2025, at 11:30 AM' },
  {
    file: 'yahoo_reply_unescaped_address',
    from: 'Jane Roe <jane@example.com>',
    date: 'Thursday, September 4, 2025 at 11:30:41 AM EDT',
  },
];

function findFile(dir: string, base: string, exts: string[]): string | null {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (exts.some((ext) => entry.name === base + ext)) return full;
    }
  }
  return null;
}

/** Person as "Name <address>" for comparison with the upstream strings. */
function personText(p: { name: string | null; address: string | null }): string {
  if (p.name && p.address) return `${p.name} <${p.address}>`;
  return p.name || p.address || '';
}

function samePerson(expected: string, p: { name: string | null; address: string | null }): boolean {
  const addr = /[^\s<>()]+@[^\s<>()]+/.exec(expected);
  const name = expected.replace(/[<(][^>)]*[>)]/g, '').trim();
  if (addr && (p.address || '').toLowerCase() !== addr[0].toLowerCase()) return false;
  return name.length === 0 || collapse(p.name || '') === name;
}

export function messageCountChecks(corpus: string): Array<{ file: string; expected: number; got: number }> {
  const dir = path.join(corpus, 'alfonsrv-mail-parser-reply');
  const out: Array<{ file: string; expected: number; got: number }> = [];
  if (!fs.existsSync(dir)) return out;
  for (const [base, expected] of Object.entries(ALFONSRV_COUNTS)) {
    const file = findFile(dir, base, ['.txt']);
    if (file === null) continue;
    const text = fs.readFileSync(file, 'utf8');
    // The upstream count includes the newest message (the reply itself) when it has any text.
    const parsed = parseDraft(text, OPTIONS);
    const got = parsed.messages.length + (parsed.newText.end > parsed.newText.start ? 1 : 0);
    out.push({ file: base, expected, got });
  }
  return out;
}

export interface MetaResult {
  file: string;
  from: boolean;
  date: boolean;
  to: boolean | null;
  subject: boolean | null;
  detail: string;
}

export function quotequailChecks(corpus: string): MetaResult[] {
  const dir = path.join(corpus, 'closeio-quotequail');
  const out: MetaResult[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const meta of QUOTEQUAIL_META) {
    const file = findFile(dir, meta.file, ['.html']);
    if (file === null) continue;
    const messages = parseDraftHtml(fs.readFileSync(file, 'utf8'), OPTIONS).messages;
    const first = messages[0];
    if (!first) {
      out.push({
        file: meta.file,
        from: false,
        date: false,
        to: meta.to ? false : null,
        subject: meta.subject ? false : null,
        detail: 'no message',
      });
      continue;
    }
    out.push({
      file: meta.file,
      from: samePerson(meta.from, first.from),
      date: collapse(first.sentAtText || '') === collapse(meta.date),
      to: meta.to ? first.to.length > 0 && samePerson(meta.to, first.to[0]) : null,
      subject: meta.subject ? (first.subject || '') === meta.subject : null,
      detail: `from=${personText(first.from)} | date=${first.sentAtText} (${first.sentAt}) | to=${first.to.map(personText).join('; ')} | subject=${first.subject}`,
    });
  }
  return out;
}

/** Shows both sides around the first place where they differ (white space collapsed). */
function describeDifference(expected: string, got: string): string {
  const a = collapse(expected);
  const b = collapse(got);
  let i = 0;
  while (i < a.length && i < b.length && a.charAt(i) === b.charAt(i)) i++;
  const from = Math.max(0, i - 60);
  return `    expected: …${JSON.stringify(a.slice(from, i + 120))} (${a.length} chars)\n    ours:     …${JSON.stringify(b.slice(from, i + 120))} (${b.length} chars)`;
}

/** Wall time of our parser on the corpus stress inputs and on synthetic 1 MB drafts (text and HTML). */
function printSpeed(corpus: string): void {
  const inputs: Array<{ name: string; input: Input }> = [];
  for (const base of ['email_long_quote', 'pathological']) {
    const file = findFile(path.join(corpus, 'github-email_reply_parser'), base, ['.txt']);
    if (file !== null)
      inputs.push({
        name: `${base}.txt (${Math.round(fs.statSync(file).size / 1024)} KB)`,
        input: { kind: 'text', text: fs.readFileSync(file, 'utf8') },
      });
  }
  const unit =
    'Thanks!\n\nOn Thu, Mar 5, 2026 at 9:05 AM Jane Roe <jane@example.com> wrote:\n> Can we meet on Friday at 10:00? From: x <<<< @@@@ :::: 2026\n>\n';
  inputs.push({
    name: 'synthetic 1 MB text, nested headers',
    input: { kind: 'text', text: unit.repeat(Math.ceil(1_000_000 / unit.length)) },
  });
  inputs.push({
    name: 'synthetic 1 MB single line',
    input: { kind: 'text', text: 'a<b@c.de> 12:30 2026 wrote:'.repeat(40_000) },
  });
  const htmlUnit =
    '<div>Reply</div><div class="gmail_quote">On Thu, Mar 5, 2026 at 9:05 AM Jane &lt;jane@example.com&gt; wrote:<blockquote type="cite"><p>Old text</p>';
  inputs.push({
    name: 'synthetic 1 MB HTML, deep blockquotes',
    input: { kind: 'html', html: htmlUnit.repeat(Math.ceil(1_000_000 / htmlUnit.length)) },
  });
  console.log('\nSpeed (ours, full parse incl. messages):');
  for (const { name, input } of inputs) {
    const started = process.hrtime.bigint();
    const messages = ourMessages(input).length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`  ${name}: ${ms.toFixed(0)} ms, ${messages} messages`);
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -' : `${((100 * n) / d).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpusArg = args.indexOf('--corpus');
  const corpus = corpusArg >= 0 ? path.resolve(args[corpusArg + 1]) : DEFAULT_CORPUS;
  if (!fs.existsSync(path.join(corpus, 'expected.json'))) {
    console.log(`No corpus at ${corpus} (expected.json missing); nothing to measure.`);
    return;
  }
  const checks = loadChecks(corpus);
  const peers = args.indexOf('--no-peers') >= 0 ? [] : loadPeers();
  const names = ['ours', ...peers.map((p) => p.name)];
  type Row = { n: number; strict: number[]; tolerant: number[] };
  const rows = new Map<string, Row>();
  const all: Row = { n: 0, strict: names.map(() => 0), tolerant: names.map(() => 0) };
  const failures: string[] = [];
  const timeMs = names.map(() => 0);
  const perCheck: number[][] = names.map(() => []);
  for (const check of checks) {
    const input = await readInput(corpus, check);
    const row = rows.get(check.set) || { n: 0, strict: names.map(() => 0), tolerant: names.map(() => 0) };
    row.n++;
    all.n++;
    const replies: string[] = [];
    for (let k = 0; k < names.length; k++) {
      const started = process.hrtime.bigint();
      let reply = '';
      try {
        reply = k === 0 ? ourReply(input) : peers[k - 1].reply(input);
      } catch (error) {
        reply = `<<threw ${(error as Error).message}>>`;
      }
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      timeMs[k] += elapsed;
      perCheck[k].push(elapsed);
      replies.push(reply);
      const verdict = judge(corpus, check, reply);
      if (verdict.strict) {
        row.strict[k]++;
        all.strict[k]++;
      }
      if (verdict.tolerant) {
        row.tolerant[k]++;
        all.tolerant[k]++;
      }
      if (k === 0 && !verdict.tolerant) {
        const exp =
          check.kind === 'exact'
            ? expectedText(corpus, check)
            : `contains ${JSON.stringify(check.contains)} not ${JSON.stringify(check.notContains)}`;
        failures.push(`--- ${check.set} ${check.id}\n${describeDifference(exp || '', reply)}`);
      }
    }
    rows.set(check.set, row);
  }

  console.log('Scoring: exact = collapsed-whitespace equality (strict); tolerant also accepts a trailing');
  console.log('signature-like block (<=160 chars, no ":@<>" or divider runs; or <=300 chars opening with "-- " or a');
  console.log('sign-off word like "Regards,") kept or dropped, same rule for every parser; snippets = all');
  console.log('"contains" present and no "notContains". HTML compared on visible text. Cells: strict / tolerant.\n');
  const header = ['folder', 'samples', ...names];
  const table: string[][] = [];
  const cell = (row: Row, k: number): string => `${pct(row.strict[k], row.n)} / ${pct(row.tolerant[k], row.n)}`;
  for (const [set, row] of Array.from(rows.entries()).sort())
    table.push([set, String(row.n), ...names.map((_, k) => cell(row, k))]);
  table.push(['ALL', String(all.n), ...names.map((_, k) => cell(all, k))]);
  table.push(['ALL (count)', String(all.n), ...names.map((_, k) => `${all.strict[k]} / ${all.tolerant[k]}`)]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((r) => r[c].length)));
  const fmt = (r: string[]): string => '| ' + r.map((v, c) => v.padEnd(widths[c])).join(' | ') + ' |';
  console.log(fmt(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of table) console.log(fmt(r));
  const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] || 0;
  console.log(
    `\nTime over all checks (first calls include loading): ${names.map((n, k) => `${n} ${timeMs[k].toFixed(0)} ms`).join(', ')}`,
  );
  console.log(
    `Median per check: ${names.map((n, k) => `${n} ${(median(perCheck[k]) * 1000).toFixed(0)} µs`).join(', ')} (ours also reads every quoted message and its date)`,
  );

  const counts = messageCountChecks(corpus);
  if (counts.length > 0) {
    const ok = counts.filter((c) => c.expected === c.got).length;
    console.log(`\nMessages per thread (alfonsrv, reply included): ${ok}/${counts.length} exact`);
    for (const c of counts) if (c.expected !== c.got) console.log(`  ${c.file}: expected ${c.expected}, got ${c.got}`);
  }
  const meta = quotequailChecks(corpus);
  if (meta.length > 0) {
    const count = (key: 'from' | 'date' | 'to' | 'subject'): string => {
      const relevant = meta.filter((m) => m[key] !== null);
      return `${relevant.filter((m) => m[key] === true).length}/${relevant.length}`;
    };
    console.log(
      `\nQuoted-message metadata (quotequail): sender ${count('from')}, date text ${count('date')}, recipient ${count('to')}, subject ${count('subject')}`,
    );
    for (const m of meta)
      console.log(
        `  ${m.file}: ${m.from && m.date && m.to !== false && m.subject !== false ? 'ok ' : 'MISS'} ${m.detail}`,
      );
  }
  printSpeed(corpus);
  if (args.indexOf('--failures') >= 0) console.log('\nOur misses:\n' + failures.join('\n'));
  const jsonArg = args.indexOf('--json');
  if (jsonArg >= 0)
    fs.writeFileSync(args[jsonArg + 1], JSON.stringify({ names, rows: Array.from(rows.entries()), all }, null, 2));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
