// Public entry of the analysis engine.
import type { Category, Finding, Severity, Suggestion } from './types';
import type { EngineSettings } from './settings';
import { RULES } from './rules';
import { CUSTOM_RULE_ID, MAX_FINDINGS, runEngine } from './engine';
import { applyEdits } from './fix';
import type { LanguageInfo } from './language';
import { THREAD_RULE_INFO, threadFindings, type ThreadContext } from './thread';

export interface AnalyzeOptions {
  settings?: EngineSettings;
  /** Analyse the whole text instead of only the new part of a reply (for the playground and tests). */
  wholeText?: boolean;
  /**
   * What the thread says: the client's unanswered messages, how long they waited, the target.
   * With it, unanswered questions, unacknowledged complaints and long waits are found too.
   */
  thread?: ThreadContext | null;
}

export interface AnalyzeResult {
  /** Sorted by start offset. Offsets index the full input text. */
  findings: Finding[];
  /** Whether the new text was coached; 'other' means it is mostly not English and has no findings. */
  language: LanguageInfo;
  /** The part of the input that was analysed (the new text of the reply). */
  analyzedRange: { start: number; end: number };
  /** True when the text had so many findings that analysis stopped at MAX_FINDINGS. */
  truncated: boolean;
}

export function analyze(text: string, options?: AnalyzeOptions): AnalyzeResult {
  if (typeof text !== 'string' || text.length === 0) {
    return { findings: [], language: { code: 'en' }, analyzedRange: { start: 0, end: 0 }, truncated: false };
  }
  const settings = options && options.settings;
  const result = runEngine(text, settings, !!(options && options.wholeText));
  let findings = result.findings;
  const thread = options && options.thread;
  if (thread && result.language.code === 'en' && !result.truncated) {
    const extra = applyRuleSettings(threadFindings(text, result.range, thread, findings), settings);
    if (extra.length) findings = findings.concat(extra).sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return { findings, language: result.language, analyzedRange: result.range, truncated: result.truncated };
}

/** The user's per-rule switches and severities, for the thread-aware rules. */
function applyRuleSettings(findings: Finding[], settings: EngineSettings | undefined): Finding[] {
  const rules = (settings && settings.rules) || {};
  const out: Finding[] = [];
  for (const f of findings) {
    const rule = rules[f.ruleId];
    if (rule && rule.enabled === false) continue;
    out.push(rule && rule.severity ? { ...f, severity: rule.severity } : f);
  }
  return out;
}

/** Applies one suggestion's edits to the text it was made for. */
export function applySuggestion(text: string, suggestion: Suggestion): string {
  return applyEdits(text, suggestion.edits);
}

/** What the settings screen lists for each rule. */
export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
  why: string;
  defaultSeverity: Severity;
}

export const RULE_INFO: RuleInfo[] = RULES.map((r) => ({
  id: r.meta.id,
  category: r.meta.category,
  description: r.meta.description,
  why: r.meta.why,
  defaultSeverity: r.meta.defaultSeverity,
})).concat(THREAD_RULE_INFO);

/** The rule id findings from the user's own phrases carry. */
export { CUSTOM_RULE_ID, MAX_FINDINGS };
export type { LanguageInfo, ThreadContext };
export { threadContextFrom } from './thread';
export type { Finding, Edit, Suggestion, Severity, Category } from './types';
