import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Finding } from '../../src/core/types';
import {
  MAX_IGNORED_JSON_LENGTH,
  MAX_PANE_FINDINGS_JSON_LENGTH,
  paneFindingsToMerge,
  parseIgnoredKeys,
  parsePaneFindings,
  readStoredSettings,
  serializeIgnoredKeys,
  serializePaneFindings,
} from '../../src/office/sendStorage';

describe('readStoredSettings', () => {
  it('reads the JSON string the pane stores', () => {
    const settings = readStoredSettings(
      JSON.stringify({ sendCheck: 'all', rules: { 'excuse.busy': { enabled: false } } }),
    );
    expect(settings.sendCheck).toBe('all');
    expect(settings.rules).toEqual({ 'excuse.busy': { enabled: false } });
  });

  it('accepts an object stored directly', () => {
    expect(readStoredSettings({ sendCheck: 'off' }).sendCheck).toBe('off');
  });

  it.each([undefined, null, '', '{broken', 42, '"serious"', '[]', { sendCheck: 'never' }])(
    'falls back to the defaults for %p',
    (raw) => {
      const settings = readStoredSettings(raw);
      expect(settings.sendCheck).toBe(DEFAULT_SETTINGS.sendCheck);
      expect(settings.rules).toEqual({});
    },
  );

  it('never throws, even on a value JSON cannot represent', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(readStoredSettings(cyclic).sendCheck).toBe('serious');
  });
});

describe('ignored finding keys', () => {
  it('round-trips through sessionData', () => {
    const keys = ['excuse.busy|so busy', 'blame.you|you forgot'];
    expect(parseIgnoredKeys(serializeIgnoredKeys(keys))).toEqual(keys);
  });

  it('drops duplicates, empty and non-string keys', () => {
    expect(parseIgnoredKeys(serializeIgnoredKeys(['a', 'b', 'a', '', 3 as unknown as string]))).toEqual(['b', 'a']);
    expect(parseIgnoredKeys('["a", 1, null, "", "b"]')).toEqual(['a', 'b']);
  });

  it('reads nothing from unreadable values', () => {
    for (const raw of [undefined, null, '', 'nope', '{"a":1}', 7]) expect(parseIgnoredKeys(raw)).toEqual([]);
  });

  it('keeps the newest keys when the list outgrows its share of sessionData', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `rule.${i}|${'passage '.repeat(5)}${i}`);
    const json = serializeIgnoredKeys(keys);
    expect(json.length).toBeLessThanOrEqual(MAX_IGNORED_JSON_LENGTH);
    const kept = parseIgnoredKeys(json);
    expect(kept[kept.length - 1]).toBe(keys[keys.length - 1]);
    expect(kept).not.toContain(keys[0]);
  });
});

describe("the pane's findings for the send check", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'hostility',
    category: 'hostility',
    severity: 'serious',
    start: 0,
    end: 5,
    text: 'whatever',
    message: 'Sarcasm reads as contempt.',
    suggestions: [{ label: 'x', edits: [] }],
    ...over,
  });

  it('round-trips what the send check needs, serious findings first, without suggestions or offsets', () => {
    const json = serializePaneFindings([
      finding({ ruleId: 'vague-commitment', category: 'vague-commitment', severity: 'warning', text: 'soon' }),
      finding({ text: 'Not sure what part was unclear' }),
    ]);
    expect(parsePaneFindings(json)).toEqual([
      {
        ruleId: 'hostility',
        category: 'hostility',
        severity: 'serious',
        text: 'Not sure what part was unclear',
        message: 'Sarcasm reads as contempt.',
      },
      {
        ruleId: 'vague-commitment',
        category: 'vague-commitment',
        severity: 'warning',
        text: 'soon',
        message: 'Sarcasm reads as contempt.',
      },
    ]);
  });

  it('stays within its share of sessionData however many findings there are', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      finding({ text: `passage number ${i} `.repeat(15), message: 'm'.repeat(500) }),
    );
    const json = serializePaneFindings(many);
    expect(json.length).toBeLessThanOrEqual(MAX_PANE_FINDINGS_JSON_LENGTH);
    expect(parsePaneFindings(json).length).toBeGreaterThan(5);
  });

  it('does not store a passage too long to find again, nor an empty one', () => {
    expect(
      parsePaneFindings(serializePaneFindings([finding({ text: 'x'.repeat(401) }), finding({ text: '' })])),
    ).toEqual([]);
  });

  it('reads anything unexpected as no findings, entry by entry', () => {
    for (const raw of [undefined, null, 42, '', '{', '{"a":1}', 'x'.repeat(50000)])
      expect(parsePaneFindings(raw)).toEqual([]);
    const mixed = JSON.stringify([
      { ruleId: 'hostility', category: 'hostility', severity: 'serious', text: 'ok', message: 3 },
      { ruleId: 'hostility', category: 'no-such-category', severity: 'serious', text: 'ok' },
      { ruleId: 'hostility', category: 'hostility', severity: 'fatal', text: 'ok' },
      { ruleId: 'hostility', category: 'hostility', severity: 'serious', text: '' },
      null,
      'text',
    ]);
    expect(parsePaneFindings(mixed)).toEqual([
      { ruleId: 'hostility', category: 'hostility', severity: 'serious', text: 'ok', message: '' },
    ]);
  });

  describe('paneFindingsToMerge', () => {
    const stored = parsePaneFindings(
      serializePaneFindings([
        finding({ text: 'Not sure what part of \u201Cfinal\u201D was unclear' }),
        finding({ ruleId: 'excuse', category: 'excuse', text: 'I was so busy' }),
      ]),
    );
    const own = ['excuse', 'personal', 'blame'];

    it('places each finding of a rule it does not carry on its passage, exactly where it stands', () => {
      const text = 'Hi,\n\nI was so busy. Not sure what part of \u201Cfinal\u201D was unclear.\n\n> quoted';
      const merged = paneFindingsToMerge(stored, text, { start: 0, end: 70 }, own);
      expect(merged).toHaveLength(1);
      expect(text.slice(merged[0].start, merged[0].end)).toBe('Not sure what part of \u201Cfinal\u201D was unclear');
      expect(merged[0]).toMatchObject({ ruleId: 'hostility', severity: 'serious', suggestions: [] });
    });

    it('finds the passage across case, quote and whitespace differences between the HTML and the plain text', () => {
      const text = 'NOT sure what\u00A0part of\r\n"final" was unclear.';
      const [merged] = paneFindingsToMerge(stored, text, { start: 0, end: text.length }, own);
      expect(text.slice(merged.start, merged.end)).toBe('NOT sure what\u00A0part of\r\n"final" was unclear');
    });

    it('drops a finding whose passage is gone, or stands only in the quoted history', () => {
      const text = 'Thanks, all clear.\n\n> Not sure what part of "final" was unclear.';
      expect(paneFindingsToMerge(stored, text, { start: 0, end: 19 }, own)).toEqual([]);
    });

    it('keeps offsets right when lower-casing would change a character count', () => {
      const text = '\u0130stanbul. Not sure what part of "final" was unclear';
      const [merged] = paneFindingsToMerge(stored, text, { start: 0, end: text.length }, own);
      expect(text.slice(merged.start, merged.end)).toBe('Not sure what part of "final" was unclear');
    });

    it('finds a passage at the end of a 1 MB body', () => {
      const text = 'Nothing to see here. '.repeat(50000) + 'Not sure what part of "final" was unclear.';
      expect(paneFindingsToMerge(stored, text, { start: 0, end: text.length }, own)).toHaveLength(1);
    });
  });
});
