import type { Token } from '../text/tokenize';
import { WORD_CLASSES } from '../lexicons/classes';
import { inflect } from '../lexicons/inflect';

/**
 * A tiny token-pattern language:
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
 *
 * Patterns are parsed when they are added (so a syntax error shows at module load), but the work
 * that only speeds up matching (the first-word index of an index, the words a sentence must hold,
 * the index of an alternative by first word) is done the first time it is needed: classic Outlook
 * loads the engine for every send, and most patterns never get that far in a given reply.
 * Words are kept as ids in one vocabulary, so matching compares numbers, not strings.
 */

const WORD = 0;
const ANY = 1;
const GAP = 2;
const ALT = 3;
const NOT = 4;
const START = 5;
/** A token that starts with a digit (written "#"). */
const DIGITS = 6;

/** One pattern element; a single shape for every kind, so the matcher's property reads stay monomorphic. */
class El {
  /** WORD: id of the one literal word (0: none); GAP: the most words skipped. */
  one = 0;
  /**
   * WORD: the words of a class, of a verb's forms (both shared by every pattern that names them) or
   * of an alternative of single words ("(busy|swamped)").
   */
  set: WordSet | null = null;
  /** WORD: a prefix the token must start with ('' for none). */
  prefix = '';
  /** ALT: the alternatives; NOT: one sequence holding the element that must not match. */
  seqs: El[][] | null = null;
  /** ALT: the alternatives by first word, built the first time the element is tried. */
  alt: AltIndex | null = null;
  constructor(
    public k: number,
    public opt: boolean,
    public cap: string | undefined,
  ) {}
}

/** Word ids for a WORD element: a class, a verb's forms, or an alternative of single words. */
interface WordSet {
  /** As written, repeats included (they count in the index's limits as alternatives did). */
  ids: number[];
  /** For large sets, built on the first test. */
  has: Set<number> | null;
}

/** Sets up to this size are tested by a scan of their ids. */
const SCAN_MAX = 8;

function setHas(set: WordSet, id: number): boolean {
  const ids = set.ids;
  if (ids.length <= SCAN_MAX) {
    for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
    return false;
  }
  let has = set.has;
  if (has === null) {
    has = new Set<number>();
    for (let i = 0; i < ids.length; i++) has.add(ids[i]);
    set.has = has;
  }
  return has.has(id);
}

/** An alternative's sequences by the id of the word they must start with, and those that can start anywhere. */
interface AltIndex {
  byFirst: Map<number, El[][]>;
  loose: El[][];
}

/** A set of words of which one must occur in a sentence for a pattern to match there. */
interface RequiredSet {
  ids: number[];
  /** Position in setFound. */
  index: number;
}

