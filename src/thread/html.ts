/**
 * Turns an HTML mail body into the text a reader sees, and notes where the mail clients' own quote
 * markup begins (Outlook's reply header div, Gmail's gmail_quote, Apple's blockquote type=cite …),
 * so the text scanner can use structure where the HTML has it.
 */
import { Parser } from 'htmlparser2';

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

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'xml', 'noscript', 'svg', 'object']);
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
function isSignatureMarker(name: string, attribs: Record<string, string>): boolean {
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

function isQuoteContainer(name: string, attribs: Record<string, string>): boolean {
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
function isCitingBlockquote(attribs: Record<string, string>): boolean {
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

export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder();
  let skipDepth = 0;
  let preDepth = 0;
  let quoteStart: number | null = null;
  const signatureStarts: number[] = [];
  const quoteSpans: QuoteSpan[] = [];
  // One entry per open element: whether it opened a quoting blockquote.
  const citeStack: boolean[] = [];
  let citeDepth = 0;
  let spanStart = 0;

  const closeSpan = (): void => {
    if (citeDepth > 0 && out.length > spanStart)
      quoteSpans.push({ start: spanStart, end: out.length, depth: citeDepth });
    spanStart = out.length;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        // "Jane Roe <jane@example.com>" written into HTML unescaped parses as a tag named after the address.
        if (name.indexOf('@') !== -1) {
          out.append('<' + name + '>');
          citeStack.push(false);
          return;
        }
        if (BLOCKS.has(name)) out.newline();
        if (name === 'pre') preDepth++;
        if (quoteStart === null && isQuoteContainer(name, attribs)) quoteStart = out.length;
        if (signatureStarts.length < 100 && isSignatureMarker(name, attribs)) signatureStarts.push(out.length);
        const cite = name === 'blockquote' && isCitingBlockquote(attribs);
        if (!VOID.has(name)) citeStack.push(cite);
        if (cite) {
          closeSpan();
          citeDepth++;
        }
        if ((name === 'td' || name === 'th') && out.length > 0 && out.last !== '\n' && out.last !== ' ')
          out.append(' ');
        if (name === 'img' && attribs.alt && attribs.alt.length < 80) out.append(attribs.alt);
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          out.append(data.replace(/\r\n?/g, '\n'));
          return;
        }
        const collapsed = data.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
        const atLineStart = out.length === 0 || out.last === '\n' || out.last === ' ';
        out.append(atLineStart && collapsed.charAt(0) === ' ' ? collapsed.slice(1) : collapsed);
      },
      onclosetag(name, isImplied) {
        if (SKIPPED.has(name)) {
          if (!VOID.has(name) && skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre' && preDepth > 0) preDepth--;
        if (BLOCKS.has(name) && !(VOID.has(name) && isImplied && name !== 'br')) out.newline();
        if (!VOID.has(name) && citeStack.length > 0) {
          const cite = citeStack.pop();
          if (cite) {
            closeSpan();
            citeDepth--;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch {
    // A broken document still yields whatever text was read before the fault.
  }
  closeSpan();
  const text = out.toString();
  const clamp = (n: number): number => (n > text.length ? text.length : n);
  return {
    text,
    quoteStart: quoteStart === null ? null : clamp(quoteStart),
    signatureStarts: signatureStarts.map(clamp),
    quoteSpans,
  };
}
