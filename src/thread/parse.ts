/**
 * Reads a draft into its new reply and the earlier messages quoted below it (newest first), with
 * sender, recipients, subject, body and send time as far as the headers tell.
 */
import { htmlToText, QuoteSpan } from './html';
import { Line, splitLines } from './lines';
import { readMessages } from './messages';
import { replyRanges, splitDraft, TextRange } from './split';
import type { ThreadMessage } from './types';

export interface ParseOptions {
  /** IANA zone in which header times (which carry no zone) are read, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Reference time for two-digit years and sanity checks; defaults to the current time. */
  now?: Date;
  /**
   * BCP 47 locale of the client that rendered the quoted headers (the user's Outlook), e.g. "en-US".
   * Decides day/month order of all-numeric dates like 01/03/11; without it such dates stay unread.
   */
  locale?: string;
}

export interface ParsedDraft {
  newText: TextRange;
  /**
   * The writer's own text in order: `newText` first, then, for replies written between quoted lines,
   * each later unquoted block. Equal to [newText] (or [] when empty) for an ordinary top-posted reply.
   */
  replyRanges: TextRange[];
  /** Earlier messages, newest first. */
  messages: ThreadMessage[];
}

export function parseDraft(text: string, options: ParseOptions): ParsedDraft {
  try {
    return parseLines(text, splitLines(text), options);
  } catch {
    return { newText: { start: 0, end: text.length }, replyRanges: [{ start: 0, end: text.length }], messages: [] };
  }
}

export function parseDraftHtml(html: string, options: ParseOptions): ParsedDraft & { text: string } {
  let text = '';
  try {
    const visible = htmlToText(html);
    text = visible.text;
    const lines = splitLines(text);
    applyQuoteDepth(lines, visible.quoteSpans);
    const structuralLine = visible.quoteStart === null ? null : lineAt(lines, visible.quoteStart);
    const signatureLines = visible.signatureStarts.map((offset) => lineAt(lines, offset));
    return { text, ...parseLines(text, lines, options, structuralLine, signatureLines) };
  } catch {
    return {
      text,
      newText: { start: 0, end: text.length },
      replyRanges: [{ start: 0, end: text.length }],
      messages: [],
    };
  }
}

function parseLines(
  text: string,
  lines: Line[],
  options: ParseOptions,
  structuralQuoteLine: number | null = null,
  signatureLines: number[] = [],
): ParsedDraft {
  const split = splitDraft(text, { lines, structuralQuoteLine, signatureLines });
  const messages = readMessages(text, lines, split, options);
  return { newText: split.range, replyRanges: replyRanges(text, split), messages };
}

/** Index of the line holding `offset` (binary search; lines are in order). */
function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** HTML lines carry no `>` markers; their depth is the number of citing blockquotes around them. */
function applyQuoteDepth(lines: Line[], spans: QuoteSpan[]): void {
  let s = 0;
  for (const line of lines) {
    if (line.content.length === 0) continue;
    const at = line.end - 1;
    while (s < spans.length && spans[s].end <= line.start) s++;
    if (s < spans.length && spans[s].start <= at && spans[s].end > line.start) line.depth = spans[s].depth;
  }
}
