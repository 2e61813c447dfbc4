import type { Category, Severity } from './types';

/** What a rule is, for the engine and for the settings screen. */
export interface RuleMeta {
  id: string;
  category: Category;
  /** One line for the settings list. */
  description: string;
  /** Why clients mind: shown as the explanation of a finding. */
  why: string;
  defaultSeverity: Severity;
  /** Finding messages by id; the only place their text lives. */
  messages: { [messageId: string]: string };
}

/**
 * How a finding is fixed. Sentence-level fixes keep everything the writer said outside the
 * finding; templates may contain placeholders in brackets for the writer to fill.
 */
export type FixSpec =
  /** Excuses: drop the excuse (and an apology for the delay next to it), thank for patience, keep the real content. */
  | { kind: 'patience' }
  /** Drop the clauses holding the match; if nothing is left the sentence becomes `fallback`, or goes. */
  | { kind: 'drop'; fallback?: string }
  /**
   * Replace the matched words (or only the part captured as $span); `mid` is used when they do not
   * start the sentence.
   */
  | { kind: 'replace'; with: string; mid?: string }
  /** Replace the whole sentence. */
  | { kind: 'sentence'; with: string };

/** A family of phrasings that share a message and a fix: data, compiled once. */
export interface PhraseFamily {
  /** Key into the rule's messages. */
  message: string;
  /** Token patterns (see pattern/pattern.ts). */
  patterns: string[];
  fix: FixSpec;
  /** Suggestion label shown on the button. */
  label: string;
  /** The family fires only when one of these also matches in the same sentence. */
  requires?: string[];
  /** The family stays quiet when one of these matches in the same sentence. */
  unless?: string[];
  /**
   * The match only counts when another clause of the sentence gives a reason (it is not real content
   * such as "the report is attached", nor a question); that clause becomes part of the finding, or
   * with 'reason-only' the whole finding (the matched clause is real content, e.g. "the invoices are late").
   */
  needsReasonClause?: boolean | 'reason-only';
  /** The family stays quiet when one of these matches anywhere in the new text. */
  unlessText?: string[];
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  families: PhraseFamily[];
}
