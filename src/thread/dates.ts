/**
 * Reads the send time out of a quote header ("Thursday, March 5, 2026 9:05 AM",
 * "Do., 5. März 2026 um 09:05", "2014-03-20 8:48 GMT+01:00", "20.06.24 um 16:20" …).
 *
 * Header times are local to the client that rendered them and usually carry no zone, so they are read
 * in the caller's IANA zone unless the header names an offset. Anything we cannot read for certain —
 * no year, no time, an all-numeric date whose day/month order is unknown, a weekday that contradicts
 * the date, a local time that does not exist — gives null rather than a guess.
 */
import { DateTime } from 'luxon';
import { dateFallback, fallbackWanted, type HeaderDateParts } from './dateFallback';
import { fold } from './lines';

export interface DateOptions {
  /** IANA zone for times written without an offset. */
  timeZone: string;
  /** Reference for two-digit years. */
  now?: Date;
  /** BCP 47 locale of the rendering client; settles day/month order of dates like 01/03/11. */
  locale?: string;
}

const MONTHS: Record<string, number> = {};
function months(names: string[][]): void {
  names.forEach((forms, index) => {
    for (const form of forms) MONTHS[fold(form)] = index + 1;
  });
}
// en, de, fr, es, it, nl, pt, da/no/sv, pl (genitive), fi (partitive), ru and uk (genitive).
// Short forms in pl, uk and el, as Gmail and Outlook print them ("14 lip 2015", "30 серп. 2016", "17 Απρ 2024").
months([
  ['sty', 'січ', 'ιαν'],
  ['lut', 'лют', 'φεβ'],
  ['бер', 'μαρ'],
  ['kwi', 'квіт', 'απρ'],
  ['трав', 'μαΐ', 'μαϊ', 'μαι'],
  ['cze', 'черв', 'ιουν'],
  ['lip', 'лип', 'ιουλ'],
  ['sie', 'серп', 'αυγ'],
  ['wrz', 'вер', 'σεπ'],
  ['paź', 'жовт', 'οκτ'],
  ['lis', 'лист', 'νοε'],
  ['gru', 'груд', 'δεκ'],
]);
months([
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'januari',
    'janeiro',
    'stycznia',
    'styczeń',
    'tammikuuta',
    'января',
    'янв',
    'січня',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'févr',
    'fév',
    'febrero',
    'febbraio',
    'februari',
    'fevereiro',
    'fev',
    'lutego',
    'helmikuuta',
    'февраля',
    'фев',
    'лютого',
  ],
  [
    'march',
    'mar',
    'märz',
    'mrz',
    'mars',
    'marzo',
    'maart',
    'mrt',
    'março',
    'marts',
    'marca',
    'maaliskuuta',
    'марта',
    'березня',
  ],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'huhtikuuta', 'апреля', 'апр', 'квітня'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio', 'maj', 'maja', 'toukokuuta', 'мая', 'травня'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'kesäkuuta', 'июня', 'июн', 'червня'],
  [
    'july',
    'jul',
    'juli',
    'juillet',
    'juil',
    'julio',
    'luglio',
    'lug',
    'julho',
    'lipca',
    'heinäkuuta',
    'июля',
    'июл',
    'липня',
  ],
  ['august', 'aug', 'août', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'elokuuta', 'августа', 'авг', 'серпня'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'set',
    'setembro',
    'września',
    'syyskuuta',
    'сентября',
    'сен',
    'вересня',
  ],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'października',
    'lokakuuta',
    'октября',
    'окт',
    'жовтня',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'marraskuuta', 'ноября', 'ноя', 'листопада'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'déc',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'grudnia',
    'joulukuuta',
    'декабря',
    'дек',
    'грудня',
  ],
]);

