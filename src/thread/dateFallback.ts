// chrono-node reads header dates the explicit reader in dates.ts does not know, but it weighs
// ~25 KB gzipped and is rarely needed. The thread reader does not import it itself: the CLI and
// the library provide it up front (src/thread/chronoDates.ts, through the thread index); the task
// pane loads it only once a header actually needed it, then reads the thread again.

/** A header date as written: wall-clock fields, plus the offset when the header names one. */
export interface HeaderDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC when the header names an offset. */
  offset: number | null;
  weekday: number | null;
}

/** Reads a header date in full (year, month, day and hour certain) or gives null. */
export type DateFallbackReader = (text: string, reference: Date) => HeaderDateParts | null;

let reader: DateFallbackReader | null = null;
let wanted = false;
const listeners: Array<() => void> = [];

export function provideDateFallback(fallback: DateFallbackReader): void {
  reader = fallback;
}

export function dateFallback(): DateFallbackReader | null {
  return reader;
}

/** True once a header could not be read for lack of the fallback reader. */
export function dateFallbackWanted(): boolean {
  return wanted && reader === null;
}

/** Notifies once per missing reader, so the pane can load it and read the thread again. Returns the unsubscribe. */
export function onDateFallbackWanted(listener: () => void): () => void {
  listeners.push(listener);
  return () => {
    const at = listeners.indexOf(listener);
    if (at >= 0) listeners.splice(at, 1);
  };
}

export function fallbackWanted(): void {
  if (wanted) return;
  wanted = true;
  listeners.forEach((listener) => listener());
}
