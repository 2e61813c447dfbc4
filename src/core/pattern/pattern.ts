import type { Token } from '../text/tokenize';
import { WORD_CLASSES } from '../lexicons/classes';
import { inflect } from '../lexicons/inflect';

/**
 * A tiny token-pattern language, compiled once at module load:
 *   word      literal (lower case)          send+     all verb forms (send, sent, sending…)
 *   apolog*   prefix                        @me       a word class from lexicons/classes.ts
 *   %         any one word                  _3        skip 0..3 words (never punctuation)
 *   (a b|c)   alternatives                  x?        optional element
 *   !x        the next token must not match x (consumes nothing)
 *   $obj=x    capture what x matched as "obj"
 *   ^         start of a sentence or of a clause (after , ; : or a dash)
 *   \\%        the literal token "%" (a backslash makes any token literal)
 *   #         any token that starts with a digit (10, 3pm, 9:30, 21st)
 * Punctuation is matched literally (",", "'s"). Matching is bounded by the pattern's size at
 * every start token, so a text is scanned in linear time whatever it contains.
 */

interface WordEl {
  t: 'word';
  words: { [w: string]: true };
  prefixes: string[];
  opt: boolean;
  cap?: string;
  /** Matches any token that starts with a digit (written "#"). */
  digits?: boolean;
}
interface AnyEl {
  t: 'any';
  opt: boolean;
  cap?: string;
}
interface GapEl {
  t: 'gap';
  max: number;
}
interface AltEl {
  t: 'alt';
  seqs: El[][];
  opt: boolean;
  cap?: string;
  /** Alternatives by the literal word they must start with, so a match tries only those that can fit. */
  byFirst?: { [w: string]: El[][] };
  /** Alternatives that can start with any word (or match nothing). */
  loose?: El[][];
}
interface NotEl {
  t: 'not';
  el: El;
}
/** Zero-width: the start of a sentence or clause. */
interface StartEl {
  t: 'start';
}
type El = WordEl | AnyEl | GapEl | AltEl | NotEl | StartEl;

export interface Pattern {
  source: string;
  els: El[];
  /**
   * For the most selective mandatory elements after the first: the words of which one must occur in
   * the sentence for a match, or null. Lets a sentence skip most patterns cheaply.
   */
  required: number[][] | null;
}

/** Words too common to make a pattern selective. */
const COMMON_WORDS = [
  'is',
  'are',
  'was',
  'were',
  'the',
  'a',
  'an',
  'you',
  'your',
  'i',
  'we',
  'it',
  'to',
  'of',
  'and',
  'in',
  'on',
  'for',
  'have',
  'has',
  'had',
  'be',
  'been',
  'will',
  'my',
  'our',
  'this',
  'that',
  'me',
  'us',
  'so',
  'do',
  'not',
  'with',
  'at',
  'by',
  'as',
  'am',
];

function requiredWords(els: El[]): number[][] | null {
  const sets: Array<{ words: string[]; score: number }> = [];
  for (let i = 1; i < els.length; i++) {
    const el = els[i];
    let words: string[] | null = null;
    if (el.t === 'word' && !el.opt && el.prefixes.length === 0 && !el.digits) words = Object.keys(el.words);
    else if (el.t === 'alt' && !el.opt) {
      words = [];
      for (const seq of el.seqs) {
        const k = firstWords(seq);
        if (!k) {
          words = null;
          break;
        }
        words = words.concat(k);
      }
    }
    if (!words || !words.length) continue;
    let common = 0;
    for (const w of words) if (COMMON_WORDS.indexOf(w) >= 0) common++;
    if (common === words.length) continue;
    sets.push({ words, score: common * 1000 + words.length });
  }
  if (!sets.length) return null;
  sets.sort((a, b) => a.score - b.score);
  return sets.slice(0, 3).map((x) => x.words.map(vocabId));
}

/** Ids of the words that patterns mention; other words never decide whether a pattern can match. */
const VOCAB = new Map<string, number>();
let vocabSize = 1;

function vocabId(w: string): number {
  let id = VOCAB.get(w);
  if (id === undefined) {
    id = vocabSize++;
    VOCAB.set(w, id);
  }
  return id;
}

