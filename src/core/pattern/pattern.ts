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
 * Punctuation is matched literally (",", "'s"). Matching is bounded by the pattern's size at
 * every start token, so a text is scanned in linear time whatever it contains.
 */

interface WordEl {
  t: 'word';
  words: { [w: string]: true };
  prefixes: string[];
  opt: boolean;
  cap?: string;
}
interface AnyEl { t: 'any'; opt: boolean; cap?: string }
interface GapEl { t: 'gap'; max: number }
interface AltEl { t: 'alt'; seqs: El[][]; opt: boolean; cap?: string }
interface NotEl { t: 'not'; el: El }
/** Zero-width: the start of a sentence or clause. */
interface StartEl { t: 'start' }
type El = WordEl | AnyEl | GapEl | AltEl | NotEl | StartEl;

export interface Pattern {
  source: string;
  els: El[];
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
    el = { t: 'alt', seqs: parseSeq(src, pos, ')'), opt: false, cap };
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

function atomFromWord(word: string, src: string, cap: string | undefined): El {
  if (word === '%') return { t: 'any', opt: false, cap };
  if (word === '^') return { t: 'start' };
  if (/'/.test(word) && word !== "'s") throw new PatternSyntaxError('write contractions out in full ("do not", "i will"): ' + src);
  if (/^_[0-9]$/.test(word)) return { t: 'gap', max: Number(word.charAt(1)) };
  const el: WordEl = { t: 'word', words: {}, prefixes: [], opt: false, cap };
  if (word.charAt(0) === '@' && word.length > 1) {
    const members = WORD_CLASSES[word.slice(1)];
    if (!members) throw new PatternSyntaxError('unknown class ' + word + ' in ' + src);
    for (const m of members) el.words[m] = true;
  } else if (word.length > 2 && word.charAt(word.length - 1) === '*') {
    el.prefixes.push(word.slice(0, -1));
  } else if (word.length > 1 && word.charAt(word.length - 1) === '+') {
    for (const form of inflect(word.slice(0, -1))) el.words[form] = true;
  } else {
    el.words[word] = true;
  }
  return el;
}

export function compilePattern(source: string): Pattern {
  const seqs = parseSeq(source.trim().toLowerCase(), { i: 0 }, '');
  if (seqs.length !== 1 || seqs[0].length === 0) throw new PatternSyntaxError('empty pattern: ' + source);
  return { source, els: seqs[0] };
}

function wordMatches(el: WordEl, tok: Token): boolean {
  if (el.words[tok.norm] === true) return true;
  for (const p of el.prefixes) if (tok.isWord && tok.norm.lastIndexOf(p, 0) === 0) return true;
  return false;
}

function singleMatches(el: El, tok: Token): boolean {
  if (el.t === 'word') return wordMatches(el, tok);
  if (el.t === 'any') return tok.isWord;
  return false;
}

type Cont = (ti: number) => number;

const CLAUSE_BREAKS = [',', ';', ':', '\u2014', '\u2013', '-', '(', '"', '.', '!', '?'];

/** Start token of the sentence being matched, for ^. Set by matchAt; matching is synchronous. */
let sentenceFrom = 0;

function matchFrom(els: El[], ei: number, toks: Token[], ti: number, end: number, caps: Match['captures'], cont: Cont): number {
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
        const r = matchFrom([el.el], 0, toks, ti, end, {}, (t) => t);
        if (r > ti) return -1;
      }
      return matchFrom(els, ei + 1, toks, ti, end, caps, cont);
    }
    case 'alt': {
      for (const seq of el.seqs) {
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
  const r = matchFrom(p.els, 0, toks, ti, end, caps, (t) => t);
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
      own = el.prefixes.length ? null : Object.keys(el.words);
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

/**
 * Patterns indexed by the word they start with, so each token looks only at the few patterns
 * that can begin there.
 */
export class PatternIndex<T> {
  private byWord: { [w: string]: Array<{ p: Pattern; data: T }> } = {};
  private anywhere: Array<{ p: Pattern; data: T }> = [];

  add(source: string, data: T): void {
    this.addCompiled(compilePattern(source), data);
  }

  addCompiled(p: Pattern, data: T): void {
    const entry = { p, data };
    const keys = firstWords(p.els);
    if (!keys) {
      this.anywhere.push(entry);
      return;
    }
    const seen: { [w: string]: true } = {};
    for (const k of keys) {
      if (seen[k]) continue;
      seen[k] = true;
      if (!Object.prototype.hasOwnProperty.call(this.byWord, k)) this.byWord[k] = [];
      this.byWord[k].push(entry);
    }
  }

  /** Every match in toks[from, to), in order of start token, one per pattern and start. */
  findAll(toks: Token[], from: number, to: number, visit: (m: Match, data: T, p: Pattern) => void): void {
    for (let i = from; i < to; i++) {
      const norm = toks[i].norm;
      const bucket = Object.prototype.hasOwnProperty.call(this.byWord, norm) ? this.byWord[norm] : undefined;
      if (bucket) {
        for (const e of bucket) {
          const m = matchAt(e.p, toks, i, to, from);
          if (m) visit(m, e.data, e.p);
        }
      }
      for (const e of this.anywhere) {
        const m = matchAt(e.p, toks, i, to, from);
        if (m) visit(m, e.data, e.p);
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
  return { source, els };
}
