// Public holidays are part of the library's and the CLI's wait calculation.
import './holidays';
// So is chrono-node, the date reader's second opinion.
import './chronoDates';
/** The thread layer's public API: who the client is and how long they have waited. */
export type { Person, SlaState, ThreadMessage } from './types';
export {
  PUBLIC_MAIL_DOMAINS,
  classifyPerson,
  createPartyClassifier,
  domainOf,
  findClient,
  isPartyClassifier,
  isPublicMailDomain,
} from './client';
export type { Party, PartyClassifier, PartyOptions } from './client';
export { FALLBACK_ZONE, isValidIanaZone, resolveTimeZone, windowsZoneToIana } from './zones';
export type { ResolvedZone } from './zones';
export {
  DEFAULT_SCHEDULE,
  DEFAULT_SLA_MINUTES,
  DUE_SOON_FRACTION,
  businessMinutesBetween,
  computeWait,
  findWaitingState,
  getHolidayCalendar,
  normalizeSlaTarget,
  resolveBusinessHours,
  slaStateFor,
} from './wait';
export type { BusinessHours, HolidayCalendar, WaitOptions, WaitResult, WaitingState } from './wait';
export {
  formatBusinessDuration,
  formatDuration,
  formatPerson,
  formatWait,
  noneReason,
  slaLabel,
  summarizeThread,
} from './summary';
export type { DurationStyle, FormatWaitOptions, SummarizeOptions, ThreadSummary } from './summary';
export { findNewText } from './split';
export type { TextRange } from './split';
export { parseDraft, parseDraftHtml } from './parse';
export type { ParseOptions, ParsedDraft } from './parse';
export { holidaysAvailable, provideHolidays } from './holidaySource';
