import { holidaysConstructor, onHolidaysProvided, type HolidaysLike } from './holidaySource';
import { IANAZone, type Zone } from 'luxon';
import type { WorkSchedule } from '../core/settings';
import { createPartyClassifier, isPartyClassifier, type PartyClassifier, type PartyOptions } from './client';
import type { SlaState, ThreadMessage } from './types';
import { resolveTimeZone } from './zones';

/** One business day of 8 hours. */
export const DEFAULT_SLA_MINUTES = 480;
/** From this share of the target on, a wait is "due soon". */
export const DUE_SOON_FRACTION = 0.75;
/** A date this far in the future is a misread date, not clock skew between machines. */
const FUTURE_TOLERANCE_MS = 15 * 60 * 1000;

const MS_PER_MINUTE = 60 * 1000;

export const DEFAULT_SCHEDULE: WorkSchedule = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone: null,
  holidays: null,
};

// ---------------------------------------------------------------------------------------------
// Who is waiting

/**
 * Whether a client is waiting, read from the thread (newest first):
 * - 'waiting': `message` is the earliest client message after the user's last message.
 * - 'unknown': a client is waiting, but that earliest message has no readable date.
 * - 'none': the user answered last, nobody but the user and colleagues wrote, or no history.
 */
export type WaitingState =
  | { kind: 'waiting'; since: string; message: ThreadMessage }
  | { kind: 'unknown'; message: ThreadMessage }
  | { kind: 'none' };

function isValidIso(text: string | null): text is string {
  return typeof text === 'string' && text !== '' && !isNaN(Date.parse(text));
}

export function findWaitingState(
  messages: readonly ThreadMessage[],
  parties: PartyOptions | PartyClassifier,
): WaitingState {
  const classifier = isPartyClassifier(parties) ? parties : createPartyClassifier(parties);
  let earliest: ThreadMessage | null = null;
  for (const message of messages) {
    if (!message) continue;
    const party = classifier.classify(message.from);
    if (party === 'me') break;
    // Colleagues' notes don't answer the client, and a header without any sender tells us nothing.
    if (party === 'client') earliest = message;
  }
  if (earliest === null) return { kind: 'none' };
  if (!isValidIso(earliest.sentAt)) return { kind: 'unknown', message: earliest };
  return { kind: 'waiting', since: earliest.sentAt, message: earliest };
}

// ---------------------------------------------------------------------------------------------
// Public holidays

type HolidaySpec = NonNullable<WorkSchedule['holidays']>;

/** Answers "is this local date a public holiday?" for one country/state/region, year by year. */
export interface HolidayCalendar {
  isHoliday(isoDate: string): boolean;
}

const holidayCalendars = new Map<string, HolidayCalendar>();
// Calendars built before holiday data arrived knew no holidays: rebuild them.
onHolidaysProvided(() => holidayCalendars.clear());

function holidayKey(spec: HolidaySpec): string {
  return [spec.country, spec.state || '', spec.region || ''].join('|').toUpperCase();
}

function buildHolidayCalendar(spec: HolidaySpec): HolidayCalendar {
  let instance: HolidaysLike | null = null;
  try {
    const Holidays = holidaysConstructor();
    if (Holidays === null) throw new Error('holiday data not loaded');
    instance = new Holidays();
    const ok = instance.init(
      { country: spec.country, state: spec.state, region: spec.region },
      { types: ['public'] },
    ) as unknown;
    // init returns false (or nothing usable) for an unknown country: then there are no holidays.
    if (ok === false) instance = null;
  } catch {
    instance = null;
  }
  const years = new Map<number, Set<string>>();
  return {
    isHoliday(isoDate: string): boolean {
      if (instance === null) return false;
      const year = Number(isoDate.slice(0, 4));
      let dates = years.get(year);
      if (dates === undefined) {
        dates = new Set<string>();
        try {
          const list = instance.getHolidays(year) as Array<{ type: string; date: string }>;
          if (Array.isArray(list)) {
            for (const holiday of list) {
              // Only days off for everyone: 'public' (substitute days included).
              if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
            }
          }
        } catch {
          // A broken rule set means no holidays rather than no answer.
        }
        years.set(year, dates);
      }
      return dates.has(isoDate);
    },
  };
}

/** The holiday calendar for a country/state/region, built once and cached. */
export function getHolidayCalendar(spec: HolidaySpec | null | undefined): HolidayCalendar | null {
  if (!spec || typeof spec.country !== 'string' || spec.country.trim() === '') return null;
  const key = holidayKey(spec);
  let calendar = holidayCalendars.get(key);
  if (calendar === undefined) {
    calendar = buildHolidayCalendar(spec);
    holidayCalendars.set(key, calendar);
  }
  return calendar;
}

