/**
 * Shared state between the task pane and the send check, and how the send check reads it.
 * Pure parsing only (no Office calls). Stored values come from another surface and maybe an
 * older version of the add-in: parse defensively, never throw.
 */
import { DEFAULT_SETTINGS, SETTINGS_KEY, cloneDefaults, parseSettings } from '../core/settings';
import type { ReplyCoachSettings } from '../core/settings';
import { storedValue } from '../core/json';
import type { ThreadContext } from '../core/thread';
import { CATEGORY_LABELS } from '../core/categories';
import type { Category, Finding, Severity } from '../core/types';

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
export const MAX_THREAD_JSON_LENGTH = 22000;
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

/**
 * item.sessionData key: the findings of the pane's latest analysis of this draft. Classic Outlook's
 * send script carries only some rules (src/core/sendCore.ts); it takes the others' findings from here.
 */
export const PANE_FINDINGS_SESSION_KEY = 'replyCoach.findings';

/** The findings' share of sessionData's 50,000 characters (ignored keys 20,000, thread 22,000). */
export const MAX_PANE_FINDINGS_JSON_LENGTH = 6000;
/** A longer passage is not stored: it could not be found again after the draft is re-read. */
const MAX_STORED_PASSAGE = 400;
const MAX_STORED_MESSAGE = 200;
const MAX_STORED_FINDINGS = 50;

/** What the pane stores of a finding: enough to stop a send and to match the user's ignored list. */
export type StoredFinding = Pick<Finding, 'ruleId' | 'category' | 'severity' | 'text' | 'message'>;

const STORED_SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, serious: 2 };

/** The value the pane stores: serious findings first, so a full share loses the least important ones. */
export function serializePaneFindings(findings: readonly Finding[]): string {
  const kept = findings
    .filter((f) => f.text.length > 0 && f.text.length <= MAX_STORED_PASSAGE)
    .map((f, order) => ({ f, order }))
    .sort((a, b) => STORED_SEVERITY_RANK[b.f.severity] - STORED_SEVERITY_RANK[a.f.severity] || a.order - b.order)
    .slice(0, MAX_STORED_FINDINGS)
    .map(({ f }): StoredFinding => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      text: f.text,
      message: f.message.slice(0, MAX_STORED_MESSAGE),
    }));
  let json = JSON.stringify(kept);
  for (let count = kept.length - 1; json.length > MAX_PANE_FINDINGS_JSON_LENGTH && count >= 0; count--) {
    json = JSON.stringify(kept.slice(0, count));
  }
  return json;
}

/** Reads what the pane stored; entries without the expected shape are dropped, never thrown on. */
export function parsePaneFindings(raw: unknown): StoredFinding[] {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PANE_FINDINGS_JSON_LENGTH * 2) return [];
  const value = storedValue(raw);
  if (!Array.isArray(value)) return [];
  const out: StoredFinding[] = [];
  for (const entry of value.slice(0, MAX_STORED_FINDINGS)) {
    if (!isRecord(entry)) continue;
    const { ruleId, category, severity, text, message } = entry;
    if (
      typeof ruleId === 'string' &&
      typeof text === 'string' &&
      text.length > 0 &&
      text.length <= MAX_STORED_PASSAGE &&
      typeof category === 'string' &&
      Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, category) &&
      typeof severity === 'string' &&
      Object.prototype.hasOwnProperty.call(STORED_SEVERITY_RANK, severity)
    ) {
      out.push({
        ruleId,
        category: category as Category,
        severity: severity as Severity,
        text,
        message: typeof message === 'string' ? message.slice(0, MAX_STORED_MESSAGE) : '',
      });
    }
  }
  return out;
}

/**
 * The stored findings of rules the send script does not carry, each placed where its passage still
 * stands in the new text. A passage the user has since edited away is dropped with its finding, so an
 * outdated finding never stops a send. Passages are compared case-, quote- and whitespace-insensitively
 * (the pane reads the HTML draft, the send check its plain text).
 */
export function paneFindingsToMerge(
  stored: readonly StoredFinding[],
  text: string,
  range: { start: number; end: number },
  ownRuleIds: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  let folded: FoldedText | null = null;
  for (const s of stored) {
    if (ownRuleIds.indexOf(s.ruleId) >= 0) continue;
    let start = text.indexOf(s.text, range.start);
    let end = start + s.text.length;
    if (start < 0 || end > range.end) {
      const passage = foldPassage(s.text);
      if (!folded) folded = foldText(text, range);
      const at = passage ? folded.text.indexOf(passage) : -1;
      if (at < 0) continue;
      start = folded.map[at];
      end = folded.map[at + passage.length - 1] + 1;
    }
    // Spelled out: object spread compiles to a call classic Outlook's runtime lacks.
    out.push({
      ruleId: s.ruleId,
      category: s.category,
      severity: s.severity,
      message: s.message,
      start,
      end,
      text: text.slice(start, end),
      suggestions: [],
    });
  }
  return out;
}

interface FoldedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  map: number[];
}

const SPACE_LIKE = /[\s\u00A0\u200B]/;

function foldChar(ch: string): string {
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u201A' || ch === '\u201B' || ch === '\u2032') return "'";
  if (ch === '\u201C' || ch === '\u201D' || ch === '\u201E' || ch === '\u201F' || ch === '\u2033') return '"';
  const lower = ch.toLowerCase();
  // One character in, one out, so the map stays aligned ("İ" lower-cases to two).
  return lower.length === 1 ? lower : ch;
}

/** Lower case, straight quotes, one space for any run of whitespace; with a map back to the original. */
function foldText(text: string, range: { start: number; end: number }): FoldedText {
  const chars: string[] = [];
  const map: number[] = [];
  let space = true;
  for (let i = range.start; i < range.end; i++) {
    const ch = text.charAt(i);
    if (SPACE_LIKE.test(ch)) {
      if (!space) {
        chars.push(' ');
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    chars.push(foldChar(ch));
    map.push(i);
  }
  return { text: chars.join(''), map };
}

function foldPassage(passage: string): string {
  return foldText(passage, { start: 0, end: passage.length }).text.trim();
}