export interface Pattern {
  source: string;
  els: El[];
  /**
   * For the most selective mandatory elements after the first: the sets of words (indexes into
   * setFound) of which one must occur in the sentence for a match, or null. Lets a sentence skip most patterns cheaply. Worked out on
   * first use (undefined until then).
   */
  required?: Int32Array | null;
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

/**
 * The vocabulary id of a token (0: none), looked up once per token; a miss is remembered with the
 * vocabulary's size, and looked up again once patterns compiled later (user phrases) added words.
 */
function tokenVid(t: Token): number {
  const vid = t.vid;
  if (vid !== undefined && (vid > 0 || vid === -vocabSize)) return vid > 0 ? vid : 0;
  const id = VOCAB.get(t.norm);
  t.vid = id === undefined ? -vocabSize : id;
  return id === undefined ? 0 : id;
}

/** Ids of COMMON_WORDS, given at load so the vocabulary never grows in the middle of a search. */
const commonIds = new Set<number>();
for (const w of COMMON_WORDS) commonIds.add(vocabId(w));

function isCommon(id: number): boolean {
  return commonIds.has(id);
}

/** Required sets by their words, so patterns that need the same words share one check per sentence. */
const REQUIRED_SETS = new Map<string, RequiredSet>();
let requiredCount = 0;

/** setFound[set.index] === call when a word of the set occurs in the range marked for that findAll call. */
let setFound = new Int32Array(256);

/** For each vocabulary id, the indexes of the required sets that hold the word. */
const setsOfWord: Array<number[] | undefined> = [];

/** The findAll call whose range is marked in presentIn and setFound. */
let markedCall = -1;

function newRequiredSet(ids: number[], call: number): RequiredSet {
  const set = { ids, index: requiredCount++ };
  if (setFound.length <= set.index) {
    const grown = new Int32Array(setFound.length * 2);
    grown.set(setFound);
    setFound = grown;
  }
  for (let w = 0; w < ids.length; w++) {
    const id = ids[w];
    const list = setsOfWord[id];
    if (list === undefined) setsOfWord[id] = [set.index];
    else if (list[list.length - 1] !== set.index) list.push(set.index);
  }
  // Made after the range of this call was marked: check it now.
  if (markedCall === call) {
    for (let w = 0; w < ids.length; w++) {
      if (ids[w] < presentIn.length && presentIn[ids[w]] === call) {
        setFound[set.index] = call;
        break;
      }
    }
  }
  return set;
}

/** The elements in order, with groups of one sequence ("$span=(a b c)") opened up: each must match. */
function mandatorySequence(els: El[], out: El[]): El[] {
  for (const el of els) {
    if (el.k === ALT && !el.opt && (el.seqs as El[][]).length === 1) mandatorySequence((el.seqs as El[][])[0], out);
    else out.push(el);
  }
  return out;
}

/**
 * For a group of alternatives: words of which one must occur for any alternative to match, taking
 * from each alternative its smallest set of uncommon words it cannot match without ("(is|are) still
 * coming|will follow" needs coming, or follow). Null when some alternative has no such set.
 */
function rareWordsOfAlternatives(el: El, depth: number): number[] | null {
  let out: number[] = [];
  for (const seq of el.seqs as El[][]) {
    let best: number[] | null = null;
    for (const m of mandatorySequence(seq, [])) {
      let ids: number[] | null = null;
      if (m.k === WORD && !m.opt && m.prefix === '') ids = wordIds(m);
      else if (m.k === ALT && !m.opt && depth < 3) ids = rareWordsOfAlternatives(m, depth + 1);
      if (!ids || !ids.length || ids.some(isCommon)) continue;
      if (best === null || ids.length < best.length) best = ids;
    }
    if (best === null) return null;
    out = out.concat(best);
  }
  return out;
}

function requiredWords(pattern: El[], call: number): Int32Array | null {
  const sets: Array<{ ids: number[]; score: number }> = [];
  const els = mandatorySequence(pattern, []);
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    let ids: number[] | null = null;
    // The first element is what the index looked the pattern up by; only a group's inner words add to that.
    if (i === 0) ids = el.k === ALT && !el.opt ? rareWordsOfAlternatives(el, 0) : null;
    else if (el.k === WORD && !el.opt && el.prefix === '') ids = wordIds(el);
    else if (el.k === ALT && !el.opt) {
      ids = rareWordsOfAlternatives(el, 0);
      if (ids === null) {
        ids = [];
        for (const seq of el.seqs as El[][]) {
          const k = firstWordsFrom(seq, 0, null);
          if (!k) {
            ids = null;
            break;
          }
          ids = ids.concat(k);
        }
      }
    }
    if (!ids || !ids.length) continue;
    let common = 0;
    for (const id of ids) if (isCommon(id)) common++;
    if (common === ids.length) continue;
    sets.push({ ids, score: common * 1000 + ids.length });
  }
  if (!sets.length) return null;
  sets.sort((a, b) => a.score - b.score);
  const out = new Int32Array(Math.min(3, sets.length));
  for (let i = 0; i < out.length; i++) {
    const ids = sets[i].ids;
    const key = ids.join(',');
    let set = REQUIRED_SETS.get(key);
    if (set === undefined) {
      set = newRequiredSet(ids, call);
      REQUIRED_SETS.set(key, set);
    }
    out[i] = set.index;
  }
  return out;
}

/** presentIn[id] === call when the word with that id occurs in the range of the current findAll. */
let presentIn = new Int32Array(1024);

/** Marks the words of the range, and the required sets that hold one of them. */
function markPresent(toks: Token[], from: number, to: number, call: number): void {
  if (presentIn.length < vocabSize) {
    const grown = new Int32Array(vocabSize * 2);
    grown.set(presentIn);
    presentIn = grown;
  }
  for (let k = from; k < to; k++) {
    const id = tokenVid(toks[k]);
    if (id === 0 || presentIn[id] === call) continue;
    presentIn[id] = call;
    const sets = setsOfWord[id];
    if (sets !== undefined) for (let s = 0; s < sets.length; s++) setFound[sets[s]] = call;
  }
  markedCall = call;
}

export interface Match {
  /** Token indices [start, end). */
  start: number;
  end: number;
  captures: { [name: string]: { start: number; end: number } };
}

class PatternSyntaxError extends Error {}

const SPACE = 0x20;
const BAR = 0x7c;
const OPEN = 0x28;
const CLOSE = 0x29;
const QUESTION = 0x3f;
const DOLLAR = 0x24;
const BANG = 0x21;
const EQUALS = 0x3d;

/** Parser state: the (lower-cased) source and the position in it. */
interface Cursor {
  src: string;
  i: number;
}

