/**
 * Applies plain-text edits (UTF-16 offsets into DraftText.text) to the HTML source.
 *
 * Guarantees, for every accepted edit:
 * - Source before the character preceding the edit and after the character following it
 *   is byte-identical. Between those neighbours and the edited characters, only white
 *   space that rendered as nothing may be removed (it would otherwise reappear once a
 *   deleted <br> or space is gone). For an insertion nothing but the inserted markup changes.
 * - Inside the edited range only text-node characters (and the <br> tags of deleted line
 *   breaks) are removed. Every other tag, attribute, comment and style stays in place, so
 *   an edit across "<b>really</b>" leaves an empty "<b></b>". We never remove emptied inline
 *   elements: keeping them is invisible, while removing one could drop an anchor, a bookmark
 *   or Outlook's mso- styling. That is the conservative choice.
 * - The replacement goes where the first affected character was (the first text node of
 *   the span), HTML-escaped: & < > as entities, "\n" as <br>, and spaces that HTML would
 *   collapse (leading, trailing next to other white space, or doubled) as &nbsp;, so the
 *   replacement reads back exactly. Tabs and form feeds in a replacement become spaces.
 * - An insertion goes right after the character before it (so it takes that text node's
 *   formatting, like typing), or right before the next character when the one before is a
 *   collapsed space, a line start or a <br>.
 * - A line that would end in a line break right before a block edge, or a line emptied
 *   completely, gets one extra <br> so the blank line a reader expects stays.
 * - If a cut brings a literal '<' or '&' of the source next to a letter, an empty comment
 *   "<!---->" goes between them so no tag or entity appears.
 * - Result text: extractText(result).text equals the plain edit applied to draft.text,
 *   except where HTML collapses white space the deletion brought together (runs of spaces,
 *   spaces at the edges of a line or table cell, newlines at the very start or end of the text).
 *
 * Refused (ok: false): a draft extracted from another HTML string; offsets outside the text
 * or not integers; a boundary inside a surrogate pair; overlapping edits; a range containing a
 * block boundary (paragraph, list item, table cell); a range across a <br> that shares its
 * line end with a following block edge, unless the result still matches (deleting whole lines,
 * or replacing that <br> with text ending in a newline); an edit that would leave a table
 * cell boundary at a line start; an insertion on a blank line that exists only as
 * paragraph spacing, or with no text and no <br> next to it.
 */
import { decodeReferenceAt } from './entities';
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

