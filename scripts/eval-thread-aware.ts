/**
 * Measures the thread-aware checks (unanswered asks, unacknowledged complaints, long waits) on
 * test/eval/thread-pairs.jsonl.
 *
 * Each pair: the draft is the whole text and the whole new text; the client's message is the one
 * unanswered message; engine findings come from the real analyze() of the draft.
 * Scoring: per category, a predicted complaint / long-wait is a true positive when the pair expects
 * that category. A predicted unanswered-question matches an expected one when one ask text contains
 * the other after case and white-space normalisation (each expected ask matched at most once).
 *
 * Split: pairs whose number is divisible by 3 are held out (tuning looks only at dev).
 * Targets: precision >= 0.9 and recall >= 0.85 per category.
 *
 * Usage: npx tsx scripts/eval-thread-aware.ts [--file PATH] [--failures] [--split dev|holdout|all|whole] [--json FILE]
 *        --file evaluates another pairs file of the same format (default test/eval/thread-pairs.jsonl);
 *        for another file the default split is 'whole' (every pair in one table, nothing was tuned on it).
 *        npx tsx scripts/eval-thread-aware.ts --bench   (timing on large and hostile inputs)
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, applySuggestion } from '../src/core';
import type { Category, Finding } from '../src/core/types';
import { threadFindings } from '../src/core/thread';

interface Pair {
  id: string;
  client: string;
  clientName: string;
  waitedBusinessMinutes: number;
  slaMinutes: number;
  draft: string;
  expected: Array<{ category: Category; ask?: string }>;
  note?: string;
}

const CATEGORIES: Category[] = ['unanswered-question', 'unacknowledged-complaint', 'long-wait'];
const TARGET_P = 0.9;
const TARGET_R = 0.85;

function norm(s: string): string {
  return s
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The ask a finding quotes in its message. */
function askOf(f: Finding): string {
  const m = /\u201c([\s\S]*)\u201d and the reply/.exec(f.message);
  return m ? m[1] : '';
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function readPairs(file: string): Pair[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Pair);
}

function isHoldout(id: string): boolean {
  const n = parseInt(id.replace(/^[^0-9]*/, ''), 10);
  return n % 3 === 0;
}

function evaluate(pairs: Pair[], failures: string[]): { [c: string]: Tally } {
  const tally: { [c: string]: Tally } = {};
  for (const c of CATEGORIES) tally[c] = { tp: 0, fp: 0, fn: 0 };
  for (const p of pairs) {
    const engine = analyze(p.draft, { wholeText: true }).findings;
    const found = threadFindings(
      p.draft,
      { start: 0, end: p.draft.length },
      {
        clientMessages: [p.client],
        waitedBusinessMinutes: p.waitedBusinessMinutes,
        slaMinutes: p.slaMinutes,
        clientName: p.clientName,
      },
      engine,
    );
    for (const c of CATEGORIES) {
      const exp = p.expected.filter((e) => e.category === c);
      const got = found.filter((f) => f.category === c);
      if (c !== 'unanswered-question') {
        const e = exp.length > 0;
        const g = got.length > 0;
        if (e && g) tally[c].tp++;
        else if (g) {
          tally[c].fp++;
          failures.push(p.id + ' FP ' + c);
        } else if (e) {
          tally[c].fn++;
          failures.push(p.id + ' FN ' + c);
        }
        continue;
      }
      const used: boolean[] = exp.map(() => false);
      for (const f of got) {
        const a = norm(askOf(f));
        const k = exp.findIndex(
          (e, i) => !used[i] && !!e.ask && a !== '' && (norm(e.ask).indexOf(a) >= 0 || a.indexOf(norm(e.ask)) >= 0),
        );
        if (k >= 0) {
          used[k] = true;
          tally[c].tp++;
        } else {
          tally[c].fp++;
          failures.push(p.id + ' FP ' + c + ': ' + askOf(f));
        }
      }
      exp.forEach((e, i) => {
        if (!used[i]) {
          tally[c].fn++;
          failures.push(p.id + ' FN ' + c + ': ' + (e.ask || ''));
        }
      });
    }
  }
  return tally;
}

/**
 * The rewrite law on every pair: applying a finding's first suggestion and running again must
 * clear that finding (the same ask, or the same category).
 */
