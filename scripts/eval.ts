/**
 * Precision and recall of the analysis engine per category on the labelled reply corpora.
 *   npx tsx scripts/eval.ts [--strict] [--verbose] [--no-holdout] [--file F ...] [--only CATEGORY]
 * Files: replies.train*.jsonl (tuning), replies.dev.jsonl (tuning), replies.holdout*.jsonl (check only).
 * --verbose lists the misses and false alarms of the tuning files only (never of a holdout).
 * --no-holdout leaves the holdout files out entirely (for whoever tunes the rules).
 * --file F evaluates just the given files (repeatable); --only narrows --verbose to one category.
 * --strict exits non-zero when a holdout target is missed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';
import type { Category } from '../src/core';

interface Item {
  id: string;
  text: string;
  labels: string[];
}

const CATEGORIES: Category[] = [
  'excuse',
  'personal',
  'blame',
  'hostility',
  'judgment',
  'deprioritizing',
  'vague-commitment',
  'self-doubt',
  'off-limits',
  'hard-sell',
  'withholding',
];
const STRICT_CATEGORIES = ['excuse', 'personal', 'blame'];
const CLEAN_FLAGGED_TARGET = 0.02;

function target(cat: string): { p: number; r: number } {
  return STRICT_CATEGORIES.indexOf(cat) >= 0 ? { p: 0.95, r: 0.9 } : { p: 0.9, r: 0.85 };
}

function load(file: string): Item[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

interface Report {
  rows: Array<{ cat: string; tp: number; fp: number; fn: number; p: number; r: number; pass: boolean }>;
  cleanFlagged: number;
  cleanTotal: number;
  pass: boolean;
  misses: string[];
  falseAlarms: string[];
}

function evaluate(items: Item[]): Report {
  const counts: Counts = {};
  for (const c of CATEGORIES) counts[c] = { tp: 0, fp: 0, fn: 0 };
  let cleanTotal = 0;
  let cleanFlagged = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of items) {
    const findings = analyze(item.text, { wholeText: true }).findings;
    const found: { [cat: string]: string[] } = {};
    for (const f of findings) (found[f.category] = found[f.category] || []).push(f.text);
    if (item.labels.length === 0) {
      cleanTotal++;
      if (findings.length > 0) cleanFlagged++;
    }
    for (const c of CATEGORIES) {
      const labelled = item.labels.indexOf(c) >= 0;
      const hit = !!found[c];
      if (labelled && hit) counts[c].tp++;
      else if (labelled) {
        counts[c].fn++;
        misses.push(`${item.id} [${c}] ${item.text}`);
      } else if (hit) {
        counts[c].fp++;
        falseAlarms.push(`${item.id} [${c}] "${found[c].join('" | "')}" in: ${item.text}`);
      }
    }
  }
  return summarize(counts, cleanFlagged, cleanTotal, misses, falseAlarms);
}

type Counts = { [cat: string]: { tp: number; fp: number; fn: number } };

/** Several files' reports as one, from their counts (nothing is analysed again). */
function combine(reports: Report[]): Report {
  const counts: Counts = {};
  for (const c of CATEGORIES) counts[c] = { tp: 0, fp: 0, fn: 0 };
  let cleanFlagged = 0;
  let cleanTotal = 0;
  for (const report of reports) {
    for (const row of report.rows) {
      counts[row.cat].tp += row.tp;
      counts[row.cat].fp += row.fp;
      counts[row.cat].fn += row.fn;
    }
    cleanFlagged += report.cleanFlagged;
    cleanTotal += report.cleanTotal;
  }
  return summarize(counts, cleanFlagged, cleanTotal, [], []);
}

/** Precision, recall and the verdicts from raw counts. */
function summarize(
  counts: Counts,
  cleanFlagged: number,
  cleanTotal: number,
  misses: string[],
  falseAlarms: string[],
): Report {
  let pass = true;
  const rows = CATEGORIES.map((cat) => {
    const { tp, fp, fn } = counts[cat];
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    const t = target(cat);
    const ok = p >= t.p && r >= t.r;
    if (!ok) pass = false;
    return { cat, tp, fp, fn, p, r, pass: ok };
  });
  if (cleanTotal > 0 && cleanFlagged / cleanTotal > CLEAN_FLAGGED_TARGET) pass = false;
  return { rows, cleanFlagged, cleanTotal, pass, misses, falseAlarms };
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}

function print(name: string, report: Report): void {
  console.log(`\n${name}`);
  console.log('category           TP   FP   FN      P%     R%   target      ');
  for (const row of report.rows) {
    const t = target(row.cat);
    console.log(
      `${row.cat.padEnd(17)} ${String(row.tp).padStart(3)}  ${String(row.fp).padStart(3)}  ${String(row.fn).padStart(3)}  ${pct(row.p)} ${pct(row.r)}   P≥${t.p} R≥${t.r}  ${row.pass ? 'PASS' : 'FAIL'}`,
    );
  }
  const share = report.cleanTotal ? report.cleanFlagged / report.cleanTotal : 0;
  console.log(
    `clean items flagged: ${report.cleanFlagged}/${report.cleanTotal} = ${pct(share)}%  (target ≤ ${CLEAN_FLAGGED_TARGET * 100}%)  ${share <= CLEAN_FLAGGED_TARGET ? 'PASS' : 'FAIL'}`,
  );
  console.log(`overall: ${report.pass ? 'PASS' : 'FAIL'}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = path.resolve(__dirname, '../test/eval');
  const flag = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
  const only = flag('--only')[0];
  const given = flag('--file');
  const isHoldout = (name: string): boolean => path.basename(name).indexOf('holdout') >= 0;
  const defaults = fs
    .readdirSync(dir)
    .filter((n) => /^replies\.(train.*|dev)\.jsonl$/.test(n))
    .sort()
    .concat(
      args.indexOf('--no-holdout') >= 0 ? [] : fs.readdirSync(dir).filter((n) => /^replies\.holdout.*\.jsonl$/.test(n)),
    );
  const files = given.length ? given.map((f) => path.resolve(f)) : defaults.map((n) => path.join(dir, n));
  let holdoutPass = true;
  const tuningReports: Report[] = [];
  for (const file of files) {
    const name = path.relative(dir, file);
    if (!fs.existsSync(file)) {
      console.log(`\n${name}: not found, skipped`);
      continue;
    }
    const report = evaluate(load(file));
    print(name, report);
    if (isHoldout(name)) {
      holdoutPass = holdoutPass && report.pass;
      continue;
    }
    tuningReports.push(report);
    if (args.indexOf('--verbose') >= 0) {
      const shown = (line: string): boolean => !only || line.indexOf(`[${only}]`) >= 0;
      console.log(`\nmisses (${name}):`);
      for (const m of report.misses.filter(shown)) console.log('  ' + m);
      console.log(`\nfalse alarms (${name}):`);
      for (const f of report.falseAlarms.filter(shown)) console.log('  ' + f);
    }
  }
  // All tuning files together: a file written for some categories has few positives of the others,
  // so its own per-category precision says little; the sum does.
  if (!given.length && tuningReports.length > 1)
    print(`all tuning files together (${tuningReports.length} files)`, combine(tuningReports));
  if (args.indexOf('--strict') >= 0 && !holdoutPass) process.exit(1);
}

main();
