// Importing this module gives the date reader chrono-node as its second opinion (see dateFallback.ts).
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import * as chronoIt from 'chrono-node/it';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import { provideDateFallback, type HeaderDateParts } from './dateFallback';

type ChronoModule = { strict: { parse(text: string, ref?: Date): ChronoResult[] } };
type ChronoResult = { start: { isCertain(c: string): boolean; get(c: string): number | null } };
// Not chrono's Spanish parser: it uses \p{…} Unicode regexes, which the ES2016 runtimes cannot parse.
// Spanish headers are covered by the explicit reader.
const CHRONO_LOCALES: ChronoModule[] = [chronoEn, chronoDe, chronoFr, chronoNl, chronoIt, chronoPt];

/** Accepted only when year, month, day and hour are stated. */
export function readWithChrono(text: string, reference: Date): HeaderDateParts | null {
  for (const locale of CHRONO_LOCALES) {
    const results = locale.strict.parse(text, reference);
    if (results.length === 0) continue;
    const start = results[0].start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day') || !start.isCertain('hour'))
      continue;
    const offset = start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null;
    return {
      year: start.get('year') as number,
      month: start.get('month') as number,
      day: start.get('day') as number,
      hour: start.get('hour') as number,
      minute: start.get('minute') || 0,
      second: start.get('second') || 0,
      offset,
      weekday: null,
    };
  }
  return null;
}

provideDateFallback(readWithChrono);
