/**
 * The HTML tokenizer both HTML readers share: the draft's lossless text map (extract.ts) and the
 * thread reader's quote finder (thread/html.ts). One linear pass, no regular expressions, no DOM:
 * text runs, start tags with their attributes, end tags; comments, doctypes, CDATA and processing
 * instructions are skipped; raw-text elements (script, style …) are jumped over whole.
 * Never throws; a tag cut off by the end of the input is dropped, as browsers do.
 */

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Offset just after the tag's '>'. */
  end: number;
  /** Attributes by lower-case name, values as written (character references not decoded). */
  attrs: { [name: string]: string };
  /** Written as <x/>. */
  selfClosing: boolean;
}

export interface MarkupHandler {
  /** Text between tags (source offsets; character references not decoded). */
  text(start: number, end: number): void;
  /** A start tag at `start`; returns where scanning resumes (tag.end, or later to skip content). */
  startTag(tag: StartTag, start: number): number;
  /** An end tag from `start` to `end`. */
  endTag(name: string, start: number, end: number): void;
}

/** Elements whose content is raw text up to the matching end tag, and never visible. */
export const RAW_TEXT_TAGS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

export function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function isAsciiAlpha(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

const NO_ATTRIBUTES: { [name: string]: string } = Object.freeze(Object.create(null)) as { [name: string]: string };

/** Parses a start tag at `start` ('<' followed by a letter). Returns null when the input ends inside it. */
export function readStartTag(html: string, start: number): StartTag | null {
  const n = html.length;
  let j = start + 1;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isWhitespace(c) || c === 47 || c === 62) break;
    j++;
  }
  const name = html.slice(start + 1, j).toLowerCase();
  let attrs = NO_ATTRIBUTES;
  let slashBefore = false;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isWhitespace(c) || c === 47 /* / */) {
      slashBefore = c === 47;
      j++;
      continue;
    }
    if (c === 62 /* > */) return { name, end: j + 1, attrs, selfClosing: slashBefore };
    slashBefore = false;
    const nameStart = j;
    j++;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (isWhitespace(d) || d === 47 || d === 62 || d === 61) break;
      j++;
    }
    const attrName = html.slice(nameStart, j).toLowerCase();
    let value = '';
    while (j < n && isWhitespace(html.charCodeAt(j))) j++;
    if (j < n && html.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < n && isWhitespace(html.charCodeAt(j))) j++;
      const quote = html.charCodeAt(j);
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", j + 1);
        if (close < 0) return null;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (isWhitespace(d) || d === 62) break;
          j++;
        }
        value = html.slice(valueStart, j);
      }
    }
    if (attrs === NO_ATTRIBUTES) attrs = Object.create(null) as { [name: string]: string };
    // The first of duplicate attributes wins, as in browsers.
    if (!(attrName in attrs)) attrs[attrName] = value;
  }
  return null;
}

/** Offset just after the end tag that closes raw text element `name`, or the end of input. */
export function skipRawText(html: string, from: number, name: string): number {
  let k = from;
  for (;;) {
    const lt = html.indexOf('</', k);
    if (lt < 0) return html.length;
    const afterName = lt + 2 + name.length;
    if (html.slice(lt + 2, afterName).toLowerCase() === name) {
      const c = html.charCodeAt(afterName);
      if (afterName >= html.length || isWhitespace(c) || c === 47 || c === 62) {
        const gt = html.indexOf('>', afterName);
        return gt < 0 ? html.length : gt + 1;
      }
    }
    k = lt + 2;
  }
}

/** Walks `source` once, reporting text, start tags and end tags to `handler`. */
export function scanMarkup(source: string, handler: MarkupHandler): void {
  const n = source.length;
  let i = 0;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) handler.text(i, textEnd);
    if (lt < 0) break;
    i = lt;
    const next = source.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (source.startsWith('--', i + 2)) {
        // <!--> and <!---> are complete (empty) comments.
        if (source.startsWith('>', i + 4)) i += 5;
        else if (source.startsWith('->', i + 4)) i += 6;
        else {
          const close = source.indexOf('-->', i + 4);
          i = close < 0 ? n : close + 3;
        }
      } else {
        // <!DOCTYPE>, <![if !mso]>, <![endif]>, CDATA: markup only.
        const gt = source.indexOf('>', i + 2);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const gt = source.indexOf('>', i + 2);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (next === 47 /* / */) {
      if (isAsciiAlpha(source.charCodeAt(i + 2))) {
        let j = i + 3;
        while (j < n) {
          const c = source.charCodeAt(j);
          if (isWhitespace(c) || c === 47 || c === 62) break;
          j++;
        }
        const name = source.slice(i + 2, j).toLowerCase();
        const gt = source.indexOf('>', j);
        if (gt < 0) break; // The input ends inside a tag: the tag is dropped.
        handler.endTag(name, i, gt + 1);
        i = gt + 1;
      } else if (i + 2 >= n) {
        handler.text(i, n); // "</" at the very end is text.
        break;
      } else {
        // "</>" is ignored; "</ ..." is a bogus comment.
        const gt = source.indexOf('>', i + 2);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (isAsciiAlpha(next)) {
      const tag = readStartTag(source, i);
      if (tag === null) break; // The input ends inside a tag: the tag is dropped.
      const resume = handler.startTag(tag, i);
      i = resume > i ? resume : tag.end;
      continue;
    }
    // A '<' that starts no markup is text.
    handler.text(i, i + 1);
    i++;
  }
}