/** Weekday names (Monday = 1); used to reject a date the header's own weekday contradicts. */
const WEEKDAYS: Record<string, number> = {};
[
  [
    'monday',
    'mon',
    'montag',
    'mo',
    'lundi',
    'lun',
    'lunes',
    'lunedì',
    'maandag',
    'ma',
    'segunda-feira',
    'seg',
    'mandag',
    'måndag',
    'понедельник',
    'пн',
  ],
  [
    'tuesday',
    'tue',
    'tues',
    'dienstag',
    'di',
    'mardi',
    'martes',
    'martedì',
    'dinsdag',
    'terça-feira',
    'ter',
    'tirsdag',
    'tir',
    'tisdag',
    'вторник',
    'вт',
  ],
  [
    'wednesday',
    'wed',
    'mittwoch',
    'mi',
    'mercredi',
    'mer',
    'miércoles',
    'mié',
    'mercoledì',
    'woensdag',
    'wo',
    'quarta-feira',
    'qua',
    'onsdag',
    'ons',
    'среда',
    'ср',
  ],
  [
    'thursday',
    'thu',
    'thur',
    'thurs',
    'donnerstag',
    'do',
    'jeudi',
    'jeu',
    'jueves',
    'jue',
    'giovedì',
    'gio',
    'donderdag',
    'quinta-feira',
    'qui',
    'torsdag',
    'tor',
    'tors',
    'четверг',
    'чт',
  ],
  [
    'friday',
    'fri',
    'freitag',
    'fr',
    'vendredi',
    'ven',
    'viernes',
    'vie',
    'venerdì',
    'vrijdag',
    'vr',
    'sexta-feira',
    'sex',
    'fredag',
    'fre',
    'пятница',
    'пт',
    'pe',
  ],
  [
    'saturday',
    'sat',
    'samstag',
    'sa',
    'samedi',
    'sam',
    'sábado',
    'sáb',
    'sabato',
    'sab',
    'zaterdag',
    'za',
    'lørdag',
    'lør',
    'lördag',
    'суббота',
    'сб',
  ],
  [
    'sunday',
    'sun',
    'sonntag',
    'so',
    'dimanche',
    'dim',
    'domingo',
    'dom',
    'domenica',
    'zondag',
    'zo',
    'søndag',
    'søn',
    'söndag',
    'воскресенье',
    'вс',
  ],
].forEach((forms, index) => {
  for (const form of forms) WEEKDAYS[fold(form)] = index + 1;
});

/** Offsets of zone abbreviations that clients print after the time (hours). */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 1,
  cet: 1,
  mez: 1,
  cest: 2,
  mesz: 2,
  eet: 2,
  eest: 3,
  msk: 3,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  akst: -9,
  akdt: -8,
  hst: -10,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
  nzst: 12,
  nzdt: 13,
};

/** Locales that write all-numeric dates month first. */
const MONTH_FIRST_LOCALES = ['en-us', 'en-ph', 'en-as', 'en-gu', 'en-mp', 'en-pr', 'en-um', 'en-vi', 'fil', 'es-us'];

type Parts = HeaderDateParts;

/** ISO 8601 UTC instant of a header date, or null when it cannot be read for certain. */
export function parseHeaderDate(raw: string | null | undefined, options: DateOptions): string | null {
  if (!raw) return null;
  try {
    const text = raw
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length === 0 || text.length > 200) return null;
    const parts = readParts(text, options);
    // Once the explicit reader has understood the shape, its doubts (day/month order, weekday,
    // skipped local time) are final: no second opinion may turn them into a guess.
    if (parts === AMBIGUOUS) return null;
    if (parts !== null) return toInstant(parts, options.timeZone);
    // The fallback reader (chrono) is a costly second opinion; it can only help where a year and a
    // time are written. Where it has not been loaded yet, say so, so the caller can load it and re-read.
    if (!YEAR_AND_TIME.test(text)) return null;
    const reader = dateFallback();
    if (!reader) {
      fallbackWanted();
      return null;
    }
    const fallback = reader(text, options.now || new Date());
    return fallback === null ? null : toInstant(fallback, options.timeZone);
  } catch {
    return null;
  }
}

const AMBIGUOUS = 'ambiguous';
const YEAR_AND_TIME = /(19|20)\d\d[^\d][^]{0,60}\d{1,2}[:.]\d\d|\d{1,2}[:.]\d\d[^]{0,60}(19|20)\d\d/;

function readParts(text: string, options: DateOptions): Parts | typeof AMBIGUOUS | null {
  let s = fold(text);
  const zone = takeZone(s);
  s = zone.rest;
  const time = takeTime(s);
  if (time === null) return null;
  s = time.rest;
  const date = takeDate(s, options);
  if (date === AMBIGUOUS) return AMBIGUOUS;
  if (date === null) return null;
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
    offset: zone.offset,
    weekday: findWeekday(date.rest),
  };
}

