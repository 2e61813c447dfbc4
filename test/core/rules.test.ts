import { analyze, applySuggestion, RULE_INFO } from '../../src/core';
import { RULES } from '../../src/core/rules';
import { RULE_CASES } from './cases/rule-cases';
import { checkLaw } from './law';

describe('rule registry', () => {
  it('has one case table per rule and unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(RULE_CASES).sort()).toEqual(ids.slice().sort());
  });

  it('exports metadata for the settings screen', () => {
    // The phrase rules come first; thread-aware rules may follow.
    expect(RULE_INFO.slice(0, RULES.length).map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const info of RULE_INFO) {
      expect(info.description.length).toBeGreaterThan(10);
      expect(info.why.length).toBeGreaterThan(20);
    }
  });

  it('every family message exists in its rule', () => {
    for (const rule of RULES) {
      for (const family of rule.families) expect(rule.meta.messages[family.message]).toBeTruthy();
    }
  });
});

for (const ruleId of Object.keys(RULE_CASES)) {
  const cases = RULE_CASES[ruleId];
  describe(`rule ${ruleId}`, () => {
    it.each(cases.valid)('stays quiet: %s', (text) => {
      const hits = analyze(text, { wholeText: true }).findings.filter((f) => f.ruleId === ruleId);
      expect(hits.map((f) => f.text)).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.text, c] as const))('reports: %s', (_label, c) => {
      const findings = analyze(c.text, { wholeText: true }).findings.filter((f) => f.ruleId === ruleId);
      expect(findings.map((f) => ({ text: f.text, rewrite: applySuggestion(c.text, f.suggestions[0]) }))).toEqual(
        c.findings,
      );
    });

    it.each(cases.invalid.map((c) => [c.text, c] as const))('rewrite law holds: %s', (_label, c) => {
      const findings = analyze(c.text, { wholeText: true }).findings.filter((f) => f.ruleId === ruleId);
      for (const f of findings) {
        const law = checkLaw(c.text, f);
        expect({ rewritten: law.rewritten, problems: law.problems }).toEqual({
          rewritten: law.rewritten,
          problems: [],
        });
      }
    });
  });
}

describe('settings', () => {
  const text = 'Sorry for the delay, I was sick, but the report is attached.';

  it('switches a rule off', () => {
    const off = analyze(text, { wholeText: true, settings: { rules: { excuse: { enabled: false } } } });
    expect(off.findings.filter((f) => f.ruleId === 'excuse')).toEqual([]);
  });

  it('overrides severity', () => {
    const r = analyze(text, { wholeText: true, settings: { rules: { excuse: { severity: 'info' } } } });
    expect(r.findings[0].severity).toBe('info');
  });

  it('flags custom phrases with their own rewrite', () => {
    const r = analyze('Per our chat, ASAP works.', {
      wholeText: true,
      settings: {
        customPhrases: [
          { phrase: 'per our chat', replacement: 'As we discussed', category: 'blame', note: 'Sounds curt.' },
        ],
      },
    });
    const custom = r.findings.filter((f) => f.ruleId === 'custom-phrase');
    expect(custom).toHaveLength(1);
    expect(custom[0].message).toBe('Sounds curt.');
    expect(applySuggestion('Per our chat, ASAP works.', custom[0].suggestions[0])).toBe('As we discussed, ASAP works.');
  });
});

describe('precedence between rules in one sentence', () => {
  const categories = (text: string, settings?: Parameters<typeof analyze>[1]) =>
    Array.from(new Set(analyze(text, { wholeText: true, ...settings }).findings.map((f) => f.category))).sort();

  it('a sentence blaming the client is blame, not also judgment', () => {
    const text = 'Your colleague booked the wrong flights, so the itinerary is a mess.';
    expect(categories(text)).toEqual(['blame']);
    // With blame switched off the other reading still stands.
    expect(categories(text, { settings: { rules: { blame: { enabled: false } } } })).toEqual(['judgment']);
  });

  it('only the sentence with the blame is affected', () => {
    expect(categories('Your colleague booked the wrong flights. Honestly, your logo looks dated.')).toEqual([
      'blame',
      'judgment',
    ]);
  });
});
