/**
 * Visible text of an HTML draft, with a source range for every character.
 *
 * One linear pass over the source with a small tokenizer (no DOM, no regex), so it
 * runs in node, jest and the task pane alike, and 1 MB of hostile HTML stays linear.
 *
 * Rendering rules (a subset of how a browser lays out mail HTML, documented because
 * the edit round-trip depends on them):
 * - Whitespace runs (space, tab, CR, LF, FF) in text nodes collapse to one space; runs at
 *   the start or end of a line vanish. The kept space maps to its whole source run.
 * - &nbsp; and a literal U+00A0 become a plain space ' ' that never collapses.
 * - Character references decode (HTML 4 names, &apos;, numeric); each decoded unit maps to
 *   the whole reference. Unknown names stay literal.
 * - Block elements (div, p, li, tr, h1-h6, blockquote, hr, table, ul, ...) start and end a
 *   line. <p> also leaves a blank line, except Outlook's Mso* paragraphs (margin 0 in
 *   Outlook's own stylesheet). Consecutive block edges merge; none are emitted at the start
 *   or end of the text. <br> ends the current line (a newline mapped to the tag), so a <br>
 *   that closes a block does not add an empty line, as in a browser.
 *   A <br> right before a block or cell edge is marked BlockLineBreak (see types.ts).
 * - Table cells: every cell edge after text on the row adds a tab, so an empty cell between
 *   two filled ones shows as two tabs (like innerText).
 * - Comments (including <!--[if mso]> conditional blocks), <!DOCTYPE>, <![if ...]> markers,
 *   <head>, <style>, <script>, <title>, <template>, <textarea> and similar are not text.
 * - White space written as a reference (&#10;, &#32;) collapses like literal white space.
 * - <pre> keeps its white space; a newline right after <pre> is dropped, as HTML does.
 * - Not modelled: CSS (display:none, mso-hide, white-space, margins other than the <p> rule),
 *   list bullets and numbers, images' alt text, link URLs. Outlook's own text view adds some
 *   of these; the analysis engine does not need them.
 */
import { decodeReferenceAt } from './entities';
import { isWhitespace, RAW_TEXT_TAGS, scanMarkup, skipRawText, type StartTag } from './markup';
import { CharKind, type CharKindValue, type DraftText } from './types';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Ordinary elements whose content is not shown. */
const HIDDEN_TAGS = new Set(['head', 'template']);

const NEWLINE = 10;
const TAB = 9;
const SPACE = 32;

/** Builds the text and its map; one instance per extraction. */
class TextBuilder {
  length = 0;
  units = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  kinds = new Uint8Array(1024);
  readonly nodes: number[] = [];
  private lastCode = -1;
  private pendingBreak = 0;
  private pendingBreakAt = 0;
  private pendingTabs = 0;
  private spaceStart = -1;
  private spaceEnd = -1;

  private grow(): void {
    const capacity = this.units.length * 2;
    const units = new Uint16Array(capacity);
    units.set(this.units);
    this.units = units;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }

  private push(code: number, start: number, end: number, kind: CharKindValue): void {
    if (this.length === this.units.length) this.grow();
    const at = this.length++;
    this.units[at] = code;
    this.starts[at] = start;
    this.ends[at] = end;
    this.kinds[at] = kind;
    this.lastCode = code;
  }

  /** The text, built in chunks (String.fromCharCode takes a bounded argument list). */
  text(): string {
    const chunks: string[] = [];
    for (let at = 0; at < this.length; at += 8192) {
      const slice = this.units.subarray(at, Math.min(this.length, at + 8192));
      chunks.push(String.fromCharCode.apply(null, slice as unknown as number[]));
    }
    return chunks.join('');
  }

  private get empty(): boolean {
    return this.length === 0;
  }

  private atLineStart(): boolean {
    return this.empty || this.lastCode === NEWLINE || this.pendingBreak > 0 || this.pendingTabs > 0;
  }