function takeZone(s: string): { rest: string; offset: number | null } {
  // "GMT+01:00", "UTC-5", "GMT+1"
  let m = /(gmt|utc) ?([+-])(\d{1,2})(:?(\d\d))?/.exec(s);
  if (m) return { rest: cut(s, m.index, m[0].length), offset: sign(m[2]) * (Number(m[3]) * 60 + Number(m[5] || 0)) };
  // "+0530", "-0800", "+03:00" standing alone after the time.
  m = /(^|[ (])([+-])(\d\d):?(\d\d)($|[ )])/.exec(s);
  if (m) return { rest: cut(s, m.index, m[0].length), offset: sign(m[2]) * (Number(m[3]) * 60 + Number(m[4])) };
  m = /(^|[ (])([a-z]{1,5})($|[ )])/.exec(s);
  while (m) {
    const hours = ZONE_ABBREVIATIONS[m[2]];
    if (hours !== undefined && m[2] !== 'z') return { rest: cut(s, m.index, m[0].length), offset: hours * 60 };
    const next = /(^|[ (])([a-z]{1,5})($|[ )])/.exec(s.slice(m.index + m[0].length));
    if (!next) break;
    next.index += m.index + m[0].length;
    m = next;
  }
  return { rest: s, offset: null };
}

function sign(c: string): number {
  return c === '-' ? -1 : 1;
}

function cut(s: string, at: number, length: number): string {
  return s.slice(0, at) + ' ' + s.slice(at + length);
}

interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  rest: string;
}

const PM_MARKERS = ['오후', '下午', '午後', '晚上'];
const AM_MARKERS = ['오전', '上午', '午前', '早上'];

function takeTime(s: string): TimeParts | null {
  const re = /(\d{1,2})([:h.])(\d\d)(([:.])(\d\d))?/g;
  let found: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const before = m.index > 0 ? s.charAt(m.index - 1) : ' ';
    const after = s.charAt(m.index + m[0].length);
    const afterNext = s.charAt(m.index + m[0].length + 1);
    if (/[\d]/.test(before) || /\d/.test(after)) continue;
    if (m[2] === '.' || m[5] === '.') {
      // "30.09.2017" and "04.07.24" are dates, not times.
      if (before === '.' || before === '/' || (after === '.' && /\d/.test(afterNext))) continue;
      if (after === '.' && m[5] !== '.') continue;
    }
    if (m[2] === 'h' && /[a-z]/.test(after)) continue;
    found = m;
  }
  if (found === null) return null;
  let hour = Number(found[1]);
  const minute = Number(found[3]);
  const second = found[6] ? Number(found[6]) : 0;
  let rest = cut(s, found.index, found[0].length);
  const tail = s.slice(found.index + found[0].length, found.index + found[0].length + 8);
  const meridiem = /^ ?(a\.? ?m\.?|p\.? ?m\.?)($|[^a-z])/.exec(tail);
  let twelveHour = false;
  let pm = false;
  if (meridiem) {
    twelveHour = true;
    pm = meridiem[1].charAt(0) === 'p';
    rest = cut(rest, found.index + 1, meridiem[0].length);
  } else {
    for (const marker of PM_MARKERS)
      if (s.indexOf(marker) !== -1) {
        twelveHour = true;
        pm = true;
      }
    for (const marker of AM_MARKERS)
      if (s.indexOf(marker) !== -1) {
        twelveHour = true;
        pm = false;
      }
  }
  if (twelveHour) {
    if (hour < 1 || hour > 12) return null;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, rest };
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  rest: string;
}

function fullYear(y: number, now: Date): number {
  if (y >= 100) return y;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  const candidate = century + y;
  return candidate > now.getUTCFullYear() + 1 ? candidate - 100 : candidate;
}

