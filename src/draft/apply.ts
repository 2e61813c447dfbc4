/**
 * Applies plain-text edits (UTF-16 offsets into DraftText.text) to the HTML source.
 *
 * Guarantees, for every accepted edit:
 * - Source outside [first affected character's source start, last affected character's
 *   source end] is byte-identical; for an insertion nothing but the inserted markup changes.
 * - Inside that window only text-node characters (and the <br> tags of deleted line
 *   breaks) are removed. Every other tag, attribute, comment and style stays in place, so
 *   an edit across "<b>really</b>" leaves an empty "<b></b>". We never remove emptied inline
 *   elements: keeping them is invisible, while removing one could drop an anchor, a bookmark
 *   or Outlook's mso- styling. That is the conservative choice the pane relies on.
 * - The replacement goes where the first affected character was (the first text node of
 *   the span), HTML-escaped: & < > as entities, "\n" as <br>, and spaces that HTML would
 *   collapse (leading, trailing next to other white space, or doubled) as &nbsp;, so the
 *   replacement reads back exactly. Tabs in a replacement are written as spaces.
 * - When the edit would leave a line ending in a line break right before a block edge (or
 *   empties a whole line), one extra <br> keeps the blank line a reader expects.
 *
 * Refused (ok: false): a draft extracted from another HTML string, offsets outside the text,
 * non-integer offsets, a boundary inside a surrogate pair, overlapping edits, an edit whose
 * range contains a block boundary (paragraph, list item, table cell), and an insertion with
 * no text and no <br> next to it.
 */
import { CharKind, type ApplyResult, type DraftText, type Edit, type TextApplyResult } from './types';

interface Splice {
  start: number;
  end: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

function isValidOffset(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= length;
}

/**
 * Checks ranges, surrogate pairs and overlaps; returns the edits sorted by position
 * (stable, so insertions at one offset keep their given order) or a reason.
 */
function validateEdits(text: string, edits: readonly Edit[]): Edit[] | string {
  if (!Array.isArray(edits)) return 'edits must be an array';
  const indexed: { edit: Edit; index: number }[] = [];
  for (let index = 0; index < edits.length; index++) {
    const edit = edits[index];
    if (edit === null || typeof edit !== 'object' || typeof edit.text !== 'string') {
      return `edit ${index} is malformed`;
    }
    if (!isValidOffset(edit.start, text.length) || !isValidOffset(edit.end, text.length) || edit.start > edit.end) {
      return `edit ${index} [${String(edit.start)}, ${String(edit.end)}) is outside the text (length ${text.length})`;
    }
    if (splitsSurrogatePair(text, edit.start) || splitsSurrogatePair(text, edit.end)) {
      return `edit ${index} would split a surrogate pair (emoji or astral character)`;
    }
    indexed.push({ edit, index });
  }
  indexed.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
  for (let k = 1; k < indexed.length; k++) {
    const previous = indexed[k - 1].edit;
    const current = indexed[k].edit;
    if (current.start < previous.end) {
      return `edits ${indexed[k - 1].index} and ${indexed[k].index} overlap`;
    }
  }
  return indexed.map((entry) => entry.edit);
}

/** Applies edits to plain text (the text coercion path), from the end backwards. */
export function applyEditsToText(text: string, edits: readonly Edit[]): TextApplyResult {
  if (typeof text !== 'string') return { ok: false, reason: 'text must be a string' };
  const sorted = validateEdits(text, edits);
  if (typeof sorted === 'string') return { ok: false, reason: sorted };
  let result = text;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const edit = sorted[k];
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return { ok: true, text: result };
}

function isWhitespaceChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\f';
}

/**
 * Escapes a replacement for a text node. `before`/`after` are the rendered characters
 * around it ('\n' for a line edge), used to decide which spaces would collapse.
 */
export function escapeReplacement(replacement: string, before: string, after: string): string {
  let out = '';
  let previousIsSpace = isWhitespaceChar(before);
  for (let i = 0; i < replacement.length; i++) {
    let ch = replacement.charAt(i);
    if (ch === '\r') {
      if (replacement.charAt(i + 1) === '\n') continue;
      ch = '\n';
    }
    if (ch === '\n') {
      out += '<br>';
      previousIsSpace = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\f') {
      const following = i + 1 < replacement.length ? replacement.charAt(i + 1) : after;
      const collapses = ch === '\u00a0' || previousIsSpace || isWhitespaceChar(following);
      out += collapses ? '&nbsp;' : ' ';
      previousIsSpace = true;
      continue;
    }
    previousIsSpace = false;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else out += ch;
  }
  return out;
}

/** Index of the first text node whose end is after `offset`. */
function firstNodeEndingAfter(nodes: Int32Array, offset: number): number {
  let low = 0;
  let high = nodes.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid * 2 + 1] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function renderedBefore(draft: DraftText, offset: number): string {
  if (offset === 0) return '\n';
  return draft.kind[offset - 1] === CharKind.Text ? draft.text.charAt(offset - 1) : '\n';
}