// ---------------------------------------------------------------------------------------------
// Business time

/** A schedule checked and ready to count with. */
export interface BusinessHours {
  zone: string;
  /** True when the zone name was not understood and UTC is used instead. */
  zoneFallback: boolean;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Minutes after local midnight. */
  startMinute: number;
  /** Minutes after local midnight; less than or equal to startMinute means the shift ends the next day. */
  endMinute: number;
  holidays: HolidayCalendar | null;
}

function parseClock(text: string | undefined, allow24: boolean): number | null {
  if (typeof text !== 'string') return null;
  const match = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return null;
  if (hours > 24 || (hours === 24 && (!allow24 || minutes !== 0))) return null;
  return hours * 60 + minutes;
}

/**
 * Checks a WorkSchedule: bad clock times fall back to 09:00–17:00, no valid working day falls
 * back to Monday–Friday, and the zone is the schedule's own or else `userZone` (IANA or Windows
 * name; unknown names fall back to UTC with `zoneFallback`).
 */
export function resolveBusinessHours(
  schedule: Partial<WorkSchedule> | null | undefined,
  userZone: string,
): BusinessHours {
  const s = schedule || {};
  const zone = resolveTimeZone(s.timeZone ? s.timeZone : userZone);
  let start = parseClock(s.start, false);
  let end = parseClock(s.end, true);
  if (start === null || end === null || start === end) {
    start = 9 * 60;
    end = 17 * 60;
  }
  const days: number[] = [];
  for (const d of Array.isArray(s.days) ? s.days : []) {
    if (typeof d === 'number' && d >= 1 && d <= 7 && Math.floor(d) === d && days.indexOf(d) < 0) days.push(d);
  }
  return {
    zone: zone.zone,
    zoneFallback: zone.source === 'fallback',
    days: days.length > 0 ? days : DEFAULT_SCHEDULE.days.slice(),
    startMinute: start,
    endMinute: end,
    holidays: getHolidayCalendar(s.holidays),
  };
}

const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

/** Zone offsets are assumed constant over a week whose two ends agree: no zone changes twice in 7 days. */
const OFFSET_BUCKET_MS = 7 * MS_PER_DAY;

/**
 * Converts local wall-clock times of one zone to instants. Offsets come from luxon's IANAZone
 * (Intl underneath); weeks whose start and end share an offset are remembered, so a long wait
 * costs a few lookups a week and a wait of years stays fast.
 */
class LocalClock {
  private readonly zone: Zone;
  private readonly edges = new Map<number, number>();

  constructor(zoneName: string) {
    this.zone = IANAZone.create(zoneName);
  }

  private lookup(ms: number): number {
    const offset = this.zone.offset(ms);
    return isFinite(offset) ? offset : 0;
  }

  private edge(bucketStart: number): number {
    let offset = this.edges.get(bucketStart);
    if (offset === undefined) {
      offset = this.lookup(bucketStart);
      this.edges.set(bucketStart, offset);
    }
    return offset;
  }

  /** The zone's offset in minutes at an instant. */
  offsetAt(ms: number): number {
    const bucket = Math.floor(ms / OFFSET_BUCKET_MS) * OFFSET_BUCKET_MS;
    const before = this.edge(bucket);
    return before === this.edge(bucket + OFFSET_BUCKET_MS) ? before : this.lookup(ms);
  }

  /**
   * `localMs` is a wall-clock time written as if it were UTC. Same algorithm as luxon's: a time
   * in a spring-forward gap moves forward, an ambiguous fall-back time takes the earlier instant.
   */
  toInstant(localMs: number): number {
    const o1 = this.offsetAt(localMs);
    let guess = localMs - o1 * MS_PER_MINUTE;
    const o2 = this.offsetAt(guess);
    if (o1 === o2) return guess;
    guess -= (o2 - o1) * MS_PER_MINUTE;
    const o3 = this.offsetAt(guess);
    if (o2 === o3) return guess;
    return localMs - Math.min(o2, o3) * MS_PER_MINUTE;
  }

  /** The local wall-clock time of an instant, written as if it were UTC. */
  toLocal(ms: number): number {
    return ms + this.offsetAt(ms) * MS_PER_MINUTE;
  }
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** "YYYY-MM-DD" of a local day given as its midnight written as UTC. */
function isoDateOf(localMidnight: number): string {
  const d = new Date(localMidnight);
  return d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate());
}

/**
 * Working minutes between two instants, in the schedule's zone: only on working days that are
 * not public holidays, only inside working hours. Walks local days (O(days)); each day's hours
 * are placed through the zone's real offset, so DST changes inside the wait are counted right.
 * 0 when `to` is not after `from`.
 */
