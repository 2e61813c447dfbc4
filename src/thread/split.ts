/**
 * Finds the new reply in a draft: the text before the quoted history, without the signature
 * delimiter block, mobile taglines ("Sent from my iPhone") and legal disclaimers. Sign-offs such as
 * "Best,\nName" are part of the reply and stay.
 */
import {
  attributionStartInLine,
  containsEmail,
  dividerKind,
  isAttributionText,
  leadingDividerKind,
  isDisclaimerStart,
  isMobileTagline,
  matchAttribution,
  matchFieldBlock,
} from './headers';
import { isBlank, Line, splitLines } from './lines';

/** A half-open range of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

export type QuoteStartKind = 'quoted' | 'attribution' | 'fields' | 'divider' | 'none';

export interface QuoteStart {
  /** Index of the first line of the quoted history, or lines.length when there is none. */
  line: number;
  kind: QuoteStartKind;
}

/** How far a separator rule may sit above the header it introduces. */
const RULE_LOOKAHEAD = 3;

/** The first line at or after `from` (at quote depth 0) that opens quoted history. */
export function findQuoteStart(text: string, lines: Line[], from: number): QuoteStart {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (line.depth > 0)
      return { line: backOverRules(lines, backOverLooseAttribution(lines, i, from), from), kind: 'quoted' };
    const divider = dividerKind(line.content);
    if (divider === 'original' || divider === 'forward')
      return { line: backOverRules(lines, i, from), kind: 'divider' };
    if (divider === 'rule' && ruleIntroducesHeader(text, lines, i)) return { line: i, kind: 'divider' };
    if (leadingDividerKind(line.content) !== null) return { line: backOverRules(lines, i, from), kind: 'divider' };
    if (matchFieldBlock(lines, i) !== null) {
      return { line: backOverRules(lines, backOverLooseAttribution(lines, i, from), from), kind: 'fields' };
    }
    if (matchAttribution(text, lines, i) !== null) return { line: backOverRules(lines, i, from), kind: 'attribution' };
  }
  return { line: lines.length, kind: 'none' };
}

function ruleIntroducesHeader(text: string, lines: Line[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < RULE_LOOKAHEAD; j++) {
    if (isBlank(lines[j])) continue;
    seen++;
    const divider = dividerKind(lines[j].content);
    if (divider === 'original' || divider === 'forward') return true;
    if (matchFieldBlock(lines, j) !== null || matchAttribution(text, lines, j) !== null) return true;
    if (divider !== 'rule') return false;
  }
  return false;
}

/**
 * "Am 20.06.24 um 16:20 schrieb Name" with no colon, right above a header block or quote, belongs to it.
 * On its own such a line is too weak to start a quote.
 */
function backOverLooseAttribution(lines: Line[], i: number, floor: number): number {
  let j = i - 1;
  // One blank line may separate the header from the quote below it.
  if (j >= floor && isBlank(lines[j])) j--;
  if (j < floor) return i;
  const line = lines[j];
  if (isBlank(line) || line.depth > lines[i].depth || line.content.length > 250) return i;
  const withColon = line.content + ':';
  return isAttributionText(withColon) && (/\d/.test(line.content) || containsEmail(line.content)) ? j : i;
}

/**
 * Markup that marks quoted history (Gmail's gmail_quote, Outlook's reply div …) opens with the quote's
 * header or quoted lines. Some clients wrap a whole forwarded chain, reply included, in such markup;
 * there the header comes much later and the marker is ignored.
 */
function confirmsQuote(text: string, lines: Line[], at: number): boolean {
  let seen = 0;
  for (let i = at; i < lines.length && seen < 3; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (line.depth > 0) return true;
    if (dividerKind(line.content) !== null || leadingDividerKind(line.content) !== null) return true;
    if (matchFieldBlock(lines, i) !== null || matchAttribution(text, lines, i) !== null) return true;
    seen++;
  }
  return seen === 0;
}

