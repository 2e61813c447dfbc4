/**
 * The finding shape shared by the engine, the CLI, the task pane and the send check.
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) into the analysed
 * text; `end` is exclusive and `text === input.slice(start, end)`.
 */

export type Severity = 'info' | 'warning' | 'serious';

export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'serious'];

/** Category ids are part of the public contract: never rename one. */
export type Category =
  | 'excuse'
  | 'personal'
  | 'blame'
  | 'hostility'
  | 'judgment'
  | 'deprioritizing'
  | 'vague-commitment'
  | 'self-doubt'
  | 'off-limits'
  | 'hard-sell'
  | 'withholding'
  | 'unanswered-question'
  | 'unacknowledged-complaint'
  | 'long-wait';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  label: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
}
