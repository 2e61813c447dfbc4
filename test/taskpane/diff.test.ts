import { previewSuggestion } from '../../src/core/preview';
import { wordDiff, type DiffPart } from '../../src/taskpane/diff';

const same = (text: string): DiffPart => ({ kind: 'same', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });

describe('wordDiff', () => {
  test.each<[string, string, string, DiffPart[]]>([
    ['identical text is one same part', 'send it today', 'send it today', [same('send it today')]],
    [
      'one word swapped',
      'I will send it tomorrow morning',
      'I will send it Friday morning',
      [same('I will send it '), removed('tomorrow'), added('Friday'), same(' morning')],
    ],
    [
      'words removed from the middle',
      'I will honestly try to send it today',
      'I will send it today',
      [same('I will '), removed('honestly try to '), same('send it today')],
    ],
    [
      'words added at the end',
      'The brochure is attached',
      'The brochure is attached as a PDF',
      [same('The brochure is attached'), added(' as a PDF')],
    ],
    ['empty before: all added', '', 'Thank you', [added('Thank you')]],
    ['empty after: all removed', 'Sorry, I was swamped', '', [removed('Sorry, I was swamped')]],
    ['both empty: nothing', '', '', []],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  test('few words kept reads as the old passage, then the new one', () => {
    expect(wordDiff('Sorry for the slow reply.', 'Thank you for your patience.')).toEqual([
      removed('Sorry for the slow reply.'),
      added(' Thank you for your patience.'),
    ]);
  });

  test('exactly half the words kept is still a word diff', () => {
    // 4 words each, 2 kept: 2 / 4 is not below one half.
    expect(wordDiff('we can ship today', 'we can deliver tomorrow')).toEqual([
      same('we can '),
      removed('ship'),
      added('deliver'),
      same(' '),
      removed('today'),
      added('tomorrow'),
    ]);
  });

  test('one word fewer kept than half falls back', () => {
    expect(wordDiff('we can ship it today', 'we will deliver tomorrow')).toEqual([
      removed('we can ship it today'),
      added(' we will deliver tomorrow'),
    ]);
  });

  test('an insertion that keeps every original word stays inline, however long', () => {
    expect(
      wordDiff(
        'The new menu page is live.',
        "I'm sorry about the wait on this — thank you for flagging it. The new menu page is live.",
      ),
    ).toEqual([
      added("I'm sorry about the wait on this — thank you for flagging it. "),
      same('The new menu page is live.'),
    ]);
  });

  test('the parts always rebuild both sides', () => {
    const before = "Hi Dana, I've been swamped, but the brochure is attached and the invoice follows.";
    const after = 'Hi Dana, the brochure is attached and the invoice follows by Friday.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    // Neighbouring parts of one kind are merged.
    for (let i = 1; i < parts.length; i++) expect(parts[i].kind).not.toBe(parts[i - 1].kind);
  });

  test('long passages skip the quadratic table and show old then new', () => {
    const before = 'word '.repeat(500).trim();
    const after = before + ' more';
    expect(wordDiff(before, after)).toEqual([removed(before), added(after)]);
  });
});

describe('previewSuggestion', () => {
  const text = "Hi Dana, I've been swamped this week. I'll try to send it soon. Best, Sam";

  test('an edit inside the finding rewrites only that span of the passage', () => {
    const swamped = { start: text.indexOf("I've"), end: text.indexOf('week.') + 5 };
    const edit = { start: text.indexOf('swamped'), end: text.indexOf('swamped') + 7, text: 'busy' };
    expect(previewSuggestion(text, swamped, [edit])).toEqual({
      before: "I've been swamped this week.",
      after: "I've been busy this week.",
    });
  });

  test('a deletion leaves an empty after', () => {
    const passage = "I've been swamped this week. ";
    const start = text.indexOf(passage);
    const span = { start, end: start + passage.length };
    expect(previewSuggestion(text, span, [{ ...span, text: '' }])).toEqual({ before: passage, after: '' });
  });

  test('edits beyond the finding widen the preview to cover them', () => {
    const soon = text.indexOf('soon');
    const finding = { start: soon, end: soon + 4 };
    const tryAt = text.indexOf('try to ');
    const edits = [
      { start: soon, end: soon + 4, text: 'by Friday' },
      { start: tryAt, end: tryAt + 7, text: '' },
    ];
    expect(previewSuggestion(text, finding, edits)).toEqual({
      before: 'try to send it soon',
      after: 'send it by Friday',
    });
  });

  test('edits given out of order apply right to left without shifting each other', () => {
    const passage = 'try to send it soon';
    const start = text.indexOf(passage);
    const span = { start, end: start + passage.length };
    const edits = [
      { start, end: start + 3, text: 'aim' },
      { start: start + passage.length - 4, end: start + passage.length, text: 'today' },
    ];
    expect(previewSuggestion(text, span, edits).after).toBe('aim to send it today');
    expect(previewSuggestion(text, span, edits.slice().reverse()).after).toBe('aim to send it today');
  });

  test('no edits: before and after are the finding’s passage', () => {
    expect(previewSuggestion(text, { start: 0, end: 8 }, [])).toEqual({ before: 'Hi Dana,', after: 'Hi Dana,' });
  });
});