/** The vocabulary id of a token, looked up once per token. */
function tokenVid(t: Token): number {
  let id = t.vid;
  if (id === undefined || id === 0) {
    // 0 may be stale when patterns compiled later (user phrases) added the word.
    id = VOCAB.get(t.norm) || 0;
    t.vid = id;
  }
  return id;
}

/** presentIn[id] === call when the word with that id occurs in the range of the current findAll. */
let presentIn = new Int32Array(1024);

function markPresent(toks: Token[], from: number, to: number, call: number): void {
  if (presentIn.length < vocabSize) {
    const grown = new Int32Array(vocabSize * 2);
    grown.set(presentIn);
    presentIn = grown;
  }
  for (let k = from; k < to; k++) {
    const id = tokenVid(toks[k]);
    if (id !== 0) presentIn[id] = call;
  }
}

export interface Match {
  /** Token indices [start, end). */
  start: number;
  end: number;
  captures: { [name: string]: { start: number; end: number } };
}

class PatternSyntaxError extends Error {}

function parseSeq(src: string, pos: { i: number }, closer: string): El[][] {
  const seqs: El[][] = [];
  let seq: El[] = [];
  while (pos.i < src.length) {
    const ch = src.charAt(pos.i);
    if (ch === ' ') {
      pos.i++;
      continue;
    }
    if (ch === '|') {
      if (!closer) throw new PatternSyntaxError('"|" outside parentheses in ' + src);
      seqs.push(seq);
      seq = [];
      pos.i++;
      continue;
    }
    if (ch === ')') {
      if (closer !== ')') throw new PatternSyntaxError('unbalanced ")" in ' + src);
      pos.i++;
      seqs.push(seq);
      return seqs;
    }
    seq.push(parseAtom(src, pos));
  }
  if (closer) throw new PatternSyntaxError('missing ")" in ' + src);
  seqs.push(seq);
  return seqs;
}

function parseAtom(src: string, pos: { i: number }): El {
  let cap: string | undefined;
  const capMatch = /^\$([a-z]+)=/.exec(src.slice(pos.i, pos.i + 24));
  if (capMatch) {
    cap = capMatch[1];
    pos.i += capMatch[0].length;
  }
  if (src.charAt(pos.i) === '!') {
    pos.i++;
    return { t: 'not', el: parseAtom(src, pos) };
  }
  let el: El;
  if (src.charAt(pos.i) === '(') {
    pos.i++;
    el = indexAlternatives({ t: 'alt', seqs: parseSeq(src, pos, ')'), opt: false, cap });
  } else {
    let j = pos.i;
    while (j < src.length && ' |()'.indexOf(src.charAt(j)) < 0) j++;
    let word = src.slice(pos.i, j);
    pos.i = j;
    const optional = word.length > 1 && word.charAt(word.length - 1) === '?';
    if (optional) word = word.slice(0, -1);
    el = atomFromWord(word, src, cap);
    if (optional && el.t !== 'gap' && el.t !== 'not' && el.t !== 'start') el.opt = true;
    return el;
  }
  if (src.charAt(pos.i) === '?' && el.t === 'alt') {
    el.opt = true;
    pos.i++;
  }
  return el;
}

function indexAlternatives(el: AltEl): AltEl {
  const byFirst: { [w: string]: El[][] } = {};
  const loose: El[][] = [];
  for (const seq of el.seqs) {
    const keys = firstWords(seq);
    if (!keys) {
      loose.push(seq);
      continue;
    }
    const seen: { [w: string]: true } = {};
    for (const k of keys) {
      if (seen[k]) continue;
      seen[k] = true;
      if (!Object.prototype.hasOwnProperty.call(byFirst, k)) byFirst[k] = [];
      byFirst[k].push(seq);
    }
  }
  el.byFirst = byFirst;
  el.loose = loose;
  return el;
}

const NO_SEQS: El[][] = [];

/**
 * Word sets for "@class" and "verb+" atoms, built once and shared (read only) by every pattern
 * that uses them: hundreds of patterns name the same classes, and copying them made module
 * load, which classic Outlook pays on every send, slow.
 */
const SHARED_WORDS = new Map<string, { [w: string]: true }>();