  private flush(): void {
    // Tabs first: a cell edge after text keeps its tab even when the row then ends (an
    // emptied last cell still shows as "0\t"), as innerText does.
    for (let tab = 0; tab < this.pendingTabs; tab++)
      this.push(TAB, this.pendingBreakAt, this.pendingBreakAt, CharKind.Block);
    this.pendingTabs = 0;
    if (this.pendingBreak > 0) {
      const at = this.pendingBreakAt;
      if (this.lastCode !== NEWLINE) this.push(NEWLINE, at, at, CharKind.Block);
      for (let extra = 1; extra < this.pendingBreak; extra++) this.push(NEWLINE, at, at, CharKind.Block);
      this.pendingBreak = 0;
    }
  }

  /** A <br> right before a block or cell edge shares its line end with that edge. */
  private markLineBreakBeforeEdge(): void {
    const last = this.length - 1;
    if (last < 0) return;
    // A <br>, or a newline at the end of a <pre>.
    const kind = this.kinds[last];
    if (kind === CharKind.LineBreak || (kind === CharKind.Text && this.units[last] === NEWLINE)) {
      this.kinds[last] = CharKind.BlockLineBreak;
    }
  }

  /** A block edge: ensure a new line, plus (lines - 1) blank lines, before the next text. */
  blockEdge(lines: number, at: number): void {
    this.spaceStart = -1;
    this.markLineBreakBeforeEdge();
    if (this.empty) return;
    if (lines > this.pendingBreak) this.pendingBreak = lines;
    this.pendingBreakAt = at;
  }

  cellEdge(at: number): void {
    this.spaceStart = -1;
    this.markLineBreakBeforeEdge();
    // One tab per cell edge after text on this line, so an empty cell still shows.
    if (this.empty || this.lastCode === NEWLINE || this.pendingBreak > 0) return;
    this.pendingTabs++;
    this.pendingBreakAt = at;
  }

  /** <br>, or a newline inside <pre>: ends the current line. */
  lineBreak(start: number, end: number, kind: CharKindValue): void {
    this.spaceStart = -1;
    this.flush();
    this.push(NEWLINE, start, end, kind);
  }

  visible(value: string, start: number, end: number): void {
    this.flush();
    if (this.spaceStart >= 0) {
      this.push(SPACE, this.spaceStart, this.spaceEnd, CharKind.Text);
      this.spaceStart = -1;
    }
    for (let u = 0; u < value.length; u++) this.push(value.charCodeAt(u), start, end, CharKind.Text);
  }

  /** One code unit of a text node, mapped to itself. */
  visibleUnit(code: number, at: number): void {
    if (this.pendingBreak > 0 || this.pendingTabs > 0) this.flush();
    if (this.spaceStart >= 0) {
      this.push(SPACE, this.spaceStart, this.spaceEnd, CharKind.Text);
      this.spaceStart = -1;
    }
    this.push(code, at, at + 1, CharKind.Text);
  }

  collapsibleSpace(start: number, end: number): void {
    if (this.atLineStart() || this.spaceStart >= 0) return;
    this.spaceStart = start;
    this.spaceEnd = end;
  }

  textNode(start: number, end: number): void {
    const count = this.nodes.length;
    if (count > 0 && this.nodes[count - 1] === start) this.nodes[count - 1] = end;
    else this.nodes.push(start, end);
  }
}

/**
 * Extracts the visible text of an HTML draft with a source range per character.
 * Never throws; linear in the input length.
 */
