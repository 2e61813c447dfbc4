// date-holidays carries ~800 KB of rules and data. The thread reader does not import it itself:
// the CLI and the library provide it up front (src/thread/holidays.ts), the task pane loads it
// on demand only when the user picked a holiday region, so the pane opens fast.

/** The part of date-holidays' Holidays class the wait calculation uses. */
export interface HolidaysLike {
  init(country: { country: string; state?: string; region?: string }, options?: { types?: string[] }): unknown;
  getHolidays(year: number): unknown;
}

export type HolidaysConstructor = new () => HolidaysLike;

let source: HolidaysConstructor | null = null;
const listeners: Array<() => void> = [];

export function provideHolidays(constructor: HolidaysConstructor): void {
  source = constructor;
  listeners.forEach((listener) => listener());
}

export function holidaysConstructor(): HolidaysConstructor | null {
  return source;
}

/** True once holiday data can be used; until then a configured region can't be honoured. */
export function holidaysAvailable(): boolean {
  return source !== null;
}

/** Called when the source arrives, so caches built without it are dropped. */
export function onHolidaysProvided(listener: () => void): void {
  listeners.push(listener);
}
