/**
 * The send check's decision, free of Office.js: given the findings, the user's settings, the
 * findings already ignored in the pane and what the client supports, build the object passed
 * to event.completed(). A clean reply gets { allowEvent: true } and nothing else.
 */
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../core/categories';
import { findingKey } from '../core/findingKey';
import type { RuleSetting, SendCheckLevel } from '../core/settings';
import type { Category, Finding, Severity } from '../core/types';
import { COMPOSE_PANE_COMMAND_ID } from './ids';
import { storedValue } from '../core/json';

/** Limits from the Smart Alerts API reference. */
export const MAX_ERROR_MESSAGE_LENGTH = 500;
export const MAX_CANCEL_LABEL_LENGTH = 20;
/** Not a documented limit: kept small so classic Outlook passes it to the pane without trouble. */
export const MAX_CONTEXT_DATA_LENGTH = 8000;

export const REVIEW_BUTTON_LABEL = 'Review fixes';
/** Value of Office.MailboxEnums.SendModeOverride.PromptUser (the only override allowed). */
export const PROMPT_USER_SEND_MODE = 'promptUser';

/** What the Outlook client supports, from Office.context.requirements. */
export interface SendFeatures {
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  takeAction: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
}

export interface SendDecisionInput {
  findings: readonly Finding[];
  sendCheck: SendCheckLevel;
  /** Per-rule switches; a rule switched off never stops a send even if the engine reported it. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** findingKey() values the user ignored in the pane for this draft. */
  ignoredKeys?: readonly string[];
  features: SendFeatures;
}

/** The subset of Office.SmartAlertsEventCompletedOptions the send check uses. */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/** One finding as handed to the pane through contextData. */
export interface SendContextFinding extends Pick<
  Finding,
  'ruleId' | 'category' | 'severity' | 'start' | 'end' | 'text'
> {
  key: string;
}

