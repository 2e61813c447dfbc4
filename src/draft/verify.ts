import { extractText } from './extract';
import type { DraftText } from './types';

export type PassageCheck = { ok: true; draft: DraftText } | { ok: false; reason: string };

/**
 * Stale check before applying a finding's suggestion: the passage [start, end) of the
 * draft as it is NOW (`currentHtml`) must still read `expectedText`. Returns the draft to
 * apply edits against (re-extracted when the HTML changed); on failure the pane should
 * refuse and re-analyse.
 */
export function verifyPassage(
  currentHtml: string,
  draft: DraftText,
  start: number,
  end: number,
  expectedText: string,
): PassageCheck {
  if (typeof currentHtml !== 'string') return { ok: false, reason: 'the draft body is not a string' };
  const current =
    draft !== null && typeof draft === 'object' && draft.html === currentHtml ? draft : extractText(currentHtml);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > current.text.length) {
    return { ok: false, reason: `passage [${start}, ${end}) is outside the current draft text` };
  }
  if (current.text.slice(start, end) !== expectedText) {
    return { ok: false, reason: 'the draft changed: the passage no longer reads as the finding says' };
  }
  return { ok: true, draft: current };
}
