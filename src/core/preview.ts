import type { Edit } from './types';

/** The passage before and after a suggestion, widened to cover every edit. */
export function previewSuggestion(
  text: string,
  finding: { start: number; end: number },
  edits: readonly Edit[],
): { before: string; after: string } {
  let start = finding.start;
  let end = finding.end;
  for (const e of edits) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  const sorted = edits.slice().sort((x, y) => y.start - x.start);
  let after = text.slice(start, end);
  for (const e of sorted) after = after.slice(0, e.start - start) + e.text + after.slice(e.end - start);
  return { before: text.slice(start, end), after };
}