/**
 * Parses sequences separated by "|" up to the closing ")" (or the end of the source). The arrays
 * built live as long as the page, so they are copied to their exact size (a grown array keeps
 * room for sixteen more).
 */
function parseSeq(c: Cursor, closed: boolean): El[][] {
  const src = c.src;
  // Elements and sequences are gathered on shared stacks and copied out at their exact size.
  const elBase = elStack.length;
  const seqBase = seqStack.length;
  while (c.i < src.length) {
    const ch = src.charCodeAt(c.i);
    if (ch === SPACE) {
      c.i++;
      continue;
    }
    if (ch === BAR) {
      if (!closed) throw new PatternSyntaxError('"|" outside parentheses in ' + src);
      seqStack.push(elStack.slice(elBase));
      elStack.length = elBase;
      c.i++;
      continue;
    }
    if (ch === CLOSE) {
      if (!closed) throw new PatternSyntaxError('unbalanced ")" in ' + src);
      c.i++;
      return mergeSingleWords(popSeqs(elBase, seqBase));
    }
    const el = parseAtom(c);
    elStack.push(el);
  }
  if (closed) throw new PatternSyntaxError('missing ")" in ' + src);
  return popSeqs(elBase, seqBase);
}

const elStack: El[] = [];
const seqStack: El[][] = [];

/** Ends the sequence being parsed and returns the sequences since seqBase. */
function popSeqs(elBase: number, seqBase: number): El[][] {
  seqStack.push(elStack.slice(elBase));
  elStack.length = elBase;
  const seqs = seqStack.slice(seqBase);
  seqStack.length = seqBase;
  return seqs;
}

/** A sequence of one plain word element (a literal, class or verb forms; no capture, not optional). */
function singleWordIds(seq: El[]): number[] | null {
  if (seq.length !== 1) return null;
  const el = seq[0];
  if (el.k !== WORD || el.opt || el.cap !== undefined || el.prefix !== '') return null;
  return wordIds(el);
}

/**
 * "(busy|swamped|snowed under)" → "([busy swamped]|snowed under)": alternatives that are single
 * words become one word set, when no other alternative can start with those words. An
 * alternative tries the sequences that can start with the current word in order, so a set whose
 * words start no other sequence matches exactly what its words did one by one.
 */
function mergeSingleWords(seqs: El[][]): El[][] {
  let singles = 0;
  for (let s = 0; s < seqs.length && singles < 2; s++) if (singleWordIds(seqs[s]) !== null) singles++;
  if (singles < 2) return seqs;
  // Words that other sequences can start with.
  const stamp = ++takenStamp;
  if (taken.length < vocabSize) {
    const grown = new Int32Array(vocabSize * 2);
    grown.set(taken);
    taken = grown;
  }
  for (const seq of seqs) {
    if (singleWordIds(seq) !== null) continue;
    const keys = firstWordsFrom(seq, 0, null);
    if (keys) for (let k = 0; k < keys.length; k++) taken[keys[k]] = stamp;
  }
  const out: El[][] = [];
  const merged: number[] = [];
  let mergedCount = 0;
  let at = -1;
  for (const seq of seqs) {
    const ids = singleWordIds(seq);
    let free = ids !== null;
    if (ids !== null) for (let w = 0; w < ids.length && free; w++) if (taken[ids[w]] === stamp) free = false;
    if (!free) {
      out.push(seq);
      continue;
    }
    if (at < 0) {
      at = out.length;
      out.push(seq);
    }
    for (let w = 0; w < (ids as number[]).length; w++) merged.push((ids as number[])[w]);
    mergedCount++;
  }
  if (mergedCount < 2) return seqs;
  const el = new El(WORD, false, undefined);
  el.set = { ids: merged.slice(), has: null };
  out[at] = [el];
  return out.slice();
}

/** taken[id] === takenStamp: another alternative of the one being merged can start with that word. */
let taken = new Int32Array(1024);
let takenStamp = 0;

/** Length of a "$name=" capture prefix at i (name: 1 to 22 letters a-z), or 0. */
function captureLength(src: string, i: number): number {
  if (src.charCodeAt(i) !== DOLLAR) return 0;
  let j = i + 1;
  while (j < src.length && j - i <= 22) {
    const ch = src.charCodeAt(j);
    if (ch < 0x61 || ch > 0x7a) break;
    j++;
  }
  return j > i + 1 && src.charCodeAt(j) === EQUALS ? j + 1 - i : 0;
}

/**
 * Alternatives of plain single words ("(busy|swamped|snowed)"): characters that mean nothing
 * special in a word. Anything else takes the general parse.
 */
