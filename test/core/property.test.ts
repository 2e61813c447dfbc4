import fc from 'fast-check';
import { analyze, applySuggestion } from '../../src/core';
import { RULE_CASES } from './cases/rule-cases';
import { checkLaw } from './law';
import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { PatternIndex } from '../../src/core/pattern/pattern';

const invalidTexts = Object.keys(RULE_CASES).reduce(
  (all: string[], id) => all.concat(RULE_CASES[id].invalid.map((c) => c.text)),
  [],
);
const cleanTexts = Object.keys(RULE_CASES).reduce((all: string[], id) => all.concat(RULE_CASES[id].valid), []);

describe('properties', () => {
  it('offsets lie inside the text and match it, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = analyze(text);
        for (const f of r.findings) {
          if (f.start < 0 || f.end > text.length || f.start >= f.end) return false;
          if (text.slice(f.start, f.end) !== f.text) return false;
          for (const s of f.suggestions)
            for (const e of s.edits) if (e.start < 0 || e.end > text.length || e.start > e.end) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('offsets stay exact when flagged sentences are mixed with emoji, clean text and noise', () => {
    const piece = fc.oneof(
      fc.constantFrom(...invalidTexts),
      fc.constantFrom(...cleanTexts),
      fc.constantFrom('🙏', '👩‍💻', ' ', '\n', '\n\n', 'Hi Sam,\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        const r = analyze(text, { wholeText: true });
        return r.findings.every((f) => text.slice(f.start, f.end) === f.text);
      }),
      { numRuns: 200 },
    );
  });

  it('the rewrite law holds for generated combinations of sentences', () => {
    const sentence = fc.oneof(fc.constantFrom(...invalidTexts), fc.constantFrom(...cleanTexts));
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '\n', '\n\n'),
        (parts, sep) => {
          const text = parts.join(sep);
          const r = analyze(text, { wholeText: true });
          for (const f of r.findings) {
            const law = checkLaw(text, f);
            if (!law.ok)
              throw new Error(
                `${f.ruleId} "${f.text}" in ${JSON.stringify(text)} → ${JSON.stringify(law.rewritten)}: ${law.problems.join(', ')}`,
              );
          }
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applying a suggestion never throws and edits stay in range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...invalidTexts), fc.string({ maxLength: 30 }), (text, suffix) => {
        const full = text + ' ' + suffix;
        for (const f of analyze(full, { wholeText: true }).findings) applySuggestion(full, f.suggestions[0]);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('no catastrophic backtracking', () => {
  // Work is counted in pattern attempts, not wall-clock time: linear input must give linear work.
  function attemptsFor(text: string): number {
    const tokens = tokenize(text);
    const index = new PatternIndex<true>();
    index.add(
      '(i|we) (am|are|was|have been)? @intens? @intens? @intens? (busy|swamped) _3 (so|and)? _3 (late|behind)',
      true,
    );
    index.add('_5 sorry _5 (for|about)? _5 (the)? _5 (delay|wait)', true);
    let matches = 0;
    const sentences = splitSentences(tokens);
    for (const s of sentences) index.findAll(tokens, s.tokStart, s.tokEnd, () => matches++);
    return tokens.length + matches;
  }

  it('adversarial repeats of 50 KB finish and grow linearly', () => {
    const unit = 'i am so so so so busy busy sorry sorry for for the the ';
    const small = unit.repeat(Math.ceil(5000 / unit.length));
    const big = unit.repeat(Math.ceil(50000 / unit.length));
    const ratio = attemptsFor(big) / attemptsFor(small);
    expect(ratio).toBeLessThan(12);
    const started = Date.now();
    for (const text of [
      big,
      'a'.repeat(50000),
      ', '.repeat(25000),
      "'".repeat(50000),
      'I '.repeat(25000),
      'so '.repeat(17000) + 'busy',
    ]) {
      analyze(text);
    }
    // Generous bound: a backtracking blow-up would take minutes, not seconds.
    expect(Date.now() - started).toBeLessThan(20000);
  });
});