function sharedWords(key: string, build: () => string[]): { [w: string]: true } {
  let words = SHARED_WORDS.get(key);
  if (words === undefined) {
    words = {};
    for (const w of build()) words[w] = true;
    SHARED_WORDS.set(key, words);
  }
  return words;
}

function atomFromWord(word: string, src: string, cap: string | undefined): El {
  if (word === '%') return { t: 'any', opt: false, cap };
  if (word === '#') return { t: 'word', words: {}, prefixes: [], opt: false, cap, digits: true };
  if (word.length > 1 && word.charAt(0) === '\\') {
    // \x matches the literal token x (for "%", "?" and the like).
    const literal: WordEl = { t: 'word', words: {}, prefixes: [], opt: false, cap };
    literal.words[word.slice(1)] = true;
    return literal;
  }
  if (word === '^') return { t: 'start' };
  if (/'/.test(word) && word !== "'s")
    throw new PatternSyntaxError('write contractions out in full ("do not", "i will"): ' + src);
  if (/^_[0-9]$/.test(word)) return { t: 'gap', max: Number(word.charAt(1)) };
  const el: WordEl = { t: 'word', words: {}, prefixes: [], opt: false, cap };
  if (word.charAt(0) === '@' && word.length > 1) {
    const members = WORD_CLASSES[word.slice(1)];
    if (!members) throw new PatternSyntaxError('unknown class ' + word + ' in ' + src);
    el.words = sharedWords(word, () => members);
  } else if (word.length > 2 && word.charAt(word.length - 1) === '*') {
    el.prefixes.push(word.slice(0, -1));
  } else if (word.length > 1 && word.charAt(word.length - 1) === '+') {
    el.words = sharedWords(word, () => inflect(word.slice(0, -1)));
  } else {
    el.words[word] = true;
  }
  return el;
}

export function compilePattern(source: string): Pattern {
  const seqs = parseSeq(source.trim().toLowerCase(), { i: 0 }, '');
  if (seqs.length !== 1 || seqs[0].length === 0) throw new PatternSyntaxError('empty pattern: ' + source);
  return { source, els: seqs[0], required: requiredWords(seqs[0]) };
}

function wordMatches(el: WordEl, tok: Token): boolean {
  if (el.words[tok.norm] === true) return true;
  if (el.digits) {
    const c = tok.norm.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  for (const p of el.prefixes) if (tok.isWord && tok.norm.lastIndexOf(p, 0) === 0) return true;
  return false;
}

function singleMatches(el: El, tok: Token): boolean {
  if (el.t === 'word') return wordMatches(el, tok);
  if (el.t === 'any') return tok.isWord;
  return false;
}

type Cont = (ti: number) => number;
const IDENTITY: Cont = (t) => t;

const CLAUSE_BREAKS = [',', ';', ':', '\u2014', '\u2013', '-', '(', '"', '.', '!', '?'];

/** Start token of the sentence being matched, for ^. Set by matchAt; matching is synchronous. */
let sentenceFrom = 0;

/** Pattern steps taken, for tests that check the work stays linear. */
export const matchStats = { calls: 0 };

function matchFrom(
  els: El[],
  ei: number,
  toks: Token[],
  ti: number,
  end: number,
  caps: Match['captures'],
  cont: Cont,
): number {
  matchStats.calls++;
  if (ei === els.length) return cont(ti);
  const el = els[ei];
  switch (el.t) {
    case 'word':
    case 'any': {
      if (ti < end && singleMatches(el, toks[ti])) {
        const r = matchFrom(els, ei + 1, toks, ti + 1, end, caps, cont);
        if (r >= 0) {
          if (el.cap) caps[el.cap] = { start: ti, end: ti + 1 };
          return r;
        }
      }
      return el.opt ? matchFrom(els, ei + 1, toks, ti, end, caps, cont) : -1;
    }
    case 'gap': {
      let k = ti;
      for (let n = 0; n <= el.max; n++) {
        const r = matchFrom(els, ei + 1, toks, k, end, caps, cont);
        if (r >= 0) return r;
        if (k >= end || !toks[k].isWord) return -1;
        k++;
      }
      return -1;
    }
    case 'start': {
      // Start of the sentence, or of a clause after , ; : or a dash.
      const prev = ti - 1 >= sentenceFrom ? toks[ti - 1] : null;
      if (prev && (prev.isWord || CLAUSE_BREAKS.indexOf(prev.norm) < 0)) return -1;
      return matchFrom(els, ei + 1, toks, ti, end, caps, cont);
    }
    case 'not': {
      if (ti < end) {
        const r = matchFrom([el.el], 0, toks, ti, end, {}, IDENTITY);
        if (r > ti) return -1;
      }
      return matchFrom(els, ei + 1, toks, ti, end, caps, cont);
    }
    case 'alt': {
      const norm = ti < end ? toks[ti].norm : '';
      const fitting = el.byFirst && Object.prototype.hasOwnProperty.call(el.byFirst, norm) ? el.byFirst[norm] : NO_SEQS;
      const candidates = el.loose ? (el.loose.length ? fitting.concat(el.loose) : fitting) : el.seqs;
      for (const seq of candidates) {
        let innerEnd = -1;
        const r = matchFrom(seq, 0, toks, ti, end, caps, (t2) => {
          innerEnd = t2;
          return matchFrom(els, ei + 1, toks, t2, end, caps, cont);
        });
        if (r >= 0) {
          if (el.cap) caps[el.cap] = { start: ti, end: innerEnd };
          return r;
        }
      }
      return el.opt ? matchFrom(els, ei + 1, toks, ti, end, caps, cont) : -1;
    }
  }
}

/** Tries the pattern at token `ti`; the match may not run past `end`. */
export function matchAt(p: Pattern, toks: Token[], ti: number, end: number, sentenceStart = 0): Match | null {
  sentenceFrom = sentenceStart;
  const caps: Match['captures'] = {};
  const r = matchFrom(p.els, 0, toks, ti, end, caps, IDENTITY);
  if (r <= ti) return null;
  return { start: ti, end: r, captures: caps };
}

/** The literal words a match can start with, or null when it can start anywhere. */
export function firstWords(els: El[]): string[] | null {
  if (els.length === 0) return null;
  const el = els[0];
  const rest = els.slice(1);
  let own: string[] | null;
  switch (el.t) {
    case 'word':
      own = el.prefixes.length || el.digits ? null : Object.keys(el.words);
      break;
    case 'alt': {
      own = [];
      for (const seq of el.seqs) {
        const k = firstWords(seq.concat(rest));
        if (!k) return null;
        own = own.concat(k);
      }
      break;
    }
    case 'not':
    case 'gap':
    case 'start':
      return firstWords(rest);
    default:
      return null;
  }
  if (own && 'opt' in el && el.opt) {
    const more = firstWords(rest);
    return more ? own.concat(more) : null;
  }
  return own;
}

const PREFIX_LIMIT = 4000;

/**
 * The literal word sequences (up to n words) a match can begin with, or null when it can begin with
 * any word. Zero-width elements are looked through; the result over-approximates, which is safe for
 * an index.
 */
function literalPrefixes(els: El[], n: number): string[][] | null {
  const out: string[][] = [];
  return walkPrefixes(els, 0, null, n, [], out) ? out : null;
}

/** What follows the end of an alternative: the rest of the enclosing sequence. */
interface Continuation {
  els: El[];
  i: number;
  next: Continuation | null;
}

/**
 * Appends to `out` every literal run of up to `n` words that can start els[i:] (then `next`).
 * Depth-first with one shared accumulator: compiling a thousand patterns at load time must not
 * copy arrays at every step. False when a start is not literal or there are too many.
 */
function walkPrefixes(
  els: El[],
  i: number,
  next: Continuation | null,
  n: number,
  acc: string[],
  out: string[][],
): boolean {
  if (n === 0 || (i >= els.length && next === null)) {
    out.push(acc.slice());
    return out.length <= PREFIX_LIMIT;
  }
  if (i >= els.length) return next !== null && walkPrefixes(next.els, next.i, next.next, n, acc, out);
  const el = els[i];
  switch (el.t) {
    case 'word': {
      if (el.prefixes.length || el.digits) return false;
      for (const w of Object.keys(el.words)) {
        acc.push(w);
        const ok = walkPrefixes(els, i + 1, next, n - 1, acc, out);
        acc.pop();
        if (!ok) return false;
      }
      break;
    }
    case 'alt': {
      const after: Continuation = { els, i: i + 1, next };
      for (const seq of el.seqs) if (!walkPrefixes(seq, 0, after, n, acc, out)) return false;
      break;
    }
    case 'start':
    case 'not':
      return walkPrefixes(els, i + 1, next, n, acc, out);
    default:
      return false;
  }
  return el.opt ? walkPrefixes(els, i + 1, next, n, acc, out) : true;
}

type Entry<T> = { p: Pattern; data: T; stamp: number; checked: number; possible: boolean };

/** Marks entries already tried at the current token (cheaper than a seen-list). */
let stampCounter = 0;

const PAIR_BASE = 1 << 20;

function pushOnce<T>(table: Map<number, Array<Entry<T>>>, key: number, entry: Entry<T>): void {
  let bucket = table.get(key);
  if (!bucket) {
    bucket = [];
    table.set(key, bucket);
  }
  if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
}

/**
 * Patterns indexed by the one or two words they start with, so each token looks only at the few
 * patterns that can begin there.
 */
export class PatternIndex<T> {
  /** Entries by the vocabulary id of their first word. */
  private byWord: Array<Array<Entry<T>> | undefined> = [];
  /** Entries by the ids of their first two words (first * PAIR_BASE + second). */
  private byPair = new Map<number, Array<Entry<T>>>();
  private anywhere: Array<Entry<T>> = [];

  private pushWord(id: number, entry: Entry<T>): void {
    const bucket = this.byWord[id] || (this.byWord[id] = []);
    if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
  }

  add(source: string, data: T): void {
    this.addCompiled(compilePattern(source), data);
  }

  addCompiled(p: Pattern, data: T): void {
    const entry = { p, data, stamp: 0, checked: 0, possible: true };
    const prefixes = literalPrefixes(p.els, 2);
    if (!prefixes || prefixes.some((x) => x.length === 0)) {
      const keys = firstWords(p.els);
      if (!keys) this.anywhere.push(entry);
      else for (const k of keys) this.pushWord(vocabId(k), entry);
      return;
    }
    for (const x of prefixes) {
      if (x.length === 1) this.pushWord(vocabId(x[0]), entry);
      else pushOnce(this.byPair, vocabId(x[0]) * PAIR_BASE + vocabId(x[1]), entry);
    }
  }

  /** Every match in toks[from, to), in order of start token. */
  findAll(toks: Token[], from: number, to: number, visit: (m: Match, data: T, p: Pattern) => void): void {
    const call = ++stampCounter;
    let marked = false;
    for (let i = from; i < to; i++) {
      const stamp = ++stampCounter;
      const id = tokenVid(toks[i]);
      if (id === 0 && this.anywhere.length === 0) continue;
      const single = this.byWord[id];
      const pair = id !== 0 && i + 1 < to ? this.byPair.get(id * PAIR_BASE + tokenVid(toks[i + 1])) : undefined;
      for (let b = 0; b < 3; b++) {
        const bucket = b === 0 ? single : b === 1 ? pair : this.anywhere;
        if (!bucket) continue;
        for (const e of bucket) {
          if (e.stamp === stamp) continue;
          e.stamp = stamp;
          if (e.p.required) {
            if (e.checked !== call) {
              if (!marked) {
                markPresent(toks, from, to, call);
                marked = true;
              }
              e.checked = call;
              e.possible = true;
              for (const set of e.p.required) {
                let found = false;
                for (let w = 0; w < set.length; w++) {
                  if (presentIn[set[w]] === call) {
                    found = true;
                    break;
                  }
                }
                if (!found) {
                  e.possible = false;
                  break;
                }
              }
            }
            if (!e.possible) continue;
          }
          const m = matchAt(e.p, toks, i, to, from);
          if (m) visit(m, e.data, e.p);
        }
      }
    }
  }
}

/** A pattern of literal tokens (for user phrases, which may contain any characters). */
export function literalPattern(source: string, norms: string[]): Pattern {
  const els: El[] = norms.map((w): El => {
    const words: { [w: string]: true } = {};
    words[w] = true;
    return { t: 'word', words, prefixes: [], opt: false };
  });
  if (els.length === 0) throw new PatternSyntaxError('empty pattern: ' + source);
  return { source, els, required: requiredWords(els) };
}
