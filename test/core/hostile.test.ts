import { analyze, applySuggestion } from '../../src/core';
import type { Finding } from '../../src/core';

function checkOffsets(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const s of f.suggestions)
      for (const e of s.edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
  }
}

describe('hostile input', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\t\r\n   \u00a0\u2028'],
    ['binary junk', Array.from({ length: 5000 }, (_v, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates', '\ud83d sorry \ude00 I was sick \ud800'],
    ['emoji', '😅 Sorry for the delay 🙏, I was sick 🤒 but the report 📎 is attached! 👍🏽👩‍👩‍👧'],
    ['right-to-left', 'שלום, אני מצטער על העיכוב. مرحبا، آسف على التأخير. Sorry, I was sick.'],
    ['html-looking', '<div><p>Sorry for the delay, <b>I was sick</b>.</p><script>alert(1)</script></div>'],
    ['one 100 KB line', 'I was busy and '.repeat(7000)],
    ['1 MB', 'Sorry for the delay, my laptop crashed, but the report is attached. '.repeat(16000)],
    ['null bytes', 'Sorry\u0000 I was\u0000 sick.'],
    ['only punctuation', '.,;:!?—–-()[]{}"\'…'.repeat(1000)],
    [
      'object member names',
      "The constructor sent toString hasOwnProperty __proto__ valueOf constructorn't the plans. I was sick.",
    ],
  ];

  it.each(inputs)('%s: no throw, offsets exact', (_name, text) => {
    const r = analyze(text);
    checkOffsets(text, r.findings);
    for (const f of r.findings) expect(typeof applySuggestion(text, f.suggestions[0])).toBe('string');
  });

  it('non-string input does not throw', () => {
    expect(analyze(undefined as unknown as string).findings).toEqual([]);
    expect(analyze(42 as unknown as string).findings).toEqual([]);
  });

  it('keeps UTF-16 offsets exact after emoji', () => {
    const text = '👩‍👩‍👧🎉 Sorry for the delay, I was sick, but the report is attached.';
    const f = analyze(text).findings[0];
    expect(f.ruleId).toBe('excuse');
    expect(text.slice(f.start, f.end)).toBe('Sorry for the delay, I was sick');
    expect(applySuggestion(text, f.suggestions[0])).toBe('👩‍👩‍👧🎉 Thank you for your patience — the report is attached.');
  });
});

describe('new text only', () => {
  it('ignores quoted history and keeps offsets in the full text', () => {
    const text =
      'Hi Ana,\n\nThe report is attached.\n\nOn Mon, 3 Mar 2025 at 10:00, Ana <ana@example.com> wrote:\n> Sorry for the delay, I was sick.\n';
    expect(analyze(text).findings).toEqual([]);
    const draft =
      'Sorry for the delay, I was sick.\n\nOn Mon, 3 Mar 2025 at 10:00, Ana <ana@example.com> wrote:\n> Thanks\n';
    const r = analyze(draft);
    expect(r.findings).toHaveLength(1);
    expect(draft.slice(r.findings[0].start, r.findings[0].end)).toBe('Sorry for the delay, I was sick');
    expect(r.analyzedRange.start).toBe(0);
    expect(r.analyzedRange.end).toBeLessThan(draft.indexOf('On Mon'));
  });
});

describe('language', () => {
  it('does not coach a reply that is mostly another language', () => {
    const r = analyze(
      'Hallo Anna, es tut mir leid, ich war krank und die Datei ist nicht fertig. Ich schicke sie morgen mit dem Bericht.',
    );
    expect(r.findings).toEqual([]);
    expect(r.language.code).toBe('other');
    expect(r.language.note).toBeTruthy();
  });

  it('does not coach a reply in another script', () => {
    const r = analyze('Здравствуйте, извините за задержку, я болел. Отчёт во вложении.');
    expect(r.language.code).toBe('other');
  });

  it('coaches English', () => {
    const r = analyze('Sorry for the delay, I was sick, but the report is attached.');
    expect(r.language.code).toBe('en');
    expect(r.findings).toHaveLength(1);
  });
});

describe('words named like object members', () => {
  it('are ordinary words', () => {
    const text =
      'The constructor sent the plans and toString works. Sorry for the delay, I was sick, but the valueOf report is attached.';
    const r = analyze(text);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['excuse']);
    expect(r.language.code).toBe('en');
  });
});
