// Builds analyze() for a set of rules: the engine plus, when given, the thread-aware rules.
import type { Finding } from './types';
import type { EngineSettings } from './settings';
import type { Rule } from './rule';
import { createEngine } from './engine';
import type { LanguageInfo } from './language';
import type { ThreadContext } from './thread';

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

/** The thread-aware rules' entry (threadFindings in ./thread), passed in so a build can leave them out. */
export type ThreadRules = (
  text: string,
  newText: { start: number; end: number },
  context: ThreadContext,
  engineFindings: Finding[],
) => Finding[];

export type Analyze = (text: string, options?: AnalyzeOptions) => AnalyzeResult;

export function createAnalyzer(rules: readonly Rule[], threadRules?: ThreadRules): Analyze {
  const runEngine = createEngine(rules);
  return function analyze(text: string, options?: AnalyzeOptions): AnalyzeResult {
    if (typeof text !== 'string' || text.length === 0) {
      return { findings: [], language: { code: 'en' }, analyzedRange: { start: 0, end: 0 }, truncated: false };
    }
    const settings = options && options.settings;
    const result = runEngine(text, settings, !!(options && options.wholeText));
    let findings = result.findings;
    const thread = options && options.thread;
    if (threadRules && thread && result.language.code === 'en' && !result.truncated) {
      const extra = applyRuleSettings(threadRules(text, result.range, thread, findings), settings);
      if (extra.length) findings = findings.concat(extra).sort((a, b) => a.start - b.start || a.end - b.end);
    }
    return { findings, language: result.language, analyzedRange: result.range, truncated: result.truncated };
  };
}

/** The user's per-rule switches and severities, for the thread-aware rules. */
function applyRuleSettings(findings: Finding[], settings: EngineSettings | undefined): Finding[] {
  const rules = (settings && settings.rules) || {};
  const out: Finding[] = [];
  for (const f of findings) {
    const rule = rules[f.ruleId];
    if (rule && rule.enabled === false) continue;
    // Object.assign, not spread: `{ ...f, severity }` compiles to an ES2017 call classic Outlook lacks.
    out.push(rule && rule.severity ? Object.assign({}, f, { severity: rule.severity }) : f);
  }
  return out;
}
