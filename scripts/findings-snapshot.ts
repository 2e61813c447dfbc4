/**
 * Prints every finding the engine reports on the evaluation texts, one JSON line per text, so a change
 * meant only to make the engine faster can be checked to leave its output byte-identical:
 *   npx tsx scripts/findings-snapshot.ts > before.jsonl   (then again after the change, and diff)
 * Texts: every reply of the tuning files (test/eval/replies.dev.jsonl, replies.train*.jsonl), every draft of
 * test/eval/thread-pairs*.jsonl, and the long drafts the benchmark times.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';

const EVAL = path.resolve(__dirname, '../test/eval');

function lines(file: string): Array<{ [key: string]: unknown }> {
  return fs
    .readFileSync(path.join(EVAL, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { [key: string]: unknown });
}

function print(id: string, text: string): void {
  const r = analyze(text, { wholeText: true });
  const findings = r.findings.map((f) => ({
    rule: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
    suggestions: f.suggestions.map((s) => ({ label: s.label, edits: s.edits })),
  }));
  process.stdout.write(JSON.stringify({ id, language: r.language.code, truncated: r.truncated, findings }) + '\n');
}

const texts: string[] = [];
const replyFiles = fs
  .readdirSync(EVAL)
  .filter((f) => /^replies\.(dev|train.*)\.jsonl$/.test(f))
  .sort();
for (const file of replyFiles) {
  for (const item of lines(file)) {
    print(file + ':' + String(item.id), String(item.text));
    texts.push(String(item.text));
  }
}
const pairFiles = fs
  .readdirSync(EVAL)
  .filter((f) => /^thread-pairs.*\.jsonl$/.test(f))
  .sort();
for (const file of pairFiles) for (const item of lines(file)) print(file + ':' + String(item.id), String(item.draft));

// Long drafts: block splitting, sentence caps and the findings cap.
let long = '';
while (long.length < 200 * 1024) long += texts.join('\n\n') + '\n\n';
print('long:200KB', long.slice(0, 200 * 1024));
print('long:one-line', 'I was busy and '.repeat(7000));