/** Moves a quote start up over blank lines and bare rules that belong to the header below them. */
function backOverRules(lines: Line[], i: number, floor: number): number {
  let start = i;
  let j = i - 1;
  while (j >= floor) {
    const line = lines[j];
    if (isBlank(line)) {
      j--;
      continue;
    }
    if (line.depth === 0 && dividerKind(line.content) === 'rule') {
      start = j;
      j--;
      continue;
    }
    break;
  }
  return start;
}

/** The line index at which the reply's signature, tagline or disclaimer begins (or `end`). */
export function findSignatureStart(lines: Line[], start: number, end: number): number {
  let seenContent = false;
  for (let i = start; i < end; i++) {
    const line = lines[i];
    const content = line.content;
    if (content.length === 0) continue;
    if (content === '--') return i;
    if (seenContent && isUnderscoreRule(content)) return i;
    // A device tagline ends the reply; clients put nothing of the writer's below it.
    if (isMobileTagline(content)) return i;
    if (seenContent && isDisclaimerStart(content)) return i;
    seenContent = true;
  }
  return end;
}

function isUnderscoreRule(content: string): boolean {
  if (content.length < 2) return false;
  for (let i = 0; i < content.length; i++) {
    if (content.charAt(i) !== '_') return false;
  }
  return true;
}

/** Skips a quoted run (its header, `>` lines and blanks) to the next unquoted content line. */
function skipQuotedRun(text: string, lines: Line[], from: number): number {
  let i = from;
  const attribution = matchAttribution(text, lines, i);
  if (attribution !== null) i = attribution.last + 1;
  while (i < lines.length && (isBlank(lines[i]) || lines[i].depth > 0)) i++;
  return i;
}

function hasContent(lines: Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isBlank(lines[i])) return true;
  }
  return false;
}

export interface Split {
  lines: Line[];
  /** Lines of the new reply, half-open, signature excluded. */
  replyFirst: number;
  replyEnd: number;
  quote: QuoteStart;
  range: TextRange;
}

export interface SplitOptions {
  /** Lines already computed by the caller (HTML: depth comes from blockquotes). */
  lines?: Line[];
  /** A line where markup says the quote starts (HTML reply-header divs); the earlier of it and the text scan wins. */
  structuralQuoteLine?: number | null;
  /** Lines where markup says a signature starts (HTML signature divs); the first one inside the reply ends it. */
  signatureLines?: number[];
}

export function splitDraft(text: string, options: SplitOptions = {}): Split {
  const lines = options.lines || splitLines(text);
  let replyFirst = 0;
  let quote = findQuoteStart(text, lines, 0);
  const structural = options.structuralQuoteLine;
  if (
    structural !== undefined &&
    structural !== null &&
    structural < quote.line &&
    confirmsQuote(text, lines, structural)
  ) {
    quote = { line: backOverRules(lines, structural, 0), kind: 'quoted' };
  }
  // Bottom posting: the draft opens with a `>` quote and the reply follows it.
  if (!hasContent(lines, 0, quote.line) && (quote.kind === 'quoted' || quote.kind === 'attribution')) {
    const after = skipQuotedRun(text, lines, quote.line);
    if (after < lines.length && after > quote.line) {
      const next = findQuoteStart(text, lines, after);
      if (next.line > after) {
        replyFirst = after;
        quote = next;
      }
    }
  }
  // A header block opening the text with nothing above it is the message's own header (a printed or
  // pasted mail), not quoted history: the reply is what follows it.
  if (replyFirst === 0 && quote.kind === 'fields' && !hasContent(lines, 0, quote.line)) {
    const own = matchFieldBlock(lines, quote.line);
    if (own !== null && own.fields.length >= 2 && own.first === quote.line) {
      const after = own.last + 1;
      const next = findQuoteStart(text, lines, after);
      if (hasContent(lines, after, next.line)) {
        replyFirst = after;
        quote = next;
      }
    }
  }
  let replyEnd = findSignatureStart(lines, replyFirst, quote.line);
  for (const line of options.signatureLines || []) {
    if (line > replyFirst && line < replyEnd) {
      replyEnd = line;
      break;
    }
  }
  // "reply On Wed, … wrote:": the header starts inside the reply's last line.
  const cut =
    replyEnd === quote.line && quote.kind === 'attribution' ? inlineAttributionCut(text, lines, quote.line) : null;
  if (cut !== null) {
    return {
      lines,
      replyFirst,
      replyEnd: cut.line + 1,
      quote,
      range: rangeOfLines(text, lines, replyFirst, cut.line + 1, cut.offset),
    };
  }
  return { lines, replyFirst, replyEnd, quote, range: rangeOfLines(text, lines, replyFirst, replyEnd) };
}