export function extractText(html: string): DraftText {
  const source = typeof html === 'string' ? html : '';
  const out = new TextBuilder();
  const n = source.length;
  let hiddenDepth = 0;
  let preDepth = 0;
  let paragraphLines = 2;
  /** Offset right after a <pre> start tag: a newline there is not shown. */
  let preStartEnd = -1;

  const handleText = (start: number, end: number): void => {
    if (hiddenDepth > 0) return;
    out.textNode(start, end);
    let k = start;
    while (k < end) {
      const c = source.charCodeAt(k);
      if (preDepth > 0) {
        if (c === 13 || c === 10) {
          const stop = c === 13 && k + 1 < end && source.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
          if (k !== preStartEnd) out.lineBreak(k, stop, CharKind.Text);
          k = stop;
          continue;
        }
        if (isWhitespace(c)) {
          out.visible(c === 9 ? '\t' : ' ', k, k + 1);
          k++;
          continue;
        }
      } else if (isWhitespace(c)) {
        let runEnd = k + 1;
        while (runEnd < end && isWhitespace(source.charCodeAt(runEnd))) runEnd++;
        out.collapsibleSpace(k, runEnd);
        k = runEnd;
        continue;
      }
      if (c === 38 /* & */) {
        const ref = decodeReferenceAt(source, k, end);
        if (ref !== null && preDepth === 0 && ref.value.length === 1 && isWhitespace(ref.value.charCodeAt(0))) {
          // &#10; &#32; and the like are white space to the renderer, so they collapse.
          out.collapsibleSpace(k, ref.end);
          k = ref.end;
          continue;
        }
        if (ref !== null && preDepth > 0 && (ref.value === '\n' || ref.value === '\r')) {
          out.lineBreak(k, ref.end, CharKind.Text);
          k = ref.end;
          continue;
        }
        if (ref !== null) {
          out.visible(ref.value === '\u00a0' ? ' ' : ref.value, k, ref.end);
          k = ref.end;
          continue;
        }
      }
      out.visibleUnit(c === 0xa0 ? SPACE : c, k);
      k++;
    }
  };

  const handleStartTag = (tag: StartTag, start: number): number => {
    const name = tag.name;
    if (name === 'br') {
      if (hiddenDepth === 0) out.lineBreak(start, tag.end, CharKind.LineBreak);
      return tag.end;
    }
    if (RAW_TEXT_TAGS.has(name)) return skipRawText(source, tag.end, name);
    if (name === 'plaintext') return n;
    if (name === 'body' || name === 'html') hiddenDepth = 0;
    if (HIDDEN_TAGS.has(name)) hiddenDepth++;
    if (hiddenDepth > 0) return tag.end;
    if (BLOCK_TAGS.has(name)) {
      let lines = 1;
      if (name === 'p') {
        const className = tag.attrs.class;
        const outlookParagraph = className !== undefined && className.slice(0, 3).toLowerCase() === 'mso';
        paragraphLines = outlookParagraph ? 1 : 2;
        lines = paragraphLines;
      }
      out.blockEdge(lines, start);
      if (name === 'pre' || name === 'listing') {
        preDepth++;
        preStartEnd = tag.end;
      }
    } else if (name === 'td' || name === 'th') {
      out.cellEdge(start);
    }
    return tag.end;
  };

  const handleEndTag = (name: string, start: number, end: number): void => {
    if (name === 'br') {
      // </br> is a line break too, in every browser.
      if (hiddenDepth === 0) out.lineBreak(start, end, CharKind.LineBreak);
      return;
    }
    if (HIDDEN_TAGS.has(name)) {
      if (hiddenDepth > 0) hiddenDepth--;
      return;
    }
    if (hiddenDepth > 0) return;
    if (BLOCK_TAGS.has(name)) {
      out.blockEdge(name === 'p' ? paragraphLines : 1, start);
      if ((name === 'pre' || name === 'listing') && preDepth > 0) preDepth--;
    }
  };

  scanMarkup(source, { text: handleText, startTag: handleStartTag, endTag: handleEndTag });

  const nodes = new Int32Array(out.nodes.length);
  for (let k = 0; k < nodes.length; k++) nodes[k] = out.nodes[k];
  return {
    html: source,
    text: out.text(),
    srcStart: out.starts.slice(0, out.length),
    srcEnd: out.ends.slice(0, out.length),
    kind: out.kinds.slice(0, out.length),
    textNodes: nodes,
  };
}
