import { tokenize } from '../../src/core/text/tokenize';
import { splitSentences } from '../../src/core/text/sentences';
import { compilePattern, isSelective, matchAt, PatternIndex } from '../../src/core/pattern/pattern';
import { RULES } from '../../src/core/rules';
import { inflect } from '../../src/core/lexicons/inflect';
import { analyze } from '../../src/core';

function norms(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

describe('tokenizer', () => {
  it('expands contractions with either apostrophe and keeps source offsets', () => {
    const text = "I’ve didn't can't won't it's dad's been";
    expect(norms(text)).toEqual([
      'i',
      'have',
      'did',
      'not',
      'can',
      'not',
      'will',
      'not',
      'it',
      'is',
      'dad',
      'has',
      'been',
    ]);
    for (const t of tokenize(text)) expect(t.start).toBeLessThanOrEqual(t.end);
    const first = tokenize(text)[0];
    expect(text.slice(first.start, first.end)).toBe('I');
  });

  it('reads "it\'s been" as "it has been" and apostrophe-less contractions', () => {
    expect(norms("it's been a week")).toEqual(['it', 'has', 'been', 'a', 'week']);
    expect(norms('im sorry i didnt see it')).toEqual(['i', 'am', 'sorry', 'i', 'did', 'not', 'see', 'it']);
  });

  it('keeps emoji as one symbol token with UTF-16 offsets', () => {
    const text = 'ok 👍🏽 done';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['ok', '👍', '🏽', 'done']);
  });

  it('joins hyphens, numbers and addresses into single words', () => {
    expect(norms('follow-up at 10:30 costs 3.5 — mail a@b.com')).toEqual([
      'follow-up',
      'at',
      '10:30',
      'costs',
      '3.5',
      '—',
      'mail',
      'a@b.com',
    ]);
  });
});

describe('sentence splitter', () => {
  function sentences(text: string): string[] {
    return splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
  }

  it('splits on terminal punctuation and line breaks, not on abbreviations or soft wraps', () => {
    expect(sentences('Hi Ana,\nThe file is attached. Mr. Lee agreed, e.g. on price! Is that ok?')).toEqual([
      'Hi Ana,',
      'The file is attached.',
      'Mr. Lee agreed, e.g. on price!',
      'Is that ok?',
    ]);
    expect(sentences('This line is wrapped\nin the middle of a sentence.')).toEqual([
      'This line is wrapped\nin the middle of a sentence.',
    ]);
  });

  it('splits clauses at commas, dashes and conjunctions that start a clause', () => {
    const text = 'Sorry for the delay, my kid was sick, but the report is attached.';
    const [s] = splitSentences(tokenize(text));
    expect(s.segments.map((g) => text.slice(g.start, g.end))).toEqual([
      'Sorry for the delay',
      'my kid was sick',
      'the report is attached',
    ]);
  });
});

