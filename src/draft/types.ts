import type { Edit } from '../core/types';

export type { Edit };

/** What produced one character of the extracted text. */
export const CharKind = {
  /** A character of a text node: literal, a whole character reference, or a collapsed whitespace run. */
  Text: 0,
  /** The newline of a <br> tag (maps to the whole tag). */
  LineBreak: 1,
  /** A newline or tab the layout adds between blocks or table cells; it has no source of its own. */
  Block: 2,
  /**
   * A <br> directly followed by a block or cell edge ("text<br></div>", Gmail's
   * "<div><br></div>"): that edge will end the line once the <br> is gone, so a range across
   * it is accepted only when that still matches the plain edit (a deletion from a line start,
   * or a replacement of the <br> ending in a newline). Insertions may go next to it.
   */
  BlockLineBreak: 3,
} as const;

export type CharKindValue = (typeof CharKind)[keyof typeof CharKind];

/**
 * The plain text of an HTML draft plus, for every UTF-16 code unit of it, the source
 * range that produced it. Treat as opaque outside src/draft except for `text`.
 */
export interface DraftText {
  /** The HTML this was extracted from; edits are refused against any other string. */
  readonly html: string;
  /** The visible text, as the analysis engine sees it. */
  readonly text: string;
  /** Source range [srcStart[i], srcEnd[i]) of text[i] (empty for Block characters). */
  readonly srcStart: Int32Array;
  readonly srcEnd: Int32Array;
  /** CharKind of text[i]. */
  readonly kind: Uint8Array;
  /** Source ranges of the visible text nodes, flattened [start0, end0, start1, end1, ...], ascending. */
  readonly textNodes: Int32Array;
}

export type ApplyResult = { ok: true; html: string } | { ok: false; reason: string };

export type TextApplyResult = { ok: true; text: string } | { ok: false; reason: string };