/** JSON shape of contextData; the pane reads it with item.getInitializationContextAsync(). */
export interface SendContextData {
  findings: SendContextFinding[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, serious: 2 };

/** Whether a finding of this severity stops the send at the user's chosen level. */
export function stopsSend(severity: Severity, level: SendCheckLevel): boolean {
  if (level === 'off') return false;
  const threshold = level === 'all' ? SEVERITY_RANK.warning : SEVERITY_RANK.serious;
  return (SEVERITY_RANK[severity] || 0) >= threshold;
}

/** The findings that should stop this send, in reading order. */
export function blockingFindings(input: SendDecisionInput): Finding[] {
  const ignored: { [key: string]: true } = {};
  for (const key of input.ignoredKeys || []) ignored[key] = true;
  const rules = input.rules || {};
  return input.findings
    .filter((finding) => {
      if (!stopsSend(finding.severity, input.sendCheck)) return false;
      const rule = Object.prototype.hasOwnProperty.call(rules, finding.ruleId) ? rules[finding.ruleId] : undefined;
      if (rule && rule.enabled === false) return false;
      return !ignored[findingKey(finding)];
    })
    .sort((a, b) => a.start - b.start);
}

export function decideSend(input: SendDecisionInput): SendCompletion {
  if (input.sendCheck === 'off') return { allowEvent: true };
  const blocking = blockingFindings(input);
  if (blocking.length === 0) return { allowEvent: true };

  const groups = groupByCategory(blocking);
  const completion: SendCompletion = {
    allowEvent: false,
    errorMessage: fitMessage(groups, (shown, quoteLength) => renderPlain(shown, groups, quoteLength, input.features)),
  };
  if (input.features.markdown) {
    completion.errorMessageMarkdown = fitMessage(groups, (shown, quoteLength) =>
      renderMarkdown(shown, groups, quoteLength, input.features),
    );
  }
  if (input.features.takeAction) {
    completion.cancelLabel = REVIEW_BUTTON_LABEL.slice(0, MAX_CANCEL_LABEL_LENGTH);
    completion.commandId = COMPOSE_PANE_COMMAND_ID;
    completion.contextData = buildContextData(blocking);
    completion.sendModeOverride = PROMPT_USER_SEND_MODE;
  }
  return completion;
}

interface CategoryGroup {
  category: Category;
  label: string;
  count: number;
  /** The first passage in reading order; empty when the finding has no passage of its own. */
  passage: string;
  /** Fallback wording when there is no passage (e.g. a finding about something missing). */
  message: string;
  worst: number;
}

/** Serious categories first; within a severity, the pane's order (what loses clients fastest first). */
function groupByCategory(findings: readonly Finding[]): CategoryGroup[] {
  const byCategory: { [category: string]: CategoryGroup } = {};
  const groups: CategoryGroup[] = [];
  for (const finding of findings) {
    let group = byCategory[finding.category];
    if (!group) {
      group = {
        category: finding.category,
        label: CATEGORY_LABELS[finding.category] || String(finding.category),
        count: 0,
        passage: collapseWhitespace(finding.text || ''),
        message: collapseWhitespace(finding.message || ''),
        worst: 0,
      };
      byCategory[finding.category] = group;
      groups.push(group);
    }
    group.count++;
    group.worst = Math.max(group.worst, SEVERITY_RANK[finding.severity] || 0);
  }
  // Array.prototype.sort is stable from ES2019 only: every tie is broken explicitly.
  const seen = groups.slice();
  const rank = (group: CategoryGroup): number => {
    const index = CATEGORY_ORDER.indexOf(group.category);
    return index < 0 ? CATEGORY_ORDER.length : index;
  };
  return groups.sort((a, b) => b.worst - a.worst || rank(a) - rank(b) || seen.indexOf(a) - seen.indexOf(b));
}

const SEVERITY_VALUES: readonly Severity[] = ['info', 'warning', 'serious'];

/**
 * Reads contextData as the pane receives it from item.getInitializationContextAsync() (a JSON
 * string, or already an object on newer clients). Entries that don't have the expected shape are
 * dropped; anything unreadable gives an empty list.
 */
export function parseSendContextData(raw: unknown): SendContextFinding[] {
  const value = storedValue(raw);
  const list = value && typeof value === 'object' ? (value as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(list)) return [];
  const out: SendContextFinding[] = [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as { [key: string]: unknown };
    const category = e.category as Category;
    if (
      typeof e.key === 'string' &&
      typeof e.ruleId === 'string' &&
      typeof e.text === 'string' &&
      typeof e.start === 'number' &&
      typeof e.end === 'number' &&
      Object.prototype.hasOwnProperty.call(CATEGORY_LABELS, category) &&
      SEVERITY_VALUES.indexOf(e.severity as Severity) >= 0
    ) {
      out.push({
        key: e.key,
        ruleId: e.ruleId,
        category,
        severity: e.severity as Severity,
        start: e.start,
        end: e.end,
        text: e.text,
      });
    }
  }
  return out;
}

type Renderer = (shown: readonly CategoryGroup[], quoteLength: number) => string;

/** Longest quote first; then fewer categories; never more than the API allows. */
const QUOTE_LENGTHS = [90, 60, 40, 25];

function fitMessage(groups: readonly CategoryGroup[], render: Renderer): string {
  for (const quoteLength of QUOTE_LENGTHS) {
    const text = render(groups, quoteLength);
    if (text.length <= MAX_ERROR_MESSAGE_LENGTH) return text;
  }
  const shortest = QUOTE_LENGTHS[QUOTE_LENGTHS.length - 1];
  for (let keep = groups.length - 1; keep >= 1; keep--) {
    const text = render(groups.slice(0, keep), shortest);
    if (text.length <= MAX_ERROR_MESSAGE_LENGTH) return text;
  }
  return shorten(render(groups.slice(0, 1), shortest), MAX_ERROR_MESSAGE_LENGTH);
}

function summaryLine(groups: readonly CategoryGroup[]): string {
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return total === 1
    ? 'This reply has 1 thing that can cost you the client\u2019s trust'
    : `This reply has ${total} things that can cost you the client\u2019s trust`;
}

function nextStep(features: SendFeatures, markdown: boolean): string {
  if (features.takeAction) {
    return markdown
      ? `Select **${REVIEW_BUTTON_LABEL}** for suggested rewrites, or send anyway.`
      : `Select ${REVIEW_BUTTON_LABEL} for suggested rewrites, or send anyway.`;
  }
  return 'Open Reply Coach for suggested rewrites, or send anyway.';
}

function moreLine(hidden: number): string {
  return hidden === 1 ? '\u2026and 1 more kind of problem' : `\u2026and ${hidden} more kinds of problem`;
}

function countSuffix(count: number): string {
  return count > 1 ? ` (${count})` : '';
}

function renderPlain(
  shown: readonly CategoryGroup[],
  all: readonly CategoryGroup[],
  quoteLength: number,
  features: SendFeatures,
): string {
  const lines = shown.map((group) => {
    const detail = group.passage
      ? `\u201C${shorten(group.passage, quoteLength)}\u201D`
      : shorten(group.message, quoteLength);
    return `- ${group.label}${countSuffix(group.count)}: ${detail}`;
  });
  if (shown.length < all.length) lines.push(moreLine(all.length - shown.length));
  return `${summaryLine(all)}:\n${lines.join('\n')}\n${nextStep(features, false)}`;
}

function renderMarkdown(
  shown: readonly CategoryGroup[],
  all: readonly CategoryGroup[],
  quoteLength: number,
  features: SendFeatures,
): string {
  // List items end in \r (Smart Alerts' list syntax); \n\n starts a new paragraph.
  const items = shown.map((group) => {
    const detail = group.passage
      ? `\u201C${escapeMarkdown(shorten(group.passage, quoteLength))}\u201D`
      : escapeMarkdown(shorten(group.message, quoteLength));
    return `- **${group.label}**${countSuffix(group.count)}: ${detail}\r`;
  });
  if (shown.length < all.length) items.push(`- ${moreLine(all.length - shown.length)}\r`);
  return `**${summaryLine(all)}.** ${nextStep(features, true)}\n\n${items.join('')}`;
}

function buildContextData(findings: readonly Finding[]): string {
  const entries: SendContextFinding[] = findings.map((finding) => ({
    key: findingKey(finding),
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    start: finding.start,
    end: finding.end,
    text: shorten(collapseWhitespace(finding.text || ''), 200),
  }));
  // Drop findings from the end until the JSON fits; the pane re-analyses the draft anyway.
  let count = entries.length;
  let json = JSON.stringify({ findings: entries } as SendContextData);
  while (json.length > MAX_CONTEXT_DATA_LENGTH && count > 0) {
    count = Math.max(0, Math.min(count - 1, Math.floor((count * MAX_CONTEXT_DATA_LENGTH) / json.length)));
    json = JSON.stringify({ findings: entries.slice(0, count) } as SendContextData);
  }
  return json;
}

const WHITESPACE_RUN = /\s+/g;

function collapseWhitespace(text: string): string {
  return String(text).replace(WHITESPACE_RUN, ' ').trim();
}

/** Cuts to at most maxLength characters, at a word boundary when one is near, ending in "…". */
export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength <= 1) return '\u2026'.slice(0, maxLength);
  let cut = maxLength - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= Math.floor(maxLength * 0.6)) cut = space;
  // Never split a surrogate pair (an emoji would turn into a broken character).
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut).replace(/[\s.,;:!?-]+$/, '') + '\u2026';
}

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()<>#+!|~]/g;

/** The dialog's Markdown takes a backslash before any character it would otherwise interpret. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIALS, '\\$&');
}