function renderedAfter(draft: DraftText, offset: number): string {
  if (offset >= draft.text.length) return '\n';
  return draft.kind[offset] === CharKind.Text ? draft.text.charAt(offset) : '\n';
}

/** Source splices for one validated edit, in ascending order, or a reason to refuse. */
function splicesForEdit(draft: DraftText, edit: Edit): Splice[] | string {
  const { text, kind, srcStart, srcEnd, textNodes } = draft;
  const { start, end } = edit;
  if (start === end && edit.text === '') return [];

  const before = renderedBefore(draft, start);
  const after = renderedAfter(draft, end);
  let insert = escapeReplacement(edit.text, before, after);
  // A line that now ends in a line break right before a block edge, or a line emptied
  // completely, needs one more <br> to stay visible.
  const lastRendered = edit.text.length > 0 ? edit.text.charAt(edit.text.length - 1) : before;
  const endsLine = lastRendered === '\n' || lastRendered === '\r';
  const beforeIsLineEdge = start > 0 && text.charAt(start - 1) === '\n';
  const emptiesLine = edit.text === '' && beforeIsLineEdge;
  const nextIsBlockEdge = end < text.length && kind[end] === CharKind.Block && text.charAt(end) === '\n';
  if (nextIsBlockEdge && ((edit.text.length > 0 && endsLine) || emptiesLine)) insert += '<br>';

  if (start === end) {
    let at: number;
    if (start > 0 && kind[start - 1] === CharKind.Text) at = srcEnd[start - 1];
    else if (start < text.length && kind[start] === CharKind.Text) at = srcStart[start];
    else if (start > 0 && kind[start - 1] === CharKind.LineBreak) at = srcEnd[start - 1];
    else if (start < text.length && kind[start] === CharKind.LineBreak) at = srcStart[start];
    else return `no text next to offset ${start} to insert into`;
    return [{ start: at, end: at, insert }];
  }

  for (let k = start; k < end; k++) {
    if (kind[k] === CharKind.Block) {
      return `edit [${start}, ${end}) crosses a paragraph, list item or table cell boundary at ${k}`;
    }
  }
  const windowStart = srcStart[start];
  const windowEnd = srcEnd[end - 1];

  // Everything to delete: text-node content inside the window (this also takes whitespace
  // the renderer dropped, which would otherwise resurface) and the <br> tags in the range.
  const cuts: number[] = [];
  let node = firstNodeEndingAfter(textNodes, windowStart);
  let k = start;
  const nodeCount = textNodes.length / 2;
  for (;;) {
    const nodeStart = node < nodeCount ? Math.max(textNodes[node * 2], windowStart) : Infinity;
    while (k < end && kind[k] !== CharKind.LineBreak) k++;
    const breakStart = k < end ? srcStart[k] : Infinity;
    if (nodeStart >= windowEnd && breakStart === Infinity) break;
    if (breakStart < nodeStart) {
      cuts.push(breakStart, srcEnd[k]);
      k++;
    } else {
      if (nodeStart >= windowEnd) break;
      cuts.push(nodeStart, Math.min(textNodes[node * 2 + 1], windowEnd));
      node++;
    }
  }

  const splices: Splice[] = [];
  for (let c = 0; c < cuts.length; c += 2) {
    splices.push({ start: cuts[c], end: cuts[c + 1], insert: c === 0 ? insert : '' });
  }
  if (splices.length === 0 || splices[0].start !== windowStart) {
    // Cannot happen for a well-formed map; refuse rather than guess.
    return `edit [${start}, ${end}) does not start on text`;
  }
  return splices;
}

/**
 * Applies edits (offsets into draft.text) to `html`, which must be the string the draft
 * was extracted from. See the file comment for what is guaranteed and what is refused.
 */
export function applyEdits(html: string, draft: DraftText, edits: readonly Edit[]): ApplyResult {
  if (typeof html !== 'string' || draft === null || typeof draft !== 'object' || html !== draft.html) {
    return { ok: false, reason: 'the draft changed since its text was extracted' };
  }
  const sorted = validateEdits(draft.text, edits);
  if (typeof sorted === 'string') return { ok: false, reason: sorted };

  const all: Splice[] = [];
  for (const edit of sorted) {
    const splices = splicesForEdit(draft, edit);
    if (typeof splices === 'string') return { ok: false, reason: splices };
    for (const splice of splices) {
      const previous = all.length > 0 ? all[all.length - 1] : null;
      if (previous !== null && splice.start < previous.end) {
        return { ok: false, reason: 'edits touch the same source text' };
      }
      all.push(splice);
    }
  }

  const pieces: string[] = [];
  let copied = 0;
  for (const splice of all) {
    pieces.push(html.slice(copied, splice.start), splice.insert);
    copied = splice.end;
  }
  pieces.push(html.slice(copied));
  return { ok: true, html: pieces.join('') };
}
