/**
 * Turns an HTML mail body into the text a reader sees, and notes where the mail clients' own quote
 * markup begins (Outlook's reply header div, Gmail's gmail_quote, Apple's blockquote type=cite …),
 * so the text scanner can use structure where the HTML has it.
 */
import { decodeReferenceAt } from '../draft/entities';
import { RAW_TEXT_TAGS, scanMarkup, skipRawText, type StartTag } from '../draft/markup';

/** A stretch of the visible text inside `depth` nested quote blockquotes. */
export interface QuoteSpan {
  start: number;
  end: number;
  depth: number;
}

export interface HtmlText {
  /** The visible text; every offset in this module refers to it. */
  text: string;
  /** Offset where the client's quote markup starts, or null when the HTML has none. */
  quoteStart: number | null;
  /** Offsets where a client-marked signature starts (Outlook's Signature div, gmail_signature …), in order. */
  signatureStarts: number[];
  /** Stretches inside quoting blockquotes, in document order, deepest nesting recorded per stretch. */
  quoteSpans: QuoteSpan[];
}

/** Elements whose content is not shown (raw-text ones such as script and style are skipped whole). */
const SKIPPED = new Set(['head', 'template', 'xml', 'svg', 'object']);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'table',
  'tbody',
  'thead',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dl',
  'dt',
  'dd',
  'center',
  'address',
  'form',
  'fieldset',
  'body',
  'html',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

/** Ids (Outlook desktop, web, Mac) and classes (Gmail, Yahoo, Thunderbird, Proton, Zoho) that open quoted history. */
const QUOTE_IDS = ['divrplyfwdmsg', 'appendonsend', 'olk_src_body_section', 'mail-editor-reference-message-container'];
const QUOTE_CLASSES = [
  'gmail_quote',
  'yahoo_quoted',
  'moz-cite-prefix',
  'protonmail_quote',
  'zmail_extra',
  'outlookmessageheader',
  'ms-outlook-mobile-reference-message',
];

/** Signature markup: Outlook web/new (id Signature), Outlook desktop (_MailAutoSig bookmark), Gmail, Thunderbird. */
function isSignatureMarker(name: string, attribs: { [name: string]: string }): boolean {
  const id = (attribs.id || '').toLowerCase();
  if (
    id === 'signature' ||
    id === 'x_signature' ||
    id === 'ms-outlook-mobile-signature' ||
    id === 'x_ms-outlook-mobile-signature'
  )
    return true;
  if (name === 'a' && (attribs.name || '') === '_MailAutoSig') return true;
  const classes = ' ' + (attribs.class || '').toLowerCase() + ' ';
  return classes.indexOf(' gmail_signature ') !== -1 || classes.indexOf(' moz-signature ') !== -1;
}

function isQuoteContainer(name: string, attribs: { [name: string]: string }): boolean {
  const id = (attribs.id || '').toLowerCase();
  for (const marker of QUOTE_IDS) {
    if (id.indexOf(marker) !== -1) return true;
  }
  const classes = (attribs.class || '').toLowerCase();
  for (const marker of QUOTE_CLASSES) {
    // "gmail_quote_container" wraps the same thing; "gmail_signature" does not match.
    if (classes.indexOf(marker) !== -1) return true;
  }
  return name === 'blockquote' && isCitingBlockquote(attribs);
}

/** Gmail indents with a borderless blockquote; only citing ones are quotes. */
function isCitingBlockquote(attribs: { [name: string]: string }): boolean {
  if ((attribs.type || '').toLowerCase() === 'cite') return true;
  if ((attribs.class || '').toLowerCase().indexOf('quote') !== -1) return true;
  const style = (attribs.style || '').toLowerCase().replace(/\s+/g, '');
  if (style.indexOf('border:none') !== -1) return false;
  return style.indexOf('border-left') !== -1 || style.length === 0 || style.indexOf('margin') !== -1;
}