function takeDate(s: string, options: DateOptions): DateParts | typeof AMBIGUOUS | null {
  const now = options.now || new Date();
  // Year first: ISO "2014-03-20", "2016/11/08", "2016. 11. 8.", "2016年11月8日".
  let m = /(^|[^\d])(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})($|[^\d])/.exec(s);
  if (m) return { year: Number(m[2]), month: Number(m[3]), day: Number(m[4]), rest: cut(s, m.index, m[0].length) };
  // All-numeric day and month: "25.06.2015", "20.06.24", "19/03/2014", "01/03/11".
  m = /(^|[^\d])(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d\d)($|[^\d])/.exec(s);
  if (m && m[3] === m[5]) {
    const a = Number(m[2]);
    const b = Number(m[4]);
    const year = fullYear(Number(m[6]), now);
    const rest = cut(s, m.index, m[0].length);
    if (m[3] === '.') return { year, month: b, day: a, rest };
    if (a > 12 && b <= 12) return { year, month: b, day: a, rest };
    if (b > 12 && a <= 12) return { year, month: a, day: b, rest };
    if (a === b) return { year, month: a, day: a, rest };
    const order = numericOrder(options.locale);
    if (order === 'mdy') return { year, month: a, day: b, rest };
    if (order === 'dmy') return { year, month: b, day: a, rest };
    return AMBIGUOUS;
  }
  // Month names: "March 5, 2026", "5. März 2026", "10 de julho de 2017", "30 апр. 2025 г.".
  const tokens = s.split(/[\s,.\-/()]+/).filter((t) => t.length > 0);
  let year: number | null = null;
  for (const token of tokens) {
    if (/^\d{4}$/.test(token)) {
      const y = Number(token);
      if (y >= 1970 && y <= 2100) year = y;
    }
  }
  if (year === null) return null;
  // Day before month ("5 nov.", "10 de julho") first: a weekday abbreviation that is also a month
  // name ("mar." for martes) is never preceded by the day.
  for (let i = 1; i < tokens.length; i++) {
    const month = MONTHS[tokens[i]];
    if (month === undefined) continue;
    const before = dayNumber(tokens[i - 1]);
    const beforeDe = i > 1 && tokens[i - 1] === 'de' ? dayNumber(tokens[i - 2]) : null;
    const day = before !== null ? before : beforeDe;
    if (day !== null) return { year, month, day, rest: s };
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const month = MONTHS[tokens[i]];
    const day = dayNumber(tokens[i + 1]);
    if (month !== undefined && day !== null) return { year, month, day, rest: s };
  }
  return null;
}

function dayNumber(token: string): number | null {
  const m = /^(\d{1,2})(st|nd|rd|th|er|e|º)?$/.exec(token);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : null;
}

function numericOrder(locale: string | undefined): 'mdy' | 'dmy' | null {
  if (!locale) return null;
  const l = locale.toLowerCase();
  for (const prefix of MONTH_FIRST_LOCALES) {
    if (l === prefix || l.indexOf(prefix + '-') === 0) return 'mdy';
  }
  return 'dmy';
}

function findWeekday(s: string): number | null {
  const tokens = s.split(/[\s,.()]+/);
  for (const token of tokens) {
    if (token.length < 2) continue;
    const day = WEEKDAYS[token];
    if (day !== undefined) return day;
  }
  return null;
}

function toInstant(p: Parts, timeZone: string): string | null {
  const fields = { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
  let dt: DateTime;
  if (p.offset !== null) {
    dt = DateTime.fromObject(fields, { zone: fixedZone(p.offset) });
  } else {
    dt = DateTime.fromObject(fields, { zone: timeZone });
    if (!dt.isValid) return null;
    // A wall time the zone skips (spring forward) never appeared on a clock there: our zone is wrong.
    if (dt.hour !== p.hour || dt.minute !== p.minute) return null;
    // A wall time the zone repeats (fall back): take the first occurrence, so a wait is never understated.
    const earlier = dt.minus({ hours: 1 });
    if (earlier.hour === p.hour && earlier.minute === p.minute && earlier.day === p.day) dt = earlier;
  }
  if (!dt.isValid || dt.day !== p.day || dt.month !== p.month) return null;
  if (p.weekday !== null && dt.weekday !== p.weekday) return null;
  return dt.toUTC().toISO({ suppressMilliseconds: true });
}

function fixedZone(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? ':' + (minutes < 10 ? '0' : '') + minutes : ''}`;
}
