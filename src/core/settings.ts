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

/** roamingSettings key under which the settings JSON is stored. */
export const SETTINGS_KEY = 'replyCoach.settings';

/** Office gives an add-in 32 KB of roaming settings per mailbox; keep headroom for the key. */
export const SETTINGS_MAX_CHARS = 30 * 1024;

export interface LoadedSettings {
  settings: ReplyCoachSettings;
  /** Set when stored settings were unreadable and defaults (or part of them) were used. */
  notice: string | null;
}

const SEVERITY_SET: Record<string, true> = { info: true, warning: true, serious: true };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') return null;
    const trimmed = v.trim().toLowerCase();
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/**
 * Read stored settings. Never throws: anything unreadable falls back to the default for
 * that field, and the notice says so, so a corrupted store can't break the pane or the send check.
 */
export function parseSettings(json: string | null | undefined): LoadedSettings {
  const settings: ReplyCoachSettings = cloneDefaults();
  if (json === null || json === undefined || json === '') return { settings, notice: null };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { settings, notice: 'Your saved settings could not be read, so the defaults are in use.' };
  }
  if (!isRecord(raw)) {
    return { settings, notice: 'Your saved settings could not be read, so the defaults are in use.' };
  }
  const bad: string[] = [];
  const schedule = raw.schedule;
  if (schedule !== undefined) {
    if (
      isRecord(schedule) &&
      Array.isArray(schedule.days) &&
      schedule.days.every((d) => typeof d === 'number' && d >= 1 && d <= 7 && Math.floor(d) === d) &&
      typeof schedule.start === 'string' &&
      typeof schedule.end === 'string' &&
      TIME.test(schedule.start) &&
      TIME.test(schedule.end) &&
      schedule.start < schedule.end &&
      (schedule.timeZone === null || typeof schedule.timeZone === 'string') &&
      (schedule.holidays === null || (isRecord(schedule.holidays) && typeof schedule.holidays.country === 'string'))
    ) {
      const holidays = schedule.holidays as ReplyCoachSettings['schedule']['holidays'];
      settings.schedule = {
        days: (schedule.days as number[]).slice().sort(),
        start: schedule.start,
        end: schedule.end,
        timeZone: (schedule.timeZone as string | null) || null,
        holidays: holidays
          ? {
              country: holidays.country,
              ...(typeof holidays.state === 'string' && holidays.state ? { state: holidays.state } : {}),
              ...(typeof holidays.region === 'string' && holidays.region ? { region: holidays.region } : {}),
            }
          : null,
      };
    } else bad.push('working hours');
  }
  if (raw.slaMinutes !== undefined) {
    if (typeof raw.slaMinutes === 'number' && raw.slaMinutes > 0 && raw.slaMinutes <= 60 * 24 * 60) {
      settings.slaMinutes = Math.round(raw.slaMinutes);
    } else bad.push('reply target');
  }
  for (const key of ['ownDomains', 'colleagues', 'clientDomains'] as const) {
    if (raw[key] === undefined) continue;
    const list = stringList(raw[key]);
    if (list) settings[key] = list;
    else bad.push(key === 'ownDomains' ? 'own domains' : key === 'colleagues' ? 'colleagues' : 'client domains');
  }
  if (raw.sendCheck !== undefined) {
    if (raw.sendCheck === 'serious' || raw.sendCheck === 'all' || raw.sendCheck === 'off') {
      settings.sendCheck = raw.sendCheck;
    } else bad.push('send check');
  }
  if (raw.graphClientId !== undefined) {
    if (typeof raw.graphClientId === 'string') settings.graphClientId = raw.graphClientId.trim();
    else bad.push('Microsoft Graph app id');
  }
  if (raw.rules !== undefined) {
    if (isRecord(raw.rules)) {
      for (const id of Object.keys(raw.rules)) {
        const rule = raw.rules[id];
        if (!isRecord(rule)) continue;
        const entry: RuleSetting = {};
        if (typeof rule.enabled === 'boolean') entry.enabled = rule.enabled;
        if (typeof rule.severity === 'string' && SEVERITY_SET[rule.severity])
          entry.severity = rule.severity as Severity;
        settings.rules[id] = entry;
      }
    } else bad.push('rule switches');
  }
  if (raw.customPhrases !== undefined) {
    if (Array.isArray(raw.customPhrases)) {
      for (const p of raw.customPhrases) {
        if (isRecord(p) && typeof p.phrase === 'string' && p.phrase.trim() && typeof p.replacement === 'string') {
          settings.customPhrases.push({
            phrase: p.phrase.trim(),
            replacement: p.replacement,
            category: (typeof p.category === 'string' ? p.category : 'vague-commitment') as Category,
            ...(typeof p.note === 'string' ? { note: p.note } : {}),
            ...(typeof p.severity === 'string' && SEVERITY_SET[p.severity] ? { severity: p.severity as Severity } : {}),
          });
        }
      }
    } else bad.push('custom phrases');
  }
  return {
    settings,
    notice: bad.length
      ? `Some saved settings could not be read (${bad.join(', ')}); the defaults are in use for those.`
      : null,
  };
}

export type SerializedSettings = { ok: true; json: string } | { ok: false; reason: string };

/** Serialize for roamingSettings, refusing (with a reason the user can act on) what won't fit. */
export function serializeSettings(settings: ReplyCoachSettings): SerializedSettings {
  const json = JSON.stringify(settings);
  if (json.length > SETTINGS_MAX_CHARS) {
    return {
      ok: false,
      reason: `These settings take ${Math.ceil(json.length / 1024)} KB, more than the ${SETTINGS_MAX_CHARS / 1024} KB Outlook keeps per add-in. Remove some custom phrases or domains and save again.`,
    };
  }
  return { ok: true, json };
}

export function cloneDefaults(): ReplyCoachSettings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as ReplyCoachSettings;
}
