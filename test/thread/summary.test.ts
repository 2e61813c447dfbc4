import {
  formatBusinessDuration,
  formatDuration,
  formatPerson,
  formatWait,
  summarizeThread,
} from '../../src/thread/summary';
import { msg } from './fixtures/messages';

const ME = 'sam@brightdesk.co';
const DANA = 'Dana Whitfield <dana@whitfieldstudio.com>';

describe('summarizeThread', () => {
  // Dana wrote Thu 19 Nov 2026 15:00 EST; now Sat 21 Nov 18:00 EST.
  const thread = [
    msg('Priya Shah <priya@brightdesk.co>', '2026-11-20T14:00:00Z'),
    msg(DANA, '2026-11-19T20:00:00Z'),
    msg(ME, '2026-11-18T15:00:00Z'),
  ];
  const now = new Date('2026-11-21T23:00:00Z');

  it('puts client, wait and SLA together', () => {
    const summary = summarizeThread(thread, { me: ME, timeZone: 'America/New_York', now });
    expect(summary).toEqual({
      messages: thread,
      client: { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' },
      waitingSince: '2026-11-19T20:00:00.000Z',
      waited: { calendarMinutes: 2 * 1440 + 3 * 60, businessMinutes: 120 + 480 },
      sla: { targetMinutes: 480, state: 'overdue' },
      timeZone: { zone: 'America/New_York', fallback: false },
    });
    expect(formatWait(summary)).toBe(
      'Dana Whitfield <dana@whitfieldstudio.com> has waited 2 days 3 hours (10 business hours) — overdue',
    );
    expect(formatWait(summary, { style: 'short', nameOnly: true })).toBe(
      'Dana Whitfield: 2 d 3 h (10 h business) — overdue',
    );
  });

  it('reads the settings: schedule zone, SLA target, colleagues', () => {
    const summary = summarizeThread(thread, {
      me: ME,
      timeZone: 'Eastern Standard Time',
      now,
      settings: {
        slaMinutes: 960,
        schedule: { days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00', timeZone: 'Europe/London', holidays: null },
        // Dana's studio counts as the user's own organisation here, so nobody waits.
        ownDomains: ['whitfieldstudio.com'],
      },
    });
    expect(summary.client).toBeNull();
    expect(summary.sla).toEqual({ targetMinutes: 960, state: 'none' });
    expect(summary.timeZone).toEqual({ zone: 'Europe/London', fallback: false });
    expect(formatWait(summary)).toBe('Only you and colleagues wrote in this thread — no client is waiting.');
  });

  it('flags a zone it could not read', () => {
    const summary = summarizeThread(thread, { me: ME, timeZone: 'Mars Standard Time', now });
    expect(summary.timeZone).toEqual({ zone: 'UTC', fallback: true });
    // Business hours now run 09:00–17:00 UTC: Thu 20:00 → Fri 17:00 gives one full day.
    expect(summary.waited.businessMinutes).toBe(480);
  });

  it('words unknown and none plainly', () => {
    const unknown = summarizeThread([msg(DANA, null)], { me: ME, timeZone: 'UTC', now });
    expect(unknown.sla.state).toBe('unknown');
    expect(formatWait(unknown)).toBe(
      'Dana Whitfield <dana@whitfieldstudio.com> is waiting, but the date of their message could not be read — waiting time unknown.',
    );
    expect(formatWait(unknown, { style: 'short' })).toBe('Dana Whitfield <dana@whitfieldstudio.com>: wait unknown');

    const answered = summarizeThread([msg(ME, '2026-11-20T14:00:00Z'), msg(DANA, '2026-11-19T14:00:00Z')], {
      me: ME,
      timeZone: 'UTC',
      now,
    });
    expect(formatWait(answered)).toBe(
      'You replied last — Dana Whitfield <dana@whitfieldstudio.com> is not waiting on you.',
    );

    const empty = summarizeThread([], { me: ME, timeZone: 'UTC', now });
    expect(empty.client).toBeNull();
    expect(formatWait(empty)).toBe('No earlier messages found in this reply — nothing to time.');
  });
});

describe('wording helpers', () => {
  it('formats calendar durations to two units', () => {
    expect(formatDuration(0)).toBe('0 minutes');
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(59)).toBe('59 minutes');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(61)).toBe('1 hour 1 minute');
    expect(formatDuration(1440)).toBe('1 day');
    expect(formatDuration(1440 + 59)).toBe('1 day');
    expect(formatDuration(3 * 1440 + 5 * 60 + 7)).toBe('3 days 5 hours');
    expect(formatDuration(3 * 1440 + 5 * 60 + 7, 'short')).toBe('3 d 5 h');
    expect(formatDuration(125, 'short')).toBe('2 h 5 min');
    expect(formatDuration(-5)).toBe('0 minutes');
    expect(formatDuration(NaN, 'short')).toBe('0 min');
  });

  it('formats business durations in working hours', () => {
    expect(formatBusinessDuration(45)).toBe('45 business minutes');
    expect(formatBusinessDuration(60)).toBe('1 business hour');
    expect(formatBusinessDuration(11 * 60 + 59)).toBe('11 business hours');
    expect(formatBusinessDuration(660, 'short')).toBe('11 h');
    expect(formatBusinessDuration(1, 'short')).toBe('1 min');
  });

  it('formats people with whatever is known', () => {
    expect(formatPerson({ name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' })).toBe(
      'Dana Whitfield <dana@whitfieldstudio.com>',
    );
    expect(formatPerson({ name: 'dana@whitfieldstudio.com', address: 'dana@whitfieldstudio.com' })).toBe(
      'dana@whitfieldstudio.com',
    );
    expect(formatPerson({ name: null, address: 'dana@whitfieldstudio.com' })).toBe('dana@whitfieldstudio.com');
    expect(formatPerson({ name: 'Dana', address: null })).toBe('Dana');
    expect(formatPerson({ name: null, address: null })).toBe('The client');
    expect(formatPerson(null, 'Someone')).toBe('Someone');
    expect(formatPerson({ name: 5, address: null } as unknown as Parameters<typeof formatPerson>[0])).toBe(
      'The client',
    );
  });
});

describe('hostile input', () => {
  it('never throws on malformed messages or settings', () => {
    const junk = [
      null,
      { from: null, to: null, sentAt: 42 },
      { from: { name: 5, address: ['x'] }, sentAt: 'not a date' },
      msg(DANA, '2026-11-20T14:00:00Z'),
    ] as unknown as Parameters<typeof summarizeThread>[0];
    const settings = {
      slaMinutes: 'soon',
      schedule: null,
      ownDomains: 'riverava.com',
      colleagues: [null, 7],
      clientDomains: undefined,
    } as unknown as Parameters<typeof summarizeThread>[1]['settings'];
    const summary = summarizeThread(junk, {
      me: ME,
      timeZone: 'America/New_York',
      now: new Date('2026-11-20T16:00:00Z'),
      settings,
    });
    expect(summary.sla.targetMinutes).toBe(480);
    expect(summary.client).toEqual({ name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' });
    expect(summary.waitingSince).toBe('2026-11-20T14:00:00.000Z');
    expect(typeof formatWait(summary)).toBe('string');

    const invalidNow = summarizeThread([msg(DANA, '2026-11-20T14:00:00Z')], {
      me: ME,
      timeZone: 'UTC',
      now: new Date(NaN),
    });
    expect(invalidNow.sla.state).toBe('unknown');
  });
});