/** Where the reply ends inside the line that carries an attribution after reply text, if it does. */
function inlineAttributionCut(text: string, lines: Line[], from: number): { line: number; offset: number } | null {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i >= lines.length || lines[i].depth !== 0) return null;
  const attribution = matchAttribution(text, lines, i);
  if (attribution === null) return null;
  const k = attributionStartInLine(attribution.text);
  if (k === 0) return null;
  const line = lines[i];
  const at = text.slice(line.start, line.end).indexOf(line.content);
  if (at === -1) return null;
  let offset = line.start + at + k;
  // "reply--- On …": the dashes belong to the header.
  while (offset > line.start && '- \t'.indexOf(text.charAt(offset - 1)) !== -1) offset--;
  return { line: i, offset };
}

/** The offsets of lines [first, end) with surrounding white space trimmed; empty at `first` if none. */
export function rangeOfLines(text: string, lines: Line[], first: number, end: number, endOffset?: number): TextRange {
  let a = first;
  while (a < end && isBlank(lines[a])) a++;
  let b = end - 1;
  while (b >= a && isBlank(lines[b])) b--;
  if (a > b) {
    const at = first < lines.length ? lines[first].start : text.length;
    return { start: at, end: at };
  }
  let start = lines[a].start;
  while (start < lines[a].end && isSpace(text.charCodeAt(start))) start++;
  let stop = endOffset !== undefined && endOffset < lines[b].end ? endOffset : lines[b].end;
  while (stop > start && isSpace(text.charCodeAt(stop - 1))) stop--;
  return { start, end: stop };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0x200b || code === 0xfeff;
}

/**
 * The range of a draft that holds the new reply: everything before the quoted history, the signature
 * and any disclaimer. Offsets index the given text.
 */
export function findNewText(text: string): TextRange {
  try {
    return splitDraft(text).range;
  } catch {
    // Hostile input must never break the pane or the send check: fall back to "all of it is new".
    return { start: 0, end: text.length };
  }
}

/** Most reply segments read from one draft; an inline reply rarely has more than a few dozen. */
const MAX_SEGMENTS = 500;

/**
 * Every stretch of the writer's own text, for replies written between quoted lines ("inline"):
 * the first range is findNewText's; later ones are unquoted blocks that follow a bare `>` quote.
 * Reading stops at the first quote introduced by a header ("On … wrote:", "From:/Sent:", a divider),
 * because below such a header clients put history, footers and the quoted sender's signature,
 * and at a signature of the writer's own.
 */
export function findReplyRanges(text: string): TextRange[] {
  try {
    return replyRanges(text, splitDraft(text));
  } catch {
    return [{ start: 0, end: text.length }];
  }
}

export function replyRanges(text: string, split: Split): TextRange[] {
  const { lines } = split;
  const ranges: TextRange[] = [];
  if (split.range.end > split.range.start) ranges.push(split.range);
  let quote = split.quote;
  let signatureCut = split.replyEnd < quote.line && hasContent(lines, split.replyEnd, quote.line);
  while (!signatureCut && quote.kind === 'quoted' && ranges.length < MAX_SEGMENTS) {
    const after = skipQuotedRun(text, lines, quote.line);
    if (after >= lines.length || after <= quote.line) break;
    const next = findQuoteStart(text, lines, after);
    if (next.line <= after) break;
    const end = findSignatureStart(lines, after, next.line);
    const range = rangeOfLines(text, lines, after, end);
    if (range.end > range.start) ranges.push(range);
    signatureCut = end < next.line && hasContent(lines, end, next.line);
    quote = next;
  }
  return ranges;
}