/** Appends text in chunks: one growing string would be re-flattened on every look at its last character. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  last = '';

  append(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.length += s.length;
    this.last = s.charAt(s.length - 1);
  }

  /** Ends the current line (dropping the spaces it ends with) unless the text is empty or already at a line start. */
  newline(): void {
    while (this.last === ' ' && this.parts.length > 0) {
      const part = this.parts.pop() as string;
      let end = part.length;
      while (end > 0 && part.charAt(end - 1) === ' ') end--;
      this.length -= part.length - end;
      if (end > 0) this.parts.push(part.slice(0, end));
      const top = this.parts.length > 0 ? this.parts[this.parts.length - 1] : '';
      this.last = top.length > 0 ? top.charAt(top.length - 1) : '';
    }
    if (this.length > 0 && this.last !== '\n') this.append('\n');
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The text of `source` from `start` to `end` with character references decoded. */
function decodeText(source: string, start: number, end: number): string {
  let amp = source.indexOf('&', start);
  if (amp < 0 || amp >= end) return source.slice(start, end);
  let out = '';
  let from = start;
  while (amp >= 0 && amp < end) {
    const ref = decodeReferenceAt(source, amp, end);
    if (ref !== null) {
      out += source.slice(from, amp) + ref.value;
      from = ref.end;
    }
    amp = source.indexOf('&', ref !== null ? ref.end : amp + 1);
  }
  return out + source.slice(from, end);
}

interface OpenElement {
  name: string;
  cite: boolean;
  skip: boolean;
}

export function htmlToText(html: string): HtmlText {
  const source = typeof html === 'string' ? html : '';
  const out = new TextBuilder();
  let skipDepth = 0;
  let preDepth = 0;
  let quoteStart: number | null = null;
  const signatureStarts: number[] = [];
  const quoteSpans: QuoteSpan[] = [];
  // The open elements; end tags close back to their match, so stray or missing end tags can't
  // unbalance the quote depth.
  const open: OpenElement[] = [];
  let citeDepth = 0;
  let spanStart = 0;

  const closeSpan = (): void => {
    if (citeDepth > 0 && out.length > spanStart)
      quoteSpans.push({ start: spanStart, end: out.length, depth: citeDepth });
    spanStart = out.length;
  };

  const close = (element: OpenElement): void => {
    if (element.skip) {
      if (skipDepth > 0) skipDepth--;
      return;
    }
    if (skipDepth > 0) return;
    if (element.name === 'pre' && preDepth > 0) preDepth--;
    if (BLOCKS.has(element.name)) out.newline();
    if (element.cite) {
      closeSpan();
      citeDepth--;
    }
  };

  const text = (start: number, end: number): void => {
    if (skipDepth > 0) return;
    const data = decodeText(source, start, end);
    if (preDepth > 0) {
      out.append(data.replace(/\r\n?/g, '\n'));
      return;
    }
    const collapsed = data.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
    const atLineStart = out.length === 0 || out.last === '\n' || out.last === ' ';
    out.append(atLineStart && collapsed.charAt(0) === ' ' ? collapsed.slice(1) : collapsed);
  };

  const startTag = (tag: StartTag): number => {
    const name = tag.name;
    if (RAW_TEXT_TAGS.has(name)) return skipRawText(source, tag.end, name);
    if (name === 'body') {
      // A <head> left open ends where the body starts.
      for (let k = open.length - 1; k >= 0; k--) if (open[k].name === 'head') closeFrom(k);
    }
    const isVoid = VOID.has(name) || tag.selfClosing;
    if (SKIPPED.has(name)) {
      if (!isVoid) {
        skipDepth++;
        open.push({ name, cite: false, skip: true });
      }
      return tag.end;
    }
    if (skipDepth > 0) {
      if (!isVoid) open.push({ name, cite: false, skip: false });
      return tag.end;
    }
    // "Jane Roe <jane@example.com>" written into HTML unescaped reads as a tag named after the address.
    if (name.indexOf('@') !== -1) {
      out.append('<' + name + '>');
      return tag.end;
    }
    const attribs = tag.attrs;
    if (BLOCKS.has(name)) out.newline();
    if (name === 'pre') preDepth++;
    if (quoteStart === null && isQuoteContainer(name, attribs)) quoteStart = out.length;
    if (signatureStarts.length < 100 && isSignatureMarker(name, attribs)) signatureStarts.push(out.length);
    const cite = name === 'blockquote' && isCitingBlockquote(attribs);
    if (cite) {
      closeSpan();
      citeDepth++;
    }
    if ((name === 'td' || name === 'th') && out.length > 0 && out.last !== '\n' && out.last !== ' ') out.append(' ');
    if (name === 'img' && attribs.alt && attribs.alt.length < 80)
      out.append(decodeText(attribs.alt, 0, attribs.alt.length));
    const element = { name, cite, skip: false };
    // <div/> opens and closes at once; void elements (br, img …) have nothing to close.
    if (!VOID.has(name)) {
      if (tag.selfClosing) close(element);
      else open.push(element);
    }
    return tag.end;
  };

  const closeFrom = (index: number): void => {
    while (open.length > index) close(open.pop() as OpenElement);
  };

  const endTag = (name: string): void => {
    if (name === 'br') {
      // </br> is a line break, in browsers as in the old readers.
      if (skipDepth === 0) out.newline();
      return;
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k].name === name) {
        closeFrom(k);
        return;
      }
    }
    // An end tag nothing opened: a block's still ends the line.
    if (skipDepth === 0 && BLOCKS.has(name) && !VOID.has(name)) out.newline();
  };

  try {
    scanMarkup(source, { text, startTag, endTag });
  } catch {
    // A broken document still yields whatever text was read before the fault.
  }
  closeFrom(0);
  closeSpan();
  const result = out.toString();
  const clamp = (n: number): number => (n > result.length ? result.length : n);
  return {
    text: result,
    quoteStart: quoteStart === null ? null : clamp(quoteStart),
    signatureStarts: signatureStarts.map(clamp),
    quoteSpans,
  };
}