/** A space that came from collapsible source white space (not &nbsp;). */
function isCollapsibleSpace(draft: DraftText, index: number): boolean {
  if (draft.kind[index] !== CharKind.Text || draft.text.charAt(index) !== ' ') return false;
  const start = draft.srcStart[index];
  const code = draft.html.charCodeAt(start);
  if (code === 38 /* & */) {
    const ref = decodeReferenceAt(draft.html, start, draft.srcEnd[index]);
    return ref !== null && ref.value !== '\u00a0';
  }
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** A <br> tag (as opposed to a newline character inside <pre>). */
function isTagLineBreak(draft: DraftText, index: number): boolean {
  return isLineBreakKind(draft.kind[index]) && draft.html.charCodeAt(draft.srcStart[index]) === 60; /* < */
}

/**
 * True when deleting [start, end) leaves a line, between two line edges, holding nothing
 * a browser would draw: the line would vanish unless it gets a <br>.
 */
function leavesBlankLine(draft: DraftText, start: number, end: number): boolean {
  const { text } = draft;
  let k = start - 1;
  while (k >= 0 && text.charAt(k) !== '\n') {
    if (!isCollapsibleSpace(draft, k)) return false;
    k--;
  }
  if (k < 0) return false;
  for (let m = end; m < text.length && text.charAt(m) !== '\n'; m++) {
    if (!isCollapsibleSpace(draft, m)) return false;
  }
  return true;
}

/** Source splices for one validated edit, in ascending order, or a reason to refuse. */
function splicesForEdit(draft: DraftText, edit: Edit): Splice[] | string {
  const { text, kind, srcStart, srcEnd, textNodes } = draft;
  const { start, end } = edit;
  if (start === end && edit.text === '') return [];

  // A cell separator only shows after text on the same line: the edit must not leave it
  // at a line start.
  if (end < text.length && kind[end] === CharKind.Block && text.charAt(end) === '\t') {
    const lastNew =
      edit.text !== '' ? edit.text.charAt(edit.text.length - 1) : start > 0 ? text.charAt(start - 1) : '\n';
    if (lastNew === '\n' || lastNew === '\r') {
      return `edit [${start}, ${end}) would leave a table cell boundary at a line start`;
    }
  }
  const before = renderedBefore(draft, start);
  const after = renderedAfter(draft, end);
  let insert = escapeReplacement(edit.text, before, after);
  // A line that now ends in a line break right before a block edge, or a line emptied
  // completely, needs one more <br> to stay visible.
  // (Not when the edit replaces a <br> that already shared its line end with that edge.)
  const nextIsBlockEdge =
    end < text.length &&
    kind[end] === CharKind.Block &&
    text.charAt(end) === '\n' &&
    !(end > start && kind[end - 1] === CharKind.BlockLineBreak);
  if (nextIsBlockEdge) {
    const last = edit.text.charAt(edit.text.length - 1);
    const endsWithNewline = last === '\n' || last === '\r';
    if (endsWithNewline || (edit.text === '' && leavesBlankLine(draft, start, end))) insert += '<br>';
  }

  if (start === end) {
    const previousIsText = start > 0 && kind[start - 1] === CharKind.Text;
    const nextIsText = start < text.length && kind[start] === CharKind.Text;
    const previousIsBreak = start > 0 && isLineBreakKind(kind[start - 1]);
    const nextIsBreak = start < text.length && isLineBreakKind(kind[start]);
    // On a blank line that exists only as a block edge's spacing, new text would need a
    // line end of its own that the plain edit does not have.
    const nextIsBlockNewline = start < text.length && kind[start] === CharKind.Block && text.charAt(start) === '\n';
    if (nextIsBlockNewline && (start === 0 || text.charAt(start - 1) === '\n')) {
      return `offset ${start} is on a blank line between paragraphs: no text node to insert into`;
    }
    let at: number;
    // After a collapsed space, go right before the next character: white space the
    // renderer dropped may sit between the two and must stay behind the insertion.
    if (previousIsText && !isCollapsibleSpace(draft, start - 1)) at = srcEnd[start - 1];
    else if (nextIsText || nextIsBreak) at = srcStart[start];
    else if (previousIsText || previousIsBreak) at = srcEnd[start - 1];
    else return `no text next to offset ${start} to insert into`;
    return [{ start: at, end: at, insert }];
  }

  const lastReplaced = edit.text.charAt(edit.text.length - 1);
  const replacementEndsLine = lastReplaced === '\n' || lastReplaced === '\r';
  // Deleting a whole line that ends in such a <br> removes the line, unless a paragraph's
  // blank line follows: the emptied paragraph then collapses into that spacing.
  const deletesFromLineStart =
    edit.text === '' &&
    (start === 0 || text.charAt(start - 1) === '\n') &&
    !(end < text.length && kind[end] === CharKind.Block && text.charAt(end) === '\n');
  for (let k = start; k < end; k++) {
    const refused =
      kind[k] === CharKind.Block ||
      (kind[k] === CharKind.BlockLineBreak && !deletesFromLineStart && !(k === end - 1 && replacementEndsLine));
    if (refused) {
      return `edit [${start}, ${end}) crosses a paragraph, list item or table cell boundary at ${k}`;
    }
  }
  const windowStart = srcStart[start];
  const windowEnd = srcEnd[end - 1];

  // Everything to delete: text-node content inside the window (this also takes whitespace
  // the renderer dropped, which would otherwise resurface) and the <br> tags in the range.
  const cuts: number[] = [];
  // White space dropped next to a deleted line break, or repeated after a deleted space,
  // would show once that break or space is gone: it goes too (it rendered as nothing).
  if (start > 0 && isLineBreakKind(kind[start])) {
    pushTextBytes(textNodes, srcEnd[start - 1], windowStart, cuts);
  }
  const firstWindowCut = cuts.length;
  let node = firstNodeEndingAfter(textNodes, windowStart);
  let k = start;
  const nodeCount = textNodes.length / 2;
  for (;;) {
    const nodeStart = node < nodeCount ? Math.max(textNodes[node * 2], windowStart) : Infinity;
    // <br> tags are cut here; <pre> newlines are text and go with their text node.
    while (k < end && !isTagLineBreak(draft, k)) k++;
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
  if (end < text.length && (isLineBreakKind(kind[end - 1]) || isCollapsibleSpace(draft, end - 1))) {
    pushTextBytes(textNodes, windowEnd, srcStart[end], cuts);
  }

  if (cuts[firstWindowCut] !== windowStart) {
    // Cannot happen for a well-formed map; refuse rather than guess.
    return `edit [${start}, ${end}) does not start on text`;
  }
  const splices: Splice[] = [];
  for (let c = 0; c < cuts.length; c += 2) {
    if (cuts[c + 1] > cuts[c] || c === firstWindowCut) {
      splices.push({ start: cuts[c], end: cuts[c + 1], insert: c === firstWindowCut ? insert : '' });
    }
  }
  return splices;
}

function isLineBreakKind(kind: number): boolean {
  return kind === CharKind.LineBreak || kind === CharKind.BlockLineBreak;
}

/** Appends the text-node parts of [from, to) to `cuts` as start/end pairs. */
function pushTextBytes(textNodes: Int32Array, from: number, to: number, cuts: number[]): void {
  for (let node = firstNodeEndingAfter(textNodes, from); node * 2 < textNodes.length; node++) {
    const nodeStart = Math.max(textNodes[node * 2], from);
    if (nodeStart >= to) break;
    cuts.push(nodeStart, Math.min(textNodes[node * 2 + 1], to));
  }
}

const EMPTY_COMMENT = '<!---->';

function needsSeparator(left: string, right: string): boolean {
  if (right === '') return false;
  const code = right.charCodeAt(0);
  const alpha = (code | 32) >= 97 && (code | 32) <= 122;
  if (left === '<') return alpha || right === '/' || right === '!' || right === '?';
  if (left === '&') return alpha || (code >= 48 && code <= 57) || right === '#';
  return false;
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
  let lastChar = '';
  const append = (piece: string, junction: boolean): void => {
    if (piece === '') return;
    // Cutting text can bring a literal '<' or '&' next to a letter, which would turn
    // into a tag or an entity; an empty comment keeps them literal.
    if (junction && needsSeparator(lastChar, piece.charAt(0))) pieces.push(EMPTY_COMMENT);
    pieces.push(piece);
    lastChar = piece.charAt(piece.length - 1);
  };
  for (const splice of all) {
    append(html.slice(copied, splice.start), true);
    append(splice.insert, true);
    copied = splice.end;
  }
  append(html.slice(copied), true);
  return { ok: true, html: pieces.join('') };
}
