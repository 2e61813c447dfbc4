import { analyze } from '../../src/core';
import { PARAPHRASES } from './cases/paraphrases';
import { checkLaw } from './law';

/** Wordings beyond the phrase lists: every labelled category is raised, nothing else, and every rewrite obeys the law. */
describe('paraphrases', () => {
  it.each(PARAPHRASES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
    const findings = analyze(p.text, { wholeText: true }).findings;
    const categories = Array.from(new Set(findings.map((f) => f.category as string))).sort();
    expect(categories).toEqual(p.labels.slice().sort());
    for (const f of findings) expect(checkLaw(p.text, f).problems).toEqual([]);
  });
});
