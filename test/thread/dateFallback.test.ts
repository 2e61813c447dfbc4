/** The second-opinion date reader (chrono-node) is optional: without it a header it alone can read gives null and asks for it. */
const RARE = 'Tuesday the 5th of March 2024 at 9:05am';
const OPTIONS = { timeZone: 'Europe/London' };

describe('date fallback', () => {
  it('without chrono: unknown date, and the reader is asked for once', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { parseHeaderDate } = require('../../src/thread/dates') as typeof import('../../src/thread/dates');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fallback = require('../../src/thread/dateFallback') as typeof import('../../src/thread/dateFallback');
      const wanted = jest.fn();
      const unsubscribed = jest.fn();
      fallback.onDateFallbackWanted(wanted);
      fallback.onDateFallbackWanted(unsubscribed)();
      expect(parseHeaderDate('Thursday, March 5, 2026 9:05 AM', OPTIONS)).toBe('2026-03-05T09:05:00Z');
      expect(fallback.dateFallbackWanted()).toBe(false);
      expect(parseHeaderDate(RARE, OPTIONS)).toBeNull();
      expect(parseHeaderDate(RARE, OPTIONS)).toBeNull();
      expect(fallback.dateFallbackWanted()).toBe(true);
      expect(wanted).toHaveBeenCalledTimes(1);
      expect(unsubscribed).not.toHaveBeenCalled();
    });
  });

  it('with chrono loaded, the same header is read', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { parseHeaderDate } = require('../../src/thread/dates') as typeof import('../../src/thread/dates');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/thread/chronoDates');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fallback = require('../../src/thread/dateFallback') as typeof import('../../src/thread/dateFallback');
      expect(parseHeaderDate(RARE, OPTIONS)).toBe('2024-03-05T09:05:00Z');
      expect(fallback.dateFallbackWanted()).toBe(false);
    });
  });

  it('the thread index provides it to the library and the CLI', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/thread');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { parseHeaderDate } = require('../../src/thread/dates') as typeof import('../../src/thread/dates');
      expect(parseHeaderDate(RARE, OPTIONS)).toBe('2024-03-05T09:05:00Z');
    });
  });
});
