import type { Token } from './tokenize';

/** A sentence: tokens [tokStart, tokEnd) of the token array, chars [start, end). */
export interface Sentence {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** First token of the closing punctuation run (". ", "?!", ")."), or tokEnd when there is none. */
  termTok: number;
  segments: Segment[];
}

/**
 * A clause-like stretch of a sentence between separators (commas, dashes, "but", "so I", "because"…).
 * Rewrites drop or keep whole segments.
 */
export interface Segment {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** Separator tokens just before this segment, [sepTokStart, tokStart). */
  sepTokStart: number;
}

/** No real sentence is longer; a longer run is cut so the work per sentence stays bounded. */
const MAX_SENTENCE_TOKENS = 200;
const TERMINAL = ['.', '!', '?', '\u2026'];
const CLOSERS = [')', '"', "'", ']', '\u00bb'];
const ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'st',
  'jr',
  'sr',
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'co',
  'no',
  'fig',
  'cf',
];
const SEPARATOR_PUNCT = [',', ';', ':', '(', ')', '\u2014', '\u2013', '\u2026'];
/** Words that start a clause after "so", "and", "since", "as". */
const SUBJECT_STARTS = [
  'i',
  'we',
  'you',
  'it',
  'they',
  'he',
  'she',
  'my',
  'our',
  'your',
  'that',
  'this',
  'there',
  'the',
  'things',
  'everything',
];
const PRONOUN_STARTS = ['i', 'we', 'it', 'they', 'he', 'she', 'my', 'our', 'that', 'this', 'there', 'you'];

function isTerminal(tok: Token): boolean {
  return !tok.isWord && TERMINAL.indexOf(tok.norm) >= 0;
}

function isCloser(tok: Token): boolean {
  return !tok.isWord && CLOSERS.indexOf(tok.norm) >= 0;
}

function startsWithLowerLetter(tok: Token): boolean {
  return tok.isWord && !tok.capital && /^[a-z]/.test(tok.norm);
}

/** Does a sentence boundary fall before tokens[i]? */
function boundaryBefore(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (tok.breaksBefore >= 2) return true;
  if (tok.breaksBefore === 1) {
    // A soft-wrapped line continues the sentence: the next line starts in lower case after a word or comma.
    const softWrap = startsWithLowerLetter(tok) && (prev.isWord || prev.norm === ',');
    return !softWrap;
  }
  if (!tok.spaceBefore) return false;
  // After a run of . ! ? (optionally closed by a quote or bracket).
  let k = i - 1;
  while (k >= 0 && isCloser(tokens[k]) && !tokens[k].spaceBefore) k--;
  if (k < 0 || !isTerminal(tokens[k])) return false;
  let m = k;
  while (m > 0 && isTerminal(tokens[m - 1])) m--;
  const before = tokens[m - 1];
  if (tokens[k].norm === '.' && m === k && before && before.isWord && !tokens[m].spaceBefore) {
    if (ABBREVIATIONS.indexOf(before.norm) >= 0) return false;
    if (before.norm.length === 1 && /[a-z]/.test(before.norm) && !tok.capital) return false;
  }
  return true;
}

function separatorWidth(tokens: Token[], i: number, end: number): number {
  const tok = tokens[i];
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  const prev = tokens[i - 1];
  if (!tok.isWord) {
    if (SEPARATOR_PUNCT.indexOf(tok.norm) >= 0) return 1;
    if (tok.norm === '-' && tok.spaceBefore && next && next.spaceBefore) return 1;
    return 0;
  }
  const nextNorm = next ? next.norm : '';
  switch (tok.norm) {
    case 'but':
    case 'because':
    case 'although':
    case 'though':
    case 'whereas':
      return 1;
    case 'however':
      return prev && (prev.norm === ',' || prev.norm === ';') ? 1 : 0;
    case 'so':
      return (prev && prev.norm === ',') || SUBJECT_STARTS.indexOf(nextNorm) >= 0 ? 1 : 0;
    case 'since':
    case 'as':
      return SUBJECT_STARTS.indexOf(nextNorm) >= 0 && nextNorm !== 'the' ? 1 : 0;
    case 'and':
      return PRONOUN_STARTS.indexOf(nextNorm) >= 0 ? 1 : 0;
    case 'due':
      return nextNorm === 'to' ? 2 : 0;
    default:
      return 0;
  }
}

function buildSegments(tokens: Token[], tokStart: number, bodyEnd: number): Segment[] {
  const segments: Segment[] = [];
  // Emoji, bullets or quotes that open a sentence stay outside its clauses.
  let first = tokStart;
  while (first < bodyEnd && !tokens[first].isWord && separatorWidth(tokens, first, bodyEnd) === 0) first++;
  if (first === bodyEnd) first = tokStart;
  let segStart = first;
  let sepStart = first;
  let i = first;
  while (i < bodyEnd) {
    const width = separatorWidth(tokens, i, bodyEnd);
    if (width > 0) {
      if (i > segStart) {
        pushSegment(segments, tokens, segStart, i, sepStart);
        sepStart = i;
      }
      i += width;
      segStart = i;
      continue;
    }
    i++;
  }
  if (bodyEnd > segStart) pushSegment(segments, tokens, segStart, bodyEnd, sepStart);
  return segments;
}

function pushSegment(
  segments: Segment[],
  tokens: Token[],
  tokStart: number,
  tokEnd: number,
  sepTokStart: number,
): void {
  segments.push({ tokStart, tokEnd, start: tokens[tokStart].start, end: tokens[tokEnd - 1].end, sepTokStart });
}

/** Splits tokens into sentences in one pass. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const finish = (end: number): void => {
    if (end <= first) return;
    let termTok = end;
    while (termTok > first && (isTerminal(tokens[termTok - 1]) || isCloser(tokens[termTok - 1]))) termTok--;
    // Keep a closer that has a matching opener inside the body, e.g. "(see attached)".
    if (termTok === first) termTok = end;
    sentences.push({
      tokStart: first,
      tokEnd: end,
      start: tokens[first].start,
      end: tokens[end - 1].end,
      termTok,
      segments: buildSegments(tokens, first, termTok),
    });
    first = end;
  };
  for (let i = 1; i < tokens.length; i++) {
    // Very long runs without punctuation are cut, so the work per sentence stays bounded.
    if (boundaryBefore(tokens, i) || i - first >= MAX_SENTENCE_TOKENS) finish(i);
  }
  finish(tokens.length);
  return sentences;
}
