/**
 * Shared state between the task pane and the send check, and how the send check reads it.
 * Pure parsing only (no Office calls). Stored values come from another surface and maybe an
 * older version of the add-in: parse defensively, never throw.
 */
import { SETTINGS_KEY, cloneDefaults, parseSettings } from '../core/settings';
import type { ReplyCoachSettings } from '../core/settings';

/** roamingSettings key of the settings JSON (owned by src/core/settings.ts). */
export const SETTINGS_STORAGE_KEY = SETTINGS_KEY;

/** item.sessionData key: a JSON array of findingKey() strings the user ignored in this draft. */
export const IGNORED_FINDINGS_SESSION_KEY = 'replyCoach.ignored';

/** Caps that keep a corrupt or hostile value from slowing the send path. */
const MAX_IGNORED_KEYS = 1000;
const MAX_KEY_LENGTH = 2000;

/**
 * The settings as roamingSettings.get() returned them: the pane stores a JSON string, but an
 * object (older or hand-made data) is accepted too. Anything unreadable gives the defaults,
 * so corrupt storage never switches the send check off.
 */
export function readStoredSettings(raw: unknown): ReplyCoachSettings {
  try {
    if (typeof raw === 'string') return parseSettings(raw).settings;
    if (typeof raw === 'object' && raw !== null) return parseSettings(JSON.stringify(raw)).settings;
  } catch {
    // Fall through to the defaults.
  }
  return cloneDefaults();
}

/** The ignored-finding keys stored for this draft; anything unreadable means none. */
export function parseIgnoredKeys(raw: unknown): string[] {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, MAX_IGNORED_KEYS)
    .filter((key): key is string => typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH);
}

/** sessionData holds 50,000 characters per add-in on older clients: leave room for other keys. */
export const MAX_IGNORED_JSON_LENGTH = 20000;

/**
 * The value the pane stores under IGNORED_FINDINGS_SESSION_KEY: unique keys as a JSON array,
 * dropping the oldest keys when the list outgrows its share of sessionData.
 */
export function serializeIgnoredKeys(keys: readonly string[]): string {
  const seen: { [key: string]: true } = {};
  const unique: string[] = [];
  // Walk from the newest so the most recent decisions survive trimming.
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (typeof key !== 'string' || !key || key.length > MAX_KEY_LENGTH || seen[key]) continue;
    seen[key] = true;
    unique.push(key);
  }
  unique.reverse();
  let json = JSON.stringify(unique.slice(-MAX_IGNORED_KEYS));
  let start = Math.max(0, unique.length - MAX_IGNORED_KEYS);
  while (json.length > MAX_IGNORED_JSON_LENGTH && start < unique.length) {
    start++;
    json = JSON.stringify(unique.slice(start));
  }
  return json;
}
