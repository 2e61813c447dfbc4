import { DEFAULT_SETTINGS } from '../../src/core/settings';
import {
  MAX_IGNORED_JSON_LENGTH,
  parseIgnoredKeys,
  readStoredSettings,
  serializeIgnoredKeys,
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