function rewriteLaw(pairs: Pair[]): { checked: number; broken: string[] } {
  let checked = 0;
  const broken: string[] = [];
  for (const p of pairs) {
    const context = {
      clientMessages: [p.client],
      waitedBusinessMinutes: p.waitedBusinessMinutes,
      slaMinutes: p.slaMinutes,
    };
    const found = threadFindings(p.draft, { start: 0, end: p.draft.length }, context, []);
    for (const f of found) {
      checked++;
      const fixed = applySuggestion(p.draft, f.suggestions[0]);
      const again = threadFindings(fixed, { start: 0, end: fixed.length }, context, []);
      const still = again.some(
        (g) => g.category === f.category && (f.category !== 'unanswered-question' || askOf(g) === askOf(f)),
      );
      if (still) broken.push(p.id + ' ' + f.category + (askOf(f) ? ': ' + askOf(f) : ''));
    }
  }
  return { checked, broken };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function report(name: string, tally: { [c: string]: Tally }): boolean {
  console.log('\n' + name);
  console.log('category                   TP  FP  FN  precision  recall  verdict');
  let allPass = true;
  for (const c of CATEGORIES) {
    const t = tally[c];
    const p = ratio(t.tp, t.tp + t.fp);
    const r = ratio(t.tp, t.tp + t.fn);
    const pass = p >= TARGET_P && r >= TARGET_R;
    if (!pass) allPass = false;
    console.log(
      c.padEnd(26) +
        String(t.tp).padStart(3) +
        String(t.fp).padStart(4) +
        String(t.fn).padStart(4) +
        p.toFixed(2).padStart(11) +
        r.toFixed(2).padStart(8) +
        '  ' +
        (pass ? 'PASS' : 'FAIL'),
    );
  }
  return allPass;
}

/** Hostile and large inputs: each must stay fast (the checks run on every keystroke pause and on send). */
function bench(): void {
  const ms = (fn: () => void): number => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const mb = 1000000;
  let distinctAsks = '';
  for (let i = 0; distinctAsks.length < mb; i++) distinctAsks += 'Could you check item' + i + '? ';
  const draft1mb = 'Hi Dana, the files are attached and the deck is ready. '.repeat(Math.ceil(mb / 56));
  const cases: Array<[string, string, string]> = [
    [
      'typical pair',
      'Can you send the deck? Also, when is the review? This is the third time I have asked.',
      'Hi Dana,\n\nDeck attached.\n\nBest,\nSam',
    ],
    ['1 MB client message of asks', distinctAsks, 'Ok.'],
    ['1 MB client message, one repeated ask', 'Can you send file number 1? '.repeat(mb / 28), 'Ok.'],
    ['1 MB client message without punctuation', 'a'.repeat(mb), 'Ok.'],
    ['1 MB draft', 'Can you send the deck? When is the review?', draft1mb],
    ['1 MB of brackets and question marks', '([?'.repeat(mb / 3), '[?'.repeat(mb / 2)],
  ];
  console.log('\nTiming (ms, median of 5, threadFindings only):');
  for (const [name, client, draft] of cases) {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      times.push(
        ms(() =>
          threadFindings(
            draft,
            { start: 0, end: draft.length },
            { clientMessages: [client], waitedBusinessMinutes: 900, slaMinutes: 480 },
            [],
          ),
        ),
      );
    }
    times.sort((a, b) => a - b);
    console.log('  ' + name.padEnd(42) + times[2].toFixed(1).padStart(9));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.indexOf('--bench') >= 0) {
    bench();
    return;
  }
  const showFailures = args.indexOf('--failures') >= 0;
  const defaultFile = path.resolve(__dirname, '../test/eval/thread-pairs.jsonl');
  const file = args.indexOf('--file') >= 0 ? path.resolve(args[args.indexOf('--file') + 1]) : defaultFile;
  const defaultSplit = file === defaultFile ? 'all' : 'whole';
  const splitArg = args.indexOf('--split') >= 0 ? args[args.indexOf('--split') + 1] : defaultSplit;
  const jsonArg = args.indexOf('--json') >= 0 ? args[args.indexOf('--json') + 1] : '';
  const pairs = readPairs(file);
  const dev = pairs.filter((p) => !isHoldout(p.id));
  const holdout = pairs.filter((p) => isHoldout(p.id));
  console.log(
    'Thread-aware checks on ' +
      path.relative(process.cwd(), file) +
      ': ' +
      dev.length +
      ' dev pairs, ' +
      holdout.length +
      ' held-out pairs (id number % 3 === 0).',
  );
  console.log('Targets per category: precision >= ' + TARGET_P + ', recall >= ' + TARGET_R + '.');
  const results: { [k: string]: { [c: string]: Tally } } = {};
  let pass = true;
  const sets: Array<[string, Pair[]]> = [];
  if (splitArg === 'dev' || splitArg === 'all') sets.push(['dev', dev]);
  if (splitArg === 'holdout' || splitArg === 'all') sets.push(['held-out', holdout]);
  if (splitArg === 'whole') sets.push(['all pairs', pairs]);
  for (const [name, list] of sets) {
    const failures: string[] = [];
    results[name] = evaluate(list, failures);
    if (!report(name + ' (' + list.length + ' pairs)', results[name])) pass = false;
    if (showFailures && failures.length) console.log('  ' + failures.join('\n  '));
  }
  const law = rewriteLaw(pairs);
  console.log(
    '\nRewrite law (apply the first suggestion, run again): ' +
      (law.checked - law.broken.length) +
      '/' +
      law.checked +
      ' findings cleared.',
  );
  if (law.broken.length) {
    pass = false;
    console.log('  ' + law.broken.join('\n  '));
  }
  if (jsonArg) fs.writeFileSync(jsonArg, JSON.stringify(results, null, 2));
  console.log('\n' + (pass ? 'PASS' : 'FAIL'));
  process.exitCode = pass ? 0 : 1;
}

main();
