// Public entry of the analysis engine.
import type { Category, Severity, Suggestion } from './types';
import { RULES } from './rules';
import { CUSTOM_RULE_ID, MAX_FINDINGS } from './engine';
import { applyEdits } from './fix';
import type { LanguageInfo } from './language';
import { THREAD_RULE_INFO, threadFindings, type ThreadContext } from './thread';
import { createAnalyzer, type Analyze } from './analyzer';

/** Every rule, and the thread-aware ones when the thread is known. */
export const analyze: Analyze = createAnalyzer(RULES, threadFindings);

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
export type { AnalyzeOptions, AnalyzeResult } from './analyzer';
export { threadContextFrom } from './thread';
export type { Finding, Edit, Suggestion, Severity, Category } from './types';
