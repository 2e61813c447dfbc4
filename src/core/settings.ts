import type { Category, Severity } from './types';

/** A phrase the user wants flagged, with the wording they want instead. */
export interface CustomPhrase {
  phrase: string;
  replacement: string;
  category: Category;
  note?: string;
  severity?: Severity;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** The part of the user's settings the analysis engine reads. */
export interface EngineSettings {
  /** Per-rule switches, keyed by rule id. */
  rules?: Record<string, RuleSetting>;
  customPhrases?: CustomPhrase[];
}

/** When the user works: used for business-time waits. */
export interface WorkSchedule {
  /** ISO weekdays the user works: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "HH:mm", 24 h, in `timeZone`. */
  start: string;
  end: string;
  /** IANA zone; null means the mailbox's own zone. */
  timeZone: string | null;
  /** Public holidays (date-holidays country/state codes); null means none. */
  holidays: { country: string; state?: string; region?: string } | null;
}

export type SendCheckLevel = 'serious' | 'all' | 'off';

/** Everything the user can set; stored in roaming settings. */
export interface ReplyCoachSettings extends EngineSettings {
  version: 1;
  schedule: WorkSchedule;
  /** Reply target in business minutes. */
  slaMinutes: number;
  /** Domains that belong to the user's own organisation (colleagues). */
  ownDomains: string[];
  /** Individual colleague addresses outside the own domains. */
  colleagues: string[];
  /** Domains that are always clients even when they match an own domain. */
  clientDomains: string[];
  sendCheck: SendCheckLevel;
  /** Entra app registration (client id) for Microsoft Graph; empty means not configured. */
  graphClientId: string;
  rules: Record<string, RuleSetting>;
  customPhrases: CustomPhrase[];
}

export const DEFAULT_SETTINGS: ReplyCoachSettings = {
  version: 1,
  schedule: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: null, holidays: null },
  slaMinutes: 8 * 60,
  ownDomains: [],
  colleagues: [],
  clientDomains: [],
  sendCheck: 'serious',
  graphClientId: '',
  rules: {},
  customPhrases: [],
};