describe('patterns', () => {
  function matches(pattern: string, text: string): string | null {
    const toks = tokenize(text);
    const p = compilePattern(pattern);
    for (let i = 0; i < toks.length; i++) {
      const m = matchAt(p, toks, i, toks.length);
      if (m) return text.slice(toks[m.start].start, toks[m.end - 1].end);
    }
    return null;
  }

  it('matches inflections, classes, optional words and bounded gaps', () => {
    expect(inflect('send')).toEqual(['send', 'sends', 'sent', 'sending']);
    expect(inflect('miss')).toEqual(['miss', 'misses', 'missed', 'missing']);
    expect(matches('you never send+ @thing', 'but you never sent the files')).toBeNull();
    expect(matches('you never send+ _2 @thing', 'but you never sent the files')).toBe('you never sent the files');
    expect(matches('@me (am|was)? @intens? busy', "I'm so busy")).toBe("I'm so busy");
    expect(matches('@me (am|was)? @intens? busy', 'We busy')).toBe('We busy');
  });

  it('tells the subject apart: "you never sent" is not "I never sent"', () => {
    expect(
      analyze('You never sent the files, so I could not finish the layout.', { wholeText: true }).findings.map(
        (f) => f.ruleId,
      ),
    ).toEqual(['blame']);
    expect(analyze('I never sent the invoice, sorry; it is attached now.', { wholeText: true }).findings).toEqual([]);
  });

  it('supports clause starts, negative lookahead, literals and captures', () => {
    expect(matches('^ obviously', 'Well, obviously it works')).toBe('obviously');
    expect(matches('^ obviously', 'it is obviously fine')).toBeNull();
    expect(matches('soon !as', 'as soon as you can')).toBeNull();
    expect(matches('20 \\% off', 'get 20% off')).toBe('20% off');
    const toks = tokenize('your logo looks dated');
    const m = matchAt(compilePattern('your $obj=(logo|site) looks'), toks, 0, toks.length);
    expect(m && m.captures.obj).toEqual({ start: 1, end: 2 });
  });

  it('reads a lone "!" as the punctuation mark and "\\?" as a literal question mark', () => {
    expect(matches('ok (,|!|.)', 'ok then')).toBeNull();
    expect(matches('ok (,|!|.)', 'ok!')).toBe('ok!');
    expect(matches('ok !then', 'ok now')).toBe('ok');
    expect(matches('really \\?', 'really')).toBeNull();
    expect(matches('really \\?', 'really?')).toBe('really?');
    expect(matches('really \\??', 'really')).toBe('really');
  });

  it('rejects contractions and gaps longer than _9 written into patterns', () => {
    expect(() => compilePattern("i can't")).toThrow();
    // A gap longer than _9 is a mistake, not a word to look for.
    expect(() => compilePattern('as i said _10 before')).toThrow(/at most _9/);
    expect(() => compilePattern('as i said _9 before')).not.toThrow();
  });

  it('indexes patterns by their first words', () => {
    const index = new PatternIndex<string>();
    index.add('(sorry|apologies) for the delay', 'a');
    index.add('@me was sick', 'b');
    const toks = tokenize('Apologies for the delay, we was sick.');
    const found: string[] = [];
    index.findAll(toks, 0, toks.length, (_m, data) => found.push(data));
    expect(found).toEqual(['a', 'b']);
  });

  it('skips a sentence only when it lacks a word every alternative needs', () => {
    const index = new PatternIndex<string>();
    // Needs "coming", "follow" or "come": the words "is", "are", "will" and "should" are too common to tell.
    index.add('the % ((is|are) (still)? coming|(will|should) (follow|come))', 'x');
    const spans = (text: string): string[] => {
      const toks = tokenize(text);
      const out: string[] = [];
      index.findAll(toks, 0, toks.length, (m) =>
        out.push(
          toks
            .slice(m.start, m.end)
            .map((t) => t.norm)
            .join(' '),
        ),
      );
      return out;
    };
    expect(spans('The parcel is still coming.')).toEqual(['the parcel is still coming']);
    expect(spans('The invoice will follow.')).toEqual(['the invoice will follow']);
    expect(spans('The parcel is here.')).toEqual([]);
  });

  it('matches a pattern of alternatives one alternative at a time, as the whole pattern would', () => {
    const index = new PatternIndex<string>();
    // Indexed alternative by alternative; where several match at one word, the first that the whole
    // pattern tries wins: those starting with a word before those that don't, then as written.
    index.add('(the report|the report is late|% report is)', 'x');
    const toks = tokenize('So the report is late.');
    const found: string[] = [];
    index.findAll(toks, 0, toks.length, (m) =>
      found.push(
        toks
          .slice(m.start, m.end)
          .map((t) => t.norm)
          .join(' '),
      ),
    );
    const whole = compilePattern('(the report|the report is late|% report is)');
    const expected: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const m = matchAt(whole, toks, i, toks.length);
      if (m)
        expected.push(
          toks
            .slice(m.start, m.end)
            .map((t) => t.norm)
            .join(' '),
        );
    }
    expect(found).toEqual(expected);
    expect(found).toEqual(['the report']);
  });
});

describe('lexicon patterns', () => {
  it('each has a first word to index it by or a word the sentence must hold, so long texts stay fast', () => {
    const unselective: string[] = [];
    for (const rule of RULES)
      for (const family of rule.families)
        for (const source of family.patterns) if (!isSelective(compilePattern(source))) unselective.push(source);
    expect(unselective).toEqual([]);
    expect(isSelective(compilePattern('(shout*|yell*) (in|at)'))).toBe(false);
    expect(isSelective(compilePattern('$span=(!(i|we) % (will|shall) (try|attempt) to)'))).toBe(true);
  });
});
