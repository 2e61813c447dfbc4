import type { Edit } from '../types';

/**
 * Where coaching text goes in a reply: acknowledgments right after the greeting line, answers to
 * open asks before the sign-off. Works on the new text only, line by line, in linear time.
 */

export interface Layout {
  /** Where an opening sentence is inserted (first character of the body). */
  bodyStart: number;
  /** The body starts on the greeting's own line ("Hi Dana, the files…"). */
  inlineGreeting: boolean;
  /** End of the body: the last non-space character before the sign-off (or of the new text). */
  bodyEnd: number;
  /** Start of the sign-off line ("Best,"), or -1. */
  signOffStart: number;
  /** Whether a blank line separates the body from the sign-off. */
  blankBeforeSignOff: boolean;
}

const GREETING_LINE =
  /^[ \t]*(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening)|morning|afternoon|evening)\b/i;
const SIGN_OFF_LINE =
  /^[ \t]*(?:best|best wishes|all best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|yours|all the best|speak soon|talk soon|take care|warmly|with thanks|with best wishes|have a (?:good|great|nice) (?:day|weekend|evening))[ \t]*[,.!]*[ \t]*$/i;
/** A name on its own line as the greeting: one to three words ending in a comma, dash, colon or "!". */
const SHORT_ADDRESS_LINE =
  /^[ \t]*[A-Za-z\u00c0-\u024f'.]{1,20}(?: [A-Za-z\u00c0-\u024f'.]{1,20}){0,2}[ \t]*[,!:\u2014\u2013-][ \t]*$/;
/** Lines scanned from the end for a sign-off. */
const SIGN_OFF_SCAN = 6;

function isSpaceChar(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceChar(text.charAt(i))) i++;
  return i;
}

function lineEndAt(text: string, i: number, end: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 || n > end ? end : n;
}

export function layoutOf(text: string, start: number, end: number): Layout {
  const first = skipSpace(text, start, end);
  let bodyStart = first;
  let inlineGreeting = false;
  if (first < end) {
    const lineEnd = lineEndAt(text, first, end);
    const line = text.slice(first, Math.min(lineEnd, first + 200));
    if (GREETING_LINE.test(line)) {
      // "Hi Dana," on its own line, or "Hi Dana, the files are attached." on one line.
      const sep = /^[^,!\n\u2014]{0,40}[,!\u2014]/.exec(line);
      const rest = sep ? line.slice(sep[0].length).trim() : '';
      if (sep && rest !== '') {
        bodyStart = skipSpace(text, first + sep[0].length, end);
        inlineGreeting = true;
      } else if (line.length <= 50) {
        bodyStart = skipSpace(text, lineEnd, end);
      }
    } else if (SHORT_ADDRESS_LINE.test(line.replace(/\r$/, '')) && lineEnd < end) {
      // "Dana -", "Team," on a line of their own.
      bodyStart = skipSpace(text, lineEnd, end);
    }
  }

  // Sign-off: a closing line near the end with only short lines (name, title) after it.
  let signOffStart = -1;
  let lineEndPos = end;
  for (let scanned = 0; scanned < SIGN_OFF_SCAN && lineEndPos > bodyStart; scanned++) {
    const ls = text.lastIndexOf('\n', lineEndPos - 1);
    const lineStart = ls < start ? start : ls + 1;
    const line = text.slice(lineStart, lineEndPos);
    if (lineStart >= bodyStart && SIGN_OFF_LINE.test(line.replace(/\r$/, ''))) {
      signOffStart = lineStart + (line.length - line.replace(/^[ \t]+/, '').length);
      break;
    }
    if (line.trim().length > 90) break;
    if (lineStart <= start) break;
    lineEndPos = lineStart - 1;
  }

  let bodyEnd = signOffStart >= 0 ? signOffStart : end;
  while (bodyEnd > bodyStart && isSpaceChar(text.charAt(bodyEnd - 1))) bodyEnd--;
  let blankBeforeSignOff = false;
  if (signOffStart >= 0) {
    const gap = text.slice(bodyEnd, signOffStart);
    blankBeforeSignOff = gap.split('\n').length > 2;
  }
  return { bodyStart, inlineGreeting, bodyEnd, signOffStart, blankBeforeSignOff };
}

/** The text's own line break, so inserted lines match the draft (Outlook desktop uses CRLF). */
function lineBreakOf(text: string): string {
  return text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
}

function isLowerLetter(ch: string): boolean {
  return ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

/** Inserts an opening sentence after the greeting: "Hi Dana,\n\nThank you for your patience. The files…". */
export function openingEdit(text: string, layout: Layout, end: number, sentence: string): Edit {
  const at = layout.bodyStart;
  const eol = lineBreakOf(text);
  if (at >= end || at >= text.length) {
    // Nothing but a greeting: the sentence becomes the body.
    let tail = Math.min(end, text.length);
    while (tail > 0 && isSpaceChar(text.charAt(tail - 1))) tail--;
    return { start: tail, end: tail, text: (tail > 0 ? eol + eol : '') + sentence };
  }
  // A greeting and a sign-off with nothing between: the sentence gets its own paragraph.
  if (at === layout.signOffStart) return { start: at, end: at, text: sentence + eol + eol };
  const ch = text.charAt(at);
  if (layout.inlineGreeting) {
    // "Hi Tom, thank you for…" — but "I" keeps its capital.
    const lowered = /^I\b/.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
    const capital = isLowerLetter(ch) ? ch.toUpperCase() : ch;
    return { start: at, end: at + 1, text: lowered + ' ' + capital };
  }
  // "the report is attached" → "Thank you for your patience. The report is attached".
  if (isLowerLetter(ch)) return { start: at, end: at + 1, text: sentence + ' ' + ch.toUpperCase() };
  return { start: at, end: at, text: sentence + ' ' };
}

/** Adds a line for an unanswered ask before the sign-off, or at the end of the body. */
export function answerLineEdit(text: string, layout: Layout, line: string): Edit {
  if (layout.signOffStart >= 0) {
    const hasBody = layout.bodyEnd > layout.bodyStart;
    const eol = lineBreakOf(text);
    const sep = layout.blankBeforeSignOff || !hasBody ? eol + eol : eol;
    if (!hasBody) return { start: layout.signOffStart, end: layout.signOffStart, text: line + sep };
    return { start: layout.signOffStart, end: layout.signOffStart, text: line + sep };
  }
  const at = layout.bodyEnd;
  const eol = lineBreakOf(text);
  const prefix = at > 0 && text.charAt(at - 1) !== '\n' ? eol + eol : '';
  return { start: at, end: at, text: prefix + line };
}