const SIMPLE_ALTERNATIVES = /^[^ ()|$!@\\*+?%#^_'\u2019]+(?:\|[^ ()|$!@\\*+?%#^_'\u2019]+)*$/;

/**
 * "(busy|swamped)" as one element matching any of its words: the same matches as the alternative
 * (each of its sequences is one literal word), found with one test instead of a sequence each.
 */
function simpleAlternatives(c: Cursor, cap: string | undefined): El | null {
  const close = c.src.indexOf(')', c.i);
  if (close < 0) return null;
  const inner = c.src.slice(c.i, close);
  const opt = c.src.charCodeAt(close + 1) === QUESTION;
  const key = opt ? '(' + inner + '?' : '(' + inner;
  let el = cap === undefined ? SHARED_ELS.get(key) : undefined;
  if (el === undefined) {
    if (!SIMPLE_ALTERNATIVES.test(inner)) return null;
    const words = inner.split('|');
    const ids: number[] = [];
    for (let i = 0; i < words.length; i++) ids.push(vocabId(words[i]));
    el = new El(WORD, opt, cap);
    el.set = { ids, has: null };
    if (cap === undefined) SHARED_ELS.set(key, el);
  }
  c.i = opt ? close + 2 : close + 1;
  return el;
}

/**
 * Elements without a capture, which never change once parsed, shared by every pattern that writes
 * them the same way ("the", "@me", "busy?", "(sorry|apologies)"): fewer objects to build and keep.
 */
const SHARED_ELS = new Map<string, El>();

/** True when no atom text follows at `i` (end, space, "|", "(" or ")"). */
function endsAtom(src: string, i: number): boolean {
  if (i >= src.length) return true;
  const ch = src.charCodeAt(i);
  return ch === SPACE || ch === BAR || ch === CLOSE;
}

function parseAtom(c: Cursor): El {
  const src = c.src;
  let cap: string | undefined;
  const capLength = captureLength(src, c.i);
  if (capLength) {
    cap = src.slice(c.i + 1, c.i + capLength - 1);
    c.i += capLength;
  }
  // "!x" is negation; a "!" standing alone ("(.|!)") is the punctuation mark.
  if (src.charCodeAt(c.i) === BANG && !endsAtom(src, c.i + 1)) {
    c.i++;
    const not = new El(NOT, false, undefined);
    not.seqs = [[parseAtom(c)]];
    return not;
  }
  if (src.charCodeAt(c.i) === OPEN) {
    c.i++;
    const simple = simpleAlternatives(c, cap);
    if (simple !== null) return simple;
    const el = new El(ALT, false, cap);
    el.seqs = parseSeq(c, true);
    if (src.charCodeAt(c.i) === QUESTION) {
      el.opt = true;
      c.i++;
    }
    return el;
  }
  let j = c.i;
  while (j < src.length) {
    const ch = src.charCodeAt(j);
    if (ch === SPACE || ch === BAR || ch === OPEN || ch === CLOSE) break;
    j++;
  }
  const raw = src.slice(c.i, j);
  c.i = j;
  if (cap === undefined) {
    const shared = SHARED_ELS.get(raw);
    if (shared !== undefined) return shared;
  }
  // "x?" is optional; "\\?" is the literal token "?" (and "\\??" an optional one).
  const escaped = raw.charCodeAt(0) === 0x5c;
  const optional = raw.length > (escaped ? 2 : 1) && raw.charCodeAt(raw.length - 1) === QUESTION;
  const word = optional ? raw.slice(0, -1) : raw;
  const el = atomFromWord(word, src, cap);
  if (optional && el.k !== GAP && el.k !== NOT && el.k !== START) el.opt = true;
  if (cap === undefined) SHARED_ELS.set(raw, el);
  return el;
}

/**
 * Word sets for "@class" and "verb+" atoms, built once and shared (read only) by every pattern
 * that uses them: hundreds of patterns name the same classes.
 */
const SHARED_WORDS = new Map<string, WordSet>();

function sharedWords(key: string, words: string[]): WordSet {
  let set = SHARED_WORDS.get(key);
  if (set === undefined) {
    const has = new Set<number>();
    const ids: number[] = [];
    for (const w of words) {
      const id = vocabId(w);
      if (!has.has(id)) {
        has.add(id);
        ids.push(id);
      }
    }
    set = { ids, has };
    SHARED_WORDS.set(key, set);
  }
  return set;
}

/** Class names by their lower-case spelling (patterns are lower-cased before parsing). */
let classByLower: { [lower: string]: string } | null = null;

function wordClass(name: string): string[] | undefined {
  if (Object.prototype.hasOwnProperty.call(WORD_CLASSES, name)) return WORD_CLASSES[name];
  if (classByLower === null) {
    classByLower = {};
    for (const k of Object.keys(WORD_CLASSES)) classByLower[k.toLowerCase()] = k;
  }
  const real = Object.prototype.hasOwnProperty.call(classByLower, name) ? classByLower[name] : undefined;
  return real === undefined ? undefined : WORD_CLASSES[real];
}

function literal(word: string, cap: string | undefined): El {
  const el = new El(WORD, false, cap);
  el.one = vocabId(word);
  return el;
}

function atomFromWord(word: string, src: string, cap: string | undefined): El {
  const n = word.length;
  const first = n ? word.charCodeAt(0) : 0;
  const last = n ? word.charCodeAt(n - 1) : 0;
  if (n === 1) {
    if (first === 0x25 /* % */) return new El(ANY, false, cap);
    if (first === 0x23 /* # */) return new El(DIGITS, false, cap);
    if (first === 0x5e /* ^ */) return new El(START, false, undefined);
  }
  // \x matches the literal token x (for "%", "?" and the like).
  if (n > 1 && first === 0x5c /* \ */) return literal(word.slice(1), cap);
  if (word.indexOf("'") >= 0 && word !== "'s")
    throw new PatternSyntaxError('write contractions out in full ("do not", "i will"): ' + src);
  if (n === 2 && first === 0x5f /* _ */ && last >= 0x30 && last <= 0x39) {
    const gap = new El(GAP, false, undefined);
    gap.one = last - 0x30;
    return gap;
  }
  // "_10" would otherwise be read as a word no sentence contains: the pattern could never match.
  if (n > 2 && first === 0x5f /* _ */ && /^_\d+$/.test(word))
    throw new PatternSyntaxError('a gap is at most _9 words: ' + src);
  if (n > 1 && first === 0x40 /* @ */) {
    const members = wordClass(word.slice(1));
    if (!members) throw new PatternSyntaxError('unknown class ' + word + ' in ' + src);
    const el = new El(WORD, false, cap);
    el.set = sharedWords(word, members);
    return el;
  }
  if (n > 2 && last === 0x2a /* * */) {
    const el = new El(WORD, false, cap);
    el.prefix = word.slice(0, -1);
    return el;
  }
  if (n > 1 && last === 0x2b /* + */) {
    const el = new El(WORD, false, cap);
    el.set = SHARED_WORDS.get(word) || sharedWords(word, inflect(word.slice(0, -1)));
    return el;
  }
  return literal(word, cap);
}

export function compilePattern(source: string): Pattern {
  let seqs: El[][];
  try {
    seqs = parseSeq({ src: source.trim().toLowerCase(), i: 0 }, false);
  } finally {
    elStack.length = 0;
    seqStack.length = 0;
  }
  if (seqs.length !== 1 || seqs[0].length === 0) throw new PatternSyntaxError('empty pattern: ' + source);
  return { source, els: seqs[0], required: undefined };
}

/** The ids a word element can match, or null for a prefix. */
function wordIds(el: El): number[] | null {
  if (el.prefix !== '') return null;
  if (el.set !== null) return el.set.ids;
  return el.one !== 0 ? [el.one] : [];
}

/** Whether a WORD, ANY or DIGITS element matches the token. */
function singleMatches(el: El, tok: Token): boolean {
  if (el.k === WORD) {
    if (el.one !== 0) return tokenVid(tok) === el.one;
    if (el.set !== null) return setHas(el.set, tokenVid(tok));
    return el.prefix !== '' && tok.isWord && tok.norm.lastIndexOf(el.prefix, 0) === 0;
  }
  if (el.k === ANY) return tok.isWord;
  const c = tok.norm.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

type Cont = (ti: number) => number;
const IDENTITY: Cont = (t) => t;

const CLAUSE_BREAKS = [',', ';', ':', '\u2014', '\u2013', '-', '(', '"', '.', '!', '?'];

/** Start token of the sentence being matched, for ^. Set by matchAt; matching is synchronous. */
let sentenceFrom = 0;

/** Where the captures of a negative lookahead go: nobody reads them. */
const scratchCaptures: Match['captures'] = {};

/** Pattern steps taken, for tests that check the work stays linear. */
export const matchStats = { calls: 0 };

const NO_SEQS: El[][] = [];

/** Indexes an alternative's sequences by the word they must start with, the first time it is tried. */
function indexAlternatives(el: El): void {
  const byFirst = new Map<number, El[][]>();
  const loose: El[][] = [];
  for (const seq of el.seqs as El[][]) {
    const keys = firstWordsFrom(seq, 0, null);
    if (!keys) {
      loose.push(seq);
      continue;
    }
    for (const k of keys) {
      let list = byFirst.get(k);
      if (list === undefined) {
        list = [];
        byFirst.set(k, list);
      }
      if (list[list.length - 1] !== seq) list.push(seq);
    }
  }
  el.alt = { byFirst, loose };
}

function matchAlt(
  el: El,
  seq: El[],
  els: El[],
  ei: number,
  toks: Token[],
  ti: number,
  end: number,
  caps: Match['captures'],
  cont: Cont,
): number {
  let innerEnd = -1;
  const r = matchFrom(seq, 0, toks, ti, end, caps, (t2) => {
    innerEnd = t2;
    return matchFrom(els, ei + 1, toks, t2, end, caps, cont);
  });
  if (r >= 0 && el.cap) caps[el.cap] = { start: ti, end: innerEnd };
  return r;
}

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
  switch (el.k) {
    case WORD:
    case ANY:
    case DIGITS: {
      if (ti < end && singleMatches(el, toks[ti])) {
        const r = matchFrom(els, ei + 1, toks, ti + 1, end, caps, cont);
        if (r >= 0) {
          if (el.cap) caps[el.cap] = { start: ti, end: ti + 1 };
          return r;
        }
      }
      return el.opt ? matchFrom(els, ei + 1, toks, ti, end, caps, cont) : -1;
    }
    case GAP: {
      let k = ti;
      for (let n = 0; n <= el.one; n++) {
        const r = matchFrom(els, ei + 1, toks, k, end, caps, cont);
        if (r >= 0) return r;
        if (k >= end || !toks[k].isWord) return -1;
        k++;
      }
      return -1;
    }
    case START: {
      // Start of the sentence, or of a clause after , ; : or a dash.
      const prev = ti - 1 >= sentenceFrom ? toks[ti - 1] : null;
      if (prev && (prev.isWord || CLAUSE_BREAKS.indexOf(prev.norm) < 0)) return -1;
      return matchFrom(els, ei + 1, toks, ti, end, caps, cont);
    }
    case NOT: {
      if (ti < end) {
        const r = matchFrom((el.seqs as El[][])[0], 0, toks, ti, end, scratchCaptures, IDENTITY);
        if (r > ti) return -1;
      }
      return matchFrom(els, ei + 1, toks, ti, end, caps, cont);
    }
    default: {
      if (el.alt === null) indexAlternatives(el);
      const alt = el.alt as AltIndex;
      const fitting = ti < end ? alt.byFirst.get(tokenVid(toks[ti])) || NO_SEQS : NO_SEQS;
      for (const seq of fitting) {
        const r = matchAlt(el, seq, els, ei, toks, ti, end, caps, cont);
        if (r >= 0) return r;
      }
      for (const seq of alt.loose) {
        const r = matchAlt(el, seq, els, ei, toks, ti, end, caps, cont);
        if (r >= 0) return r;
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

/** What follows the end of an alternative: the rest of the enclosing sequence. */
interface Continuation {
  els: El[];
  i: number;
  next: Continuation | null;
}

/**
 * The ids of the literal words a match of els[i:] (then `next`) can start with, or null when it can
 * start anywhere (or match nothing).
 */
function firstWordsFrom(els: El[], i: number, next: Continuation | null): number[] | null {
  if (i >= els.length) return next === null ? null : firstWordsFrom(next.els, next.i, next.next);
  const el = els[i];
  let own: number[] | null;
  switch (el.k) {
    case WORD:
      own = wordIds(el);
      break;
    case ALT: {
      own = [];
      const after: Continuation = { els, i: i + 1, next };
      for (const seq of el.seqs as El[][]) {
        const k = firstWordsFrom(seq, 0, after);
        if (!k) return null;
        own = own.concat(k);
      }
      break;
    }
    case NOT:
    case GAP:
    case START:
      return firstWordsFrom(els, i + 1, next);
    default:
      return null;
  }
  if (own && el.opt) {
    const more = firstWordsFrom(els, i + 1, next);
    return more ? own.concat(more) : null;
  }
  return own;
}

const PREFIX_LIMIT = 4000;

/**
 * The literal word runs (up to two words) a match can begin with, for the index: zero-width
 * elements are looked through; the result over-approximates, which is safe for an index.
 * `ok` is false when a start is not literal, a run can be empty, or there are more than
 * PREFIX_LIMIT runs (counting repeats).
 */
interface Prefixes {
  ok: boolean;
  count: number;
  singles: number[];
  /** Pairs as [first, second, first, second, …]. */
  pairs: number[];
}

/** Appends every literal run of up to `n` words that can start els[i:] (then `next`); `w1` is the word taken so far. */
function walkPrefixes(els: El[], i: number, next: Continuation | null, n: number, w1: number, out: Prefixes): boolean {
  if (n === 0 || (i >= els.length && next === null)) {
    out.count++;
    if (n === 2) out.ok = false;
    else if (n === 1) out.singles.push(w1);
    return out.count <= PREFIX_LIMIT && out.ok;
  }
  if (i >= els.length)
    return walkPrefixes((next as Continuation).els, (next as Continuation).i, (next as Continuation).next, n, w1, out);
  const el = els[i];
  switch (el.k) {
    case WORD: {
      const ids = wordIds(el);
      if (ids === null) return false;
      if (n === 1) {
        // Each word completes a run of two.
        for (const w of ids) {
          out.count++;
          out.pairs.push(w1, w);
        }
        if (out.count > PREFIX_LIMIT) return false;
      } else {
        for (const w of ids) if (!walkPrefixes(els, i + 1, next, n - 1, w, out)) return false;
      }
      break;
    }
    case ALT: {
      const after: Continuation = { els, i: i + 1, next };
      for (const seq of el.seqs as El[][]) if (!walkPrefixes(seq, 0, after, n, w1, out)) return false;
      break;
    }
    case START:
    case NOT:
      return walkPrefixes(els, i + 1, next, n, w1, out);
    default:
      return false;
  }
  return el.opt ? walkPrefixes(els, i + 1, next, n, w1, out) : true;
}

type Entry<T> = {
  p: Pattern;
  data: T;
  stamp: number;
  checked: number;
  possible: boolean;
  /** For one alternative of a pattern indexed alternative by alternative: the pattern's shared state. */
  group?: AltGroup<T>;
  /** Its rank there: the alternative the whole pattern would have tried first ranks lowest. */
  rank?: number;
};

/** The alternatives of one pattern matching at the current token: only the first-ranked one counts. */
interface AltGroup<T> {
  p: Pattern;
  stamp: number;
  rank: number;
  match: Match | null;
  data: T;
}

/** The entries whose match can start with one word: by that word alone, or by the word after it too. */
interface Head<T> {
  single: Array<Entry<T>> | null;
  pairs: Map<number, Array<Entry<T>>> | null;
}

/** An index with this many first words looks them up in an array by id rather than a map. */
const DENSE_HEADS = 64;

/** Marks entries already tried at the current token (cheaper than a seen-list). */
let stampCounter = 0;

function pushOnce<T>(bucket: Array<Entry<T>>, entry: Entry<T>): void {
  if (bucket[bucket.length - 1] !== entry) bucket.push(entry);
}

/**
 * Patterns indexed by the one or two words they start with, so each token looks only at the few
 * patterns that can begin there. Patterns are parsed when added and indexed on the first search.
 */
export class PatternIndex<T> {
  /** By the vocabulary id of the first word: the entries that start there, by one word or two. */
  private heads = new Map<number, Head<T>>();
  /** The same as an array by id, for an index with many first words (null until built). */
  private dense: Array<Head<T> | undefined> | null = null;
  private anywhere: Array<Entry<T>> = [];
  /** Entries added since the last search, in order. */
  private pending: Array<Entry<T>> = [];

  private head(id: number): Head<T> {
    let head = this.heads.get(id);
    if (head === undefined) {
      head = { single: null, pairs: null };
      this.heads.set(id, head);
      this.dense = null;
    }
    return head;
  }

  private pushWord(id: number, entry: Entry<T>): void {
    const head = this.head(id);
    if (head.single === null) head.single = [entry];
    else pushOnce(head.single, entry);
  }

  private pushPair(first: number, second: number, entry: Entry<T>): void {
    const head = this.head(first);
    if (head.pairs === null) head.pairs = new Map<number, Array<Entry<T>>>();
    const bucket = head.pairs.get(second);
    if (bucket === undefined) head.pairs.set(second, [entry]);
    else pushOnce(bucket, entry);
  }

  add(source: string, data: T): void {
    this.addCompiled(compilePattern(source), data);
  }

  addCompiled(p: Pattern, data: T): void {
    const top = p.els.length === 1 ? p.els[0] : null;
    if (top && top.k === ALT && !top.opt && !top.cap && (top.seqs as El[][]).length > 1) {
      // A pattern that is one group of alternatives is indexed alternative by alternative, so each has
      // its own first words and the words a sentence must hold for it: a search tries only those that
      // can match there. Where several match at one token, the one the whole pattern would have tried
      // first wins (alternatives that start with a word come before those that don't, then as written).
      const group: AltGroup<T> = { p, stamp: 0, rank: 0, match: null, data };
      (top.seqs as El[][]).forEach((seq, i) => {
        const rank = (firstWordsFrom(seq, 0, null) ? 0 : 1 << 16) + i;
        const part: Pattern = { source: p.source, els: seq, required: undefined };
        this.pending.push({ p: part, data, stamp: 0, checked: 0, possible: true, group, rank });
      });
      return;
    }
    this.pending.push({ p, data, stamp: 0, checked: 0, possible: true });
  }

  private insert(entry: Entry<T>): void {
    const els = entry.p.els;
    const prefixes: Prefixes = { ok: true, count: 0, singles: [], pairs: [] };
    if (!walkPrefixes(els, 0, null, 2, 0, prefixes) || !prefixes.ok) {
      const keys = firstWordsFrom(els, 0, null);
      if (!keys) this.anywhere.push(entry);
      else for (const k of keys) this.pushWord(k, entry);
      return;
    }
    for (const w of prefixes.singles) this.pushWord(w, entry);
    const pairs = prefixes.pairs;
    for (let k = 0; k < pairs.length; k += 2) this.pushPair(pairs[k], pairs[k + 1], entry);
  }

  /** Indexes the entries added since the last search; an index with many first words gets an array by id. */
  private flush(): void {
    const pending = this.pending;
    this.pending = [];
    for (const entry of pending) this.insert(entry);
    if (this.heads.size >= DENSE_HEADS) {
      let max = 0;
      this.heads.forEach((_h, id) => {
        if (id > max) max = id;
      });
      const dense: Array<Head<T> | undefined> = [];
      for (let id = 0; id <= max; id++) dense.push(this.heads.get(id));
      this.dense = dense;
    }
  }

  /** Every match in toks[from, to), in order of start token. */
  findAll(toks: Token[], from: number, to: number, visit: (m: Match, data: T, p: Pattern) => void): void {
    if (this.pending.length) this.flush();
    const dense = this.dense;
    const heads = this.heads;
    const anywhere = this.anywhere.length ? this.anywhere : null;
    const call = ++stampCounter;
    let marked = false;
    const groups: Array<AltGroup<T>> = [];
    for (let i = from; i < to; i++) {
      const id = tokenVid(toks[i]);
      const head = dense !== null ? (id < dense.length ? dense[id] : undefined) : id !== 0 ? heads.get(id) : undefined;
      if (head === undefined && anywhere === null) continue;
      const stamp = ++stampCounter;
      const single = head !== undefined ? head.single : null;
      const pairs = head !== undefined && i + 1 < to ? head.pairs : null;
      const pair = pairs !== null ? pairs.get(tokenVid(toks[i + 1])) : undefined;
      for (let b = 0; b < 3; b++) {
        const bucket = b === 0 ? single : b === 1 ? pair : anywhere;
        if (!bucket) continue;
        for (let x = 0; x < bucket.length; x++) {
          const e = bucket[x];
          if (e.stamp === stamp) continue;
          e.stamp = stamp;
          const p = e.p;
          if (p.required === undefined) p.required = requiredWords(p.els, call);
          if (p.required !== null) {
            if (e.checked !== call) {
              if (!marked) {
                markPresent(toks, from, to, call);
                marked = true;
              }
              e.checked = call;
              e.possible = allPresent(p.required, call);
            }
            if (!e.possible) continue;
          }
          const m = matchAt(p, toks, i, to, from);
          if (!m) continue;
          const group = e.group;
          if (group === undefined) {
            visit(m, e.data, p);
            continue;
          }
          const rank = e.rank as number;
          if (group.stamp !== stamp) {
            group.stamp = stamp;
            groups.push(group);
          } else if (rank > group.rank) continue;
          group.rank = rank;
          group.match = m;
        }
      }
      if (groups.length) {
        for (const group of groups) visit(group.match as Match, group.data, group.p);
        groups.length = 0;
      }
    }
  }
}

/**
 * False for a pattern a search would try at every word of every sentence: no first word to index it
 * by and no word a sentence must contain. Such a pattern makes long texts slow; a test keeps them out
 * of the lexicons.
 */
export function isSelective(p: Pattern): boolean {
  const prefixes: Prefixes = { ok: true, count: 0, singles: [], pairs: [] };
  if (walkPrefixes(p.els, 0, null, 2, 0, prefixes) && prefixes.ok) return true;
  if (firstWordsFrom(p.els, 0, null)) return true;
  return requiredWords(p.els, ++stampCounter) !== null;
}

/** One word of each set occurs in the range marked for `call`. */
function allPresent(required: Int32Array, call: number): boolean {
  for (let s = 0; s < required.length; s++) if (setFound[required[s]] !== call) return false;
  return true;
}

/** A pattern of literal tokens (for user phrases, which may contain any characters). */
export function literalPattern(source: string, norms: string[]): Pattern {
  const els: El[] = norms.map((w) => literal(w, undefined));
  if (els.length === 0) throw new PatternSyntaxError('empty pattern: ' + source);
  return { source, els, required: undefined };
}
