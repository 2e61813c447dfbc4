/**
 * Shared state between the task pane and the send check, and how the send check reads it.
 * Pure parsing only (no Office calls). Stored values come from another surface and maybe an
 * older version of the add-in: parse defensively, never throw.
 */
import { DEFAULT_SETTINGS, SETTINGS_KEY, cloneDefaults, parseSettings } from '../core/settings';
import type { ReplyCoachSettings } from '../core/settings';
import { storedValue } from '../core/json';
import type { ThreadContext } from '../core/thread';

function isRecord(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  const value = storedValue(raw);
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

/**
 * item.sessionData key holding the thread context the task pane read from the quoted history
 * ({clientMessages, waitedBusinessMinutes, slaMinutes, clientName}), so the send check can find
 * unanswered questions, unacknowledged complaints and long waits without parsing dates itself.
 */
export const THREAD_CONTEXT_SESSION_KEY = 'replyCoach.thread';

/** sessionData holds 50,000 characters per draft in all; the thread gets a share of it. */
export const MAX_THREAD_JSON_LENGTH = 24000;
const MAX_CLIENT_MESSAGES = 5;

export function serializeThreadContext(context: ThreadContext): string {
  const clientMessages: string[] = [];
  let budget = MAX_THREAD_JSON_LENGTH - 400;
  for (let i = 0; i < context.clientMessages.length && i < MAX_CLIENT_MESSAGES; i++) {
    const body = String(context.clientMessages[i]).slice(0, Math.max(0, budget));
    budget -= JSON.stringify(body).length;
    clientMessages.push(body);
    if (budget <= 0) break;
  }
  return JSON.stringify({
    clientMessages,
    waitedBusinessMinutes: context.waitedBusinessMinutes,
    slaMinutes: context.slaMinutes,
    clientName: context.clientName || null,
  });
}

/** Reads what the pane stored; anything unreadable means "no thread" rather than an error. */
export function parseThreadContext(raw: unknown): ThreadContext | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_THREAD_JSON_LENGTH * 2) return null;
  const value = storedValue(raw);
  if (!isRecord(value) || !Array.isArray(value.clientMessages)) return null;
  const clientMessages = value.clientMessages
    .filter((m): m is string => typeof m === 'string')
    .slice(0, MAX_CLIENT_MESSAGES);
  const waited = value.waitedBusinessMinutes;
  const sla = value.slaMinutes;
  return {
    clientMessages,
    waitedBusinessMinutes: typeof waited === 'number' && isFinite(waited) ? waited : null,
    slaMinutes: typeof sla === 'number' && isFinite(sla) && sla > 0 ? sla : DEFAULT_SETTINGS.slaMinutes,
    clientName: typeof value.clientName === 'string' ? value.clientName : null,
  };
}