export function businessMinutesBetween(from: Date | number, to: Date | number, hours: BusinessHours): number {
  const fromMs = typeof from === 'number' ? from : from.getTime();
  const toMs = typeof to === 'number' ? to : to.getTime();
  if (!isFinite(fromMs) || !isFinite(toMs) || toMs <= fromMs) return 0;

  const overnight = hours.endMinute <= hours.startMinute;
  const workdays = [false, false, false, false, false, false, false, false];
  for (const d of hours.days) workdays[d] = true;

  const clock = new LocalClock(hours.zone);
  // Local days are handled as "local midnight written as UTC", so plain day arithmetic works.
  let day = Math.floor(clock.toLocal(fromMs) / MS_PER_DAY) * MS_PER_DAY;
  // A shift that ends after midnight may have started the day before `from`.
  if (overnight) day -= MS_PER_DAY;
  const lastDay = Math.floor(clock.toLocal(toMs) / MS_PER_DAY) * MS_PER_DAY;
  const startOffset = hours.startMinute * MS_PER_MINUTE;
  const endOffset = (overnight ? hours.endMinute + 24 * 60 : hours.endMinute) * MS_PER_MINUTE;

  let totalMs = 0;
  for (; day <= lastDay; day += MS_PER_DAY) {
    const utcWeekday = new Date(day).getUTCDay();
    if (!workdays[utcWeekday === 0 ? 7 : utcWeekday]) continue;
    if (hours.holidays !== null && hours.holidays.isHoliday(isoDateOf(day))) continue;
    const windowStart = clock.toInstant(day + startOffset);
    const windowEnd = clock.toInstant(day + endOffset);
    const overlap = Math.min(windowEnd, toMs) - Math.max(windowStart, fromMs);
    if (overlap > 0) totalMs += overlap;
  }
  return Math.floor(totalMs / MS_PER_MINUTE);
}

// ---------------------------------------------------------------------------------------------
// SLA

/** A usable target: positive and finite, else one business day. */
export function normalizeSlaTarget(minutes: number | null | undefined): number {
  return typeof minutes === 'number' && isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_SLA_MINUTES;
}

/**
 * ok below 75 % of the target, due-soon from 75 % up to and including the target itself (the
 * reply is due now), overdue once the target is passed.
 */
export function slaStateFor(businessMinutes: number, targetMinutes: number): 'ok' | 'due-soon' | 'overdue' {
  const target = normalizeSlaTarget(targetMinutes);
  if (businessMinutes > target) return 'overdue';
  if (businessMinutes >= target * DUE_SOON_FRACTION) return 'due-soon';
  return 'ok';
}

// ---------------------------------------------------------------------------------------------
// Everything together

export interface WaitResult {
  waitingSince: string | null;
  waited: { calendarMinutes: number | null; businessMinutes: number | null };
  sla: { targetMinutes: number; state: SlaState };
}

export interface WaitOptions {
  parties: PartyOptions | PartyClassifier;
  now: Date;
  /** The user's zone (IANA or Windows name), used unless the schedule names its own. */
  timeZone: string;
  schedule?: Partial<WorkSchedule> | null;
  slaMinutes?: number | null;
  /** Prepared business hours; when given, `schedule` and `timeZone` are not read again. */
  businessHours?: BusinessHours;
}

/** How long the client has waited and where that stands against the reply target. */
export function computeWait(messages: readonly ThreadMessage[], options: WaitOptions): WaitResult {
  const targetMinutes = normalizeSlaTarget(options.slaMinutes);
  const state = findWaitingState(messages, options.parties);
  const unknown: WaitResult = {
    waitingSince: null,
    waited: { calendarMinutes: null, businessMinutes: null },
    sla: { targetMinutes, state: 'unknown' },
  };
  if (state.kind === 'none') {
    return {
      waitingSince: null,
      waited: { calendarMinutes: null, businessMinutes: null },
      sla: { targetMinutes, state: 'none' },
    };
  }
  if (state.kind === 'unknown') return unknown;

  const nowMs = options.now.getTime();
  const sinceMs = Date.parse(state.since);
  if (!isFinite(nowMs) || sinceMs - nowMs > FUTURE_TOLERANCE_MS) return unknown;

  const since = new Date(sinceMs).toISOString();
  const calendarMinutes = Math.max(0, Math.floor((nowMs - sinceMs) / MS_PER_MINUTE));
  const hours = options.businessHours || resolveBusinessHours(options.schedule, options.timeZone);
  const businessMinutes = businessMinutesBetween(sinceMs, nowMs, hours);
  return {
    waitingSince: since,
    waited: { calendarMinutes, businessMinutes },
    sla: { targetMinutes, state: slaStateFor(businessMinutes, targetMinutes) },
  };
}
