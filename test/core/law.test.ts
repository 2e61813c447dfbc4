import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import type { Finding } from '../../src/core';
import { checkLaw } from './law';

describe('rewrite law checker', () => {
  const text = 'Sorry for the delay, I was sick, but the Acme report is attached.';
  const base: Finding = {
    ruleId: 'excuse',
    category: 'excuse',
    severity: 'serious',
    start: 0,
    end: 31,
    text: text.slice(0, 31),
    message: 'm',
    suggestions: [],
  };

  it('fails a rewrite that drops a content word', () => {
    const f = {
      ...base,
      suggestions: [{ label: 'x', edits: [{ start: 0, end: text.length, text: 'Thank you for your patience.' }] }],
    };
    expect(checkLaw(text, f).problems).toContain('lost content word "Acme"');
  });

  it('fails a rewrite that leaves messy punctuation', () => {
    const f = { ...base, suggestions: [{ label: 'x', edits: [{ start: 0, end: 31, text: 'Thanks ,' }] }] };
    expect(checkLaw(text, f).ok).toBe(false);
  });

  it('fails a rewrite that does not clear the finding', () => {
    const f = { ...base, suggestions: [{ label: 'x', edits: [{ start: 0, end: 0, text: '' }] }] };
    expect(checkLaw(text, f).problems).toContain('finding not cleared');
  });
});

/** The law over every finding on the labelled development corpus: real combinations of phrasings. */
describe('rewrite law on the development corpus', () => {
  const file = path.resolve(__dirname, '../eval/replies.dev.jsonl');
  const items: Array<{ id: string; text: string }> = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const withFindings = items
    .map((item) => ({ item, findings: analyze(item.text, { wholeText: true }).findings }))
    .filter((x) => x.findings.length > 0);

  it('has findings to check', () => {
    if (!items.length) {
      console.warn('test/eval/replies.dev.jsonl missing: corpus law check skipped');
      return;
    }
    expect(withFindings.length).toBeGreaterThan(100);
  });

  it.each(withFindings.map((x) => [x.item.id, x] as const))('%s', (_id, x) => {
    for (const f of x.findings) {
      const law = checkLaw(x.item.text, f);
      expect({ finding: f.text, rewritten: law.rewritten, problems: law.problems }).toEqual({
        finding: f.text,
        rewritten: law.rewritten,
        problems: [],
      });
    }
  });
});

/** The law over every finding on the training corpora: thousands of independently written replies. */
describe('rewrite law on the training corpus', () => {
  const dir = path.resolve(__dirname, '../eval');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^replies\.train.*\.jsonl$/.test(n)) : [];
  const items: Array<{ id: string; text: string }> = files.flatMap((name) =>
    fs
      .readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  );

  it('holds for every finding', () => {
    if (!items.length) {
      console.warn('test/eval/replies.train.jsonl missing: training-corpus law check skipped');
      return;
    }
    const broken: string[] = [];
    let checked = 0;
    for (const item of items) {
      for (const f of analyze(item.text, { wholeText: true }).findings) {
        checked++;
        const law = checkLaw(item.text, f);
        if (!law.ok) broken.push(`${item.id} ${f.ruleId} "${f.text}" → ${law.rewritten}: ${law.problems.join('; ')}`);
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(broken).toEqual([]);
  });
});
