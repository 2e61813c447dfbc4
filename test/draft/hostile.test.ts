/**
 * Hostile input: nothing throws, and the work stays linear. Linearity is checked by
 * comparing a size with 8x that size (a quadratic pass would take ~64x); absolute speed
 * is measured by scripts/bench-draft.ts, not here.
 */
import { applyEdits, extractText } from '../../src/draft';

function timeMs(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Median of a few runs, to keep GC noise out of the ratio. */
function medianMs(run: () => void): number {
  const times = [timeMs(run), timeMs(run), timeMs(run)].sort((a, b) => a - b);
  return times[1];
}

const generators: Array<[string, (size: number) => string]> = [
  ['unclosed tags', (size) => '<div><b><i><span style="x">text '.repeat(Math.ceil(size / 34)).slice(0, size)],
  ['deep nesting', (size) => '<div>'.repeat(size / 10) + 'deep' + '</div>'.repeat(size / 10)],
  [
    'many entities and spaces',
    (size) => 'a &amp; &nbsp; &#x1F600; &bogus \t\n '.repeat(Math.ceil(size / 34)).slice(0, size),
  ],
  ['unterminated comment', (size) => '<!--' + 'x'.repeat(size)],
  ['many comment starts', (size) => '<!-- -- > '.repeat(size / 10)],
  ['unterminated attribute', (size) => '<p title="' + 'x'.repeat(size)],
  ['many "</" without names', (size) => '</ </ < <'.repeat(size / 9)],
  ['raw text never closed', (size) => '<style>' + '</styl </ '.repeat(size / 10)],
  ['ampersand runs', (size) => '&'.repeat(size)],
  ['long numeric reference', (size) => '&#' + '9'.repeat(size)],
  ['br storm', (size) => '<br>'.repeat(size / 4)],
];

describe('hostile HTML', () => {
  it.each(generators)('%s: no throw, linear', (_name, make) => {
    const small = make(64 * 1024);
    const large = make(512 * 1024);
    let draft = extractText(small);
    expect(typeof draft.text).toBe('string');
    const smallMs = medianMs(() => {
      draft = extractText(small);
    });
    const largeMs = medianMs(() => {
      draft = extractText(large);
    });
    // 8x the input may take at most 40x the time: linear with a wide margin for a busy
    // machine, while a quadratic pass (64x, and seconds at this size) still fails.
    expect(largeMs).toBeLessThan(Math.max(40 * smallMs, 1500));
    if (draft.text.length > 2) {
      const middle = draft.text.length >> 1;
      const result = applyEdits(large, draft, [{ start: middle - 1, end: middle + 1, text: 'x & y' }]);
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('1 MB of mixed garbage does not throw', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pieces = [
      '<',
      '>',
      '&',
      '&amp;',
      '<!--',
      '-->',
      '<p',
      '</p',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      'a',
      '\ud83d',
      '\ude00',
      '<br',
      '<![if',
      '<style>',
      '</style>',
      '\u0000',
    ];
    let garbage = '';
    while (garbage.length < 1024 * 1024) garbage += pieces[Math.floor(random() * pieces.length)];
    const draft = extractText(garbage);
    expect(draft.text.length).toBeLessThanOrEqual(garbage.length);
    for (let k = 0; k < 50; k++) {
      const start = Math.floor(random() * draft.text.length);
      const end = Math.min(draft.text.length, start + Math.floor(random() * 20));
      const result = applyEdits(garbage, draft, [{ start, end, text: '<&>' }]);
      if (result.ok) expect(typeof result.html).toBe('string');
    }
  });

  it('10k nested elements', () => {
    const html = '<div><span>'.repeat(10000) + 'deep text' + '</span></div>'.repeat(10000);
    const draft = extractText(html);
    expect(draft.text).toBe('deep text');
    const result = applyEdits(html, draft, [{ start: 0, end: 4, text: 'shallow' }]);
    expect(result.ok && extractText(result.html).text).toBe('shallow text');
  });

  it('malformed edits are refused, not thrown', () => {
    const html = '<p>abc</p>';
    const draft = extractText(html);
    const bad = [
      null,
      undefined,
      42,
      { start: 'a', end: 1, text: 'x' },
      { start: 0, end: 1 },
      { start: NaN, end: 1, text: '' },
    ];
    for (const edit of bad) {
      expect(applyEdits(html, draft, [edit as never]).ok).toBe(false);
    }
    expect(applyEdits(html, draft, 'nope' as never).ok).toBe(false);
    expect(applyEdits(html, null as never, []).ok).toBe(false);
  });
});
