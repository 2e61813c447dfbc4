import type { Finding } from './types';

/**
 * A stable identity for a finding, shared by the task pane (which stores the keys the user
 * ignored) and the send check (which skips them). Offsets are left out on purpose: they shift
 * whenever the user edits text above the passage, but the rule and the words do not.
 */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'text'> & Partial<Pick<Finding, 'message'>>): string {
  // Unanswered asks all anchor on the same sentence of the reply: the ask, quoted in the message, tells them apart.
  if (finding.ruleId === 'unanswered-question' && typeof finding.message === 'string') {
    return `${finding.ruleId}|${normalisePassage(finding.message)}`;
  }
  return `${finding.ruleId}|${normalisePassage(finding.text)}`;
}

// Curly quotes and apostrophes that Outlook's autocorrect swaps in while the user types.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
// Any run of whitespace, including non-breaking spaces that HTML drafts carry.
const WHITESPACE_RUN = /[\s\u00A0\u200B]+/g;

/** Lower-cases, straightens quotes and collapses whitespace so cosmetic edits keep the key. */
export function normalisePassage(text: string): string {
  return String(text)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .toLowerCase();
}
