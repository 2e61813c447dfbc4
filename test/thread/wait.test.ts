import '../../src/thread/holidays';
import {
  businessMinutesBetween,
  computeWait,
  findWaitingState,
  getHolidayCalendar,
  resolveBusinessHours,
  slaStateFor,
  type BusinessHours,
} from '../../src/thread/wait';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { WorkSchedule } from '../../src/core/settings';
import { msg } from './fixtures/messages';

const ME = 'sam@brightdesk.co';
const DANA = 'Dana Whitfield <dana@whitfieldstudio.com>';

function hours(zone: string, schedule: Partial<WorkSchedule> = {}): BusinessHours {
  return resolveBusinessHours(
    { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: zone, holidays: null, ...schedule },
    'UTC',
  );
}

const between = (from: string, to: string, h: BusinessHours) => businessMinutesBetween(new Date(from), new Date(to), h);

describe('business minutes', () => {
  it('skips the weekend (New York, Fri 16:00 → Mon 10:30)', () => {
    const h = hours('America/New_York');
    expect(between('2026-11-20T21:00:00Z', '2026-11-23T15:30:00Z', h)).toBe(60 + 90);
  });

  it('counts nothing outside working hours on the same day', () => {
    const h = hours('America/New_York');
    // Tue 07:00 → 08:59 local.
    expect(between('2026-11-24T12:00:00Z', '2026-11-24T13:59:00Z', h)).toBe(0);
    // Tue 07:00 → 09:10 local: only the 10 minutes after opening.
    expect(between('2026-11-24T12:00:00Z', '2026-11-24T14:10:00Z', h)).toBe(10);
    // Sat 11:00 → Mon 09:45.
    expect(between('2026-11-21T16:00:00Z', '2026-11-23T14:45:00Z', h)).toBe(45);
    // Written after closing on Friday, read before opening on Monday.
    expect(between('2026-11-20T23:30:00Z', '2026-11-23T13:00:00Z', h)).toBe(0);
  });

  it('is 0 when the end is not after the start', () => {
    const h = hours('UTC');
    expect(between('2026-11-24T12:00:00Z', '2026-11-24T12:00:00Z', h)).toBe(0);
    expect(between('2026-11-24T12:00:00Z', '2026-11-24T10:00:00Z', h)).toBe(0);
    expect(businessMinutesBetween(NaN, Date.now(), h)).toBe(0);
  });

  it('skips US Thanksgiving with date-holidays, but not without holidays', () => {
    const withHolidays = hours('America/New_York', { holidays: { country: 'US' } });
    const without = hours('America/New_York');
    // Wed 25 Nov 15:00 EST → Fri 27 Nov 10:00 EST; Thursday 26 is Thanksgiving.
    expect(between('2026-11-25T20:00:00Z', '2026-11-27T15:00:00Z', withHolidays)).toBe(120 + 60);
    expect(between('2026-11-25T20:00:00Z', '2026-11-27T15:00:00Z', without)).toBe(120 + 480 + 60);
  });

  it('skips UK bank holidays (England, spring bank holiday 25 May 2026)', () => {
    const h = hours('Europe/London', { holidays: { country: 'GB', state: 'ENG' } });
    // Fri 22 May 16:30 BST → Tue 26 May 09:30 BST.
    expect(between('2026-05-22T15:30:00Z', '2026-05-26T08:30:00Z', h)).toBe(30 + 30);
    // Christmas 2026: Fri 25 Dec and the Boxing Day substitute Mon 28 Dec are both off.
    expect(between('2026-12-24T16:00:00Z', '2026-12-29T09:10:00Z', h)).toBe(60 + 10);
  });

  it('caches one holiday calendar per country/state/region', () => {
    const a = getHolidayCalendar({ country: 'US' });
    const b = getHolidayCalendar({ country: 'us' });
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(a!.isHoliday('2026-11-26')).toBe(true);
    expect(a!.isHoliday('2026-11-27')).toBe(false);
    expect(getHolidayCalendar({ country: 'GB', state: 'ENG' })).not.toBe(a);
    expect(getHolidayCalendar(null)).toBeNull();
    // An unknown country gives no holidays, not an error.
    expect(getHolidayCalendar({ country: 'ZZ' })!.isHoliday('2026-01-01')).toBe(false);
  });

  it('handles the US spring-forward weekend (8 March 2026)', () => {
    const h = hours('America/New_York');
    // Fri 6 Mar 12:00 EST (UTC-5) → Mon 9 Mar 12:00 EDT (UTC-4).
    expect(between('2026-03-06T17:00:00Z', '2026-03-09T16:00:00Z', h)).toBe(300 + 180);
    // Opening hour on Monday is 13:00 UTC after the change, not 14:00.
    expect(between('2026-03-06T22:00:00Z', '2026-03-09T13:30:00Z', h)).toBe(30);
  });

  it('handles the US fall-back weekend (1 November 2026)', () => {
    const h = hours('America/New_York');
    // Fri 30 Oct 16:00 EDT → Mon 2 Nov 10:00 EST.
    expect(between('2026-10-30T20:00:00Z', '2026-11-02T15:00:00Z', h)).toBe(60 + 60);
  });

  it('handles the EU spring-forward weekend (29 March 2026, Berlin)', () => {
    const h = hours('Europe/Berlin');
    // Fri 27 Mar 16:00 CET → Mon 30 Mar 09:30 CEST.
    expect(between('2026-03-27T15:00:00Z', '2026-03-30T07:30:00Z', h)).toBe(60 + 30);
  });

  it('handles the EU fall-back weekend (25 October 2026, Paris) with a start after hours', () => {
    const h = hours('Europe/Paris');
    // Fri 23 Oct 17:30 CEST (after closing) → Mon 26 Oct 09:15 CET.
    expect(between('2026-10-23T15:30:00Z', '2026-10-26T08:15:00Z', h)).toBe(15);
  });

  it('counts the real length of DST days on a round-the-clock schedule', () => {
    const h = hours('America/New_York', { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' });
    // Sat 7 Mar 00:00 EST → Mon 9 Mar 00:00 EDT: 47 hours because Sunday has 23.
    expect(between('2026-03-07T05:00:00Z', '2026-03-09T04:00:00Z', h)).toBe(47 * 60);
    // Sat 31 Oct 00:00 EDT → Mon 2 Nov 00:00 EST: 49 hours.
    expect(between('2026-10-31T04:00:00Z', '2026-11-02T05:00:00Z', h)).toBe(49 * 60);
  });

  it('supports a shift that ends after midnight', () => {
    const h = hours('UTC', { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00' });
    // Mon 23:00 → Tue 05:00 is inside Monday's shift.
    expect(between('2026-11-23T23:00:00Z', '2026-11-24T05:00:00Z', h)).toBe(360);
    // Sat 01:00 → Sat 05:00 belongs to Friday's shift.
    expect(between('2026-11-28T01:00:00Z', '2026-11-28T05:00:00Z', h)).toBe(240);
    // Sun 01:00 → Sun 05:00: Saturday has no shift.
    expect(between('2026-11-29T01:00:00Z', '2026-11-29T05:00:00Z', h)).toBe(0);
  });

  it('walks a year day by day with the right total', () => {
    const h = hours('UTC');
    // 52 full weeks from Monday 00:00: 52 × 5 × 8 hours.
    expect(between('2026-01-05T00:00:00Z', '2027-01-04T00:00:00Z', h)).toBe(52 * 5 * 480);
    // Ten years stay correct too (2610 weekdays from 2026-01-05 to 2036-01-07).
    const tenYears = between('2026-01-05T00:00:00Z', '2036-01-07T00:00:00Z', h);
    expect(tenYears % 480).toBe(0);
    expect(tenYears / 480).toBe(2610);
  });

  it('falls back to a sane schedule when the settings are broken', () => {
    const h = resolveBusinessHours(
      { days: [], start: '9', end: '25:00', timeZone: 'Nowhere/Else', holidays: null },
      'UTC',
    );
    expect(h.days).toEqual([1, 2, 3, 4, 5]);
    expect(h.startMinute).toBe(540);
    expect(h.endMinute).toBe(1020);
    expect(h.zone).toBe('UTC');
    expect(h.zoneFallback).toBe(true);
  });

  it('uses the user zone when the schedule has none, and understands Windows names', () => {
    const h = resolveBusinessHours({ timeZone: null }, 'Pacific Standard Time');
    expect(h.zone).toBe('America/Los_Angeles');
    expect(h.zoneFallback).toBe(false);
    // Mon 23 Nov 08:00 → 10:00 PST is 60 business minutes.
    expect(between('2026-11-23T16:00:00Z', '2026-11-23T18:00:00Z', h)).toBe(60);
  });
});

describe('who is waiting', () => {
  it('is the earliest client message after my last one', () => {
    const thread = [
      msg(DANA, '2026-11-20T15:00:00Z'),
      msg(DANA, '2026-11-19T15:00:00Z'),
      msg(ME, '2026-11-18T15:00:00Z'),
      msg(DANA, '2026-11-17T15:00:00Z'),
    ];
    const state = findWaitingState(thread, { me: ME });
    expect(state).toMatchObject({ kind: 'waiting', since: '2026-11-19T15:00:00Z' });
  });

  it('does not let a colleague answer for me', () => {
    const thread = [
      msg('Priya Shah <priya@brightdesk.co>', '2026-11-20T16:00:00Z'),
      msg(DANA, '2026-11-20T15:00:00Z'),
      msg('Priya Shah <priya@brightdesk.co>', '2026-11-19T18:00:00Z'),
      msg(DANA, '2026-11-19T15:00:00Z'),
      msg(ME, '2026-11-18T15:00:00Z'),
    ];
    expect(findWaitingState(thread, { me: ME })).toMatchObject({ kind: 'waiting', since: '2026-11-19T15:00:00Z' });
  });

  it('is nobody when I answered last', () => {
    const thread = [msg(ME, '2026-11-20T15:00:00Z'), msg(DANA, '2026-11-19T15:00:00Z')];
    expect(findWaitingState(thread, { me: ME }).kind).toBe('none');
    // My address in another case is still me.
    expect(findWaitingState([msg('SAM@BrightDesk.co', null), msg(DANA, null)], { me: ME }).kind).toBe('none');
  });

  it('is nobody when there is no history or only colleagues wrote', () => {
    expect(findWaitingState([], { me: ME }).kind).toBe('none');
    expect(findWaitingState([msg('priya@brightdesk.co', '2026-11-20T15:00:00Z')], { me: ME }).kind).toBe('none');
  });

  it('is unknown when the earliest waiting message has no date', () => {
    const thread = [msg(DANA, '2026-11-20T15:00:00Z'), msg(DANA, null), msg(ME, '2026-11-18T15:00:00Z')];
    expect(findWaitingState(thread, { me: ME }).kind).toBe('unknown');
    // A newer undated message does not matter when the earliest one has a date.
    const thread2 = [msg(DANA, null), msg(DANA, '2026-11-19T15:00:00Z')];
    expect(findWaitingState(thread2, { me: ME })).toMatchObject({ kind: 'waiting', since: '2026-11-19T15:00:00Z' });
    // A date that is not ISO is no date.
    expect(findWaitingState([msg(DANA, 'Tuesday')], { me: ME }).kind).toBe('unknown');
  });
});

describe('SLA', () => {
  it('has boundaries at 75 % and past the target', () => {
    expect(slaStateFor(0, 480)).toBe('ok');
    expect(slaStateFor(359, 480)).toBe('ok');
    expect(slaStateFor(360, 480)).toBe('due-soon');
    expect(slaStateFor(480, 480)).toBe('due-soon');
    expect(slaStateFor(481, 480)).toBe('overdue');
    expect(slaStateFor(90, 120)).toBe('due-soon');
    expect(slaStateFor(89, 120)).toBe('ok');
    // A nonsense target falls back to one business day.
    expect(slaStateFor(400, 0)).toBe('due-soon');
    expect(slaStateFor(500, NaN)).toBe('overdue');
  });
});

describe('computeWait', () => {
  const base = { parties: { me: ME }, timeZone: 'America/New_York' };

  it('gives calendar and business minutes with the SLA state', () => {
    // Dana wrote Fri 20 Nov 16:00 EST; now Mon 23 Nov 10:30 EST.
    const result = computeWait([msg(DANA, '2026-11-20T21:00:00Z')], { ...base, now: new Date('2026-11-23T15:30:00Z') });
    expect(result).toEqual({
      waitingSince: '2026-11-20T21:00:00.000Z',
      waited: { calendarMinutes: 2 * 1440 + 18 * 60 + 30, businessMinutes: 150 },
      sla: { targetMinutes: 480, state: 'ok' },
    });
  });

  it('reaches overdue exactly one minute past the target', () => {
    // From Mon 09:00 EST: Monday gives 480 business minutes, Tuesday adds one a minute from 09:00.
    const since = '2026-11-23T14:00:00Z';
    const at = (iso: string) => computeWait([msg(DANA, since)], { ...base, now: new Date(iso) }).sla.state;
    expect(at('2026-11-23T19:59:00Z')).toBe('ok'); // 359 minutes
    expect(at('2026-11-23T20:00:00Z')).toBe('due-soon'); // 360
    expect(at('2026-11-24T14:00:00Z')).toBe('due-soon'); // 480, due now
    expect(at('2026-11-24T14:01:00Z')).toBe('overdue'); // 481
  });

  it('uses a custom target', () => {
    const result = computeWait([msg(DANA, '2026-11-23T14:00:00Z')], {
      ...base,
      now: new Date('2026-11-23T16:00:00Z'),
      slaMinutes: 120,
    });
    expect(result.sla).toEqual({ targetMinutes: 120, state: 'due-soon' });
  });

  it('says unknown rather than a wrong number', () => {
    const undated = computeWait([msg(DANA, null)], { ...base, now: new Date('2026-11-23T16:00:00Z') });
    expect(undated).toEqual({
      waitingSince: null,
      waited: { calendarMinutes: null, businessMinutes: null },
      sla: { targetMinutes: 480, state: 'unknown' },
    });
    // A date hours in the future was misread.
    const future = computeWait([msg(DANA, '2026-11-24T16:00:00Z')], { ...base, now: new Date('2026-11-23T16:00:00Z') });
    expect(future.sla.state).toBe('unknown');
    // A few minutes ahead is clock skew: no wait yet.
    const skew = computeWait([msg(DANA, '2026-11-23T16:05:00Z')], { ...base, now: new Date('2026-11-23T16:00:00Z') });
    expect(skew.waited).toEqual({ calendarMinutes: 0, businessMinutes: 0 });
    expect(skew.sla.state).toBe('ok');
  });

  it('says none when nobody waits', () => {
    const result = computeWait([msg(ME, '2026-11-23T14:00:00Z'), msg(DANA, '2026-11-20T14:00:00Z')], {
      ...base,
      now: new Date('2026-11-23T16:00:00Z'),
    });
    expect(result).toEqual({
      waitingSince: null,
      waited: { calendarMinutes: null, businessMinutes: null },
      sla: { targetMinutes: 480, state: 'none' },
    });
  });

  it('applies holidays from the schedule', () => {
    const result = computeWait([msg(DANA, '2026-11-25T20:00:00Z')], {
      ...base,
      now: new Date('2026-11-27T15:00:00Z'),
      schedule: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: null, holidays: { country: 'US' } },
    });
    expect(result.waited.businessMinutes).toBe(180);
    expect(result.sla.state).toBe('ok');
  });
});

describe('business minutes against a minute-by-minute count', () => {
  // The slow, obvious definition: a minute counts when its local wall time is inside working hours
  // on a working day. Schedules stay clear of the small hours, where DST gaps and overlaps live.
  function referenceMinutes(fromMs: number, toMs: number, h: BusinessHours): number {
    let count = 0;
    for (let t = fromMs; t < toMs; t += 60000) {
      const local = DateTime.fromMillis(t, { zone: h.zone });
      const minute = local.hour * 60 + local.minute;
      if (h.days.indexOf(local.weekday) >= 0 && minute >= h.startMinute && minute < h.endMinute) count++;
    }
    return count;
  }

  const zones = [
    'America/New_York',
    'Europe/Berlin',
    'Australia/Sydney',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'America/Los_Angeles',
  ];
  // Around DST changes in both hemispheres in 2026, and a quiet week.
  const anchors = [
    '2026-03-06T00:00:00Z',
    '2026-03-27T00:00:00Z',
    '2026-04-03T00:00:00Z',
    '2026-09-25T00:00:00Z',
    '2026-10-23T00:00:00Z',
    '2026-10-30T00:00:00Z',
    '2026-06-10T00:00:00Z',
  ].map((iso) => Date.parse(iso));

  it('agrees on random waits across DST changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...anchors),
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: 5, max: 12 }),
        fc.integer({ min: 1, max: 10 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        (zone, anchor, startOffset, length, startHour, span, days) => {
          const h = resolveBusinessHours(
            {
              days,
              start: startHour + ':30',
              end: Math.min(startHour + span, 23) + ':00',
              timeZone: zone,
              holidays: null,
            },
            'UTC',
          );
          const from = anchor + startOffset * 60000;
          const to = from + length * 60000;
          expect(businessMinutesBetween(from, to, h)).toBe(referenceMinutes(from, to, h));
        },
      ),
      { numRuns: 30, seed: 20261123 },
    );
  });

  it('never exceeds calendar time and adds up over split intervals', () => {
    const h = hours('Europe/Berlin', { holidays: { country: 'DE', state: 'BY' } });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 90 * 1440 }),
        fc.integer({ min: 0, max: 90 * 1440 }),
        (start, a, b) => {
          const from = Math.floor(start / 60000) * 60000;
          const mid = from + a * 60000;
          const to = mid + b * 60000;
          const whole = businessMinutesBetween(from, to, h);
          expect(whole).toBeLessThanOrEqual(a + b);
          expect(whole).toBe(businessMinutesBetween(from, mid, h) + businessMinutesBetween(mid, to, h));
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});
