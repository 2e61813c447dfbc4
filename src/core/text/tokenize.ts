import * as chars from './chars';

// Local bindings: module-namespace getters are slow in the hot loop.
const isApostrophe = chars.isApostrophe;
const isDigit = chars.isDigit;
const isLineBreak = chars.isLineBreak;
const isSpace = chars.isSpace;
const isUpper = chars.isUpper;
const isWordChar = chars.isWordChar;

/**
 * One unit a pattern can match. Contractions are expanded ("didn't" → did + not, "I've" → i + have)
 * so that one pattern covers both spellings; the parts share the source span of the original word.
 */
export interface Token {
  /** Lower-case form with typographic apostrophes folded to "'". */
  norm: string;
  /** UTF-16 offsets into the full input. */
  start: number;
  end: number;
  isWord: boolean;
  /** The source word starts with a capital letter. */
  capital: boolean;
  /** Line breaks in the whitespace just before this token (0 for the 2nd part of a contraction). */
  breaksBefore: number;
  /** Spaces or breaks directly before this token in the source. */
  spaceBefore: boolean;
  /**
   * Id of `norm` among the words patterns mention, filled in by the pattern index: 0 until looked
   * up, negative when not found (minus the vocabulary size then).
   */
  vid?: number;
}

function table<T>(entries: { [key: string]: T }): Map<string, T> {
  const m = new Map<string, T>();
  for (const k of Object.keys(entries)) m.set(k, entries[k]);
  return m;
}

// Maps, not plain objects: a word like "constructor" must not find Object.prototype members.
const N_T_SPECIAL = table<string>({ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' });
const S_IS = [
  'it',
  'that',
  'there',
  'what',
  'he',
  'she',
  'who',
  'where',
  'here',
  'how',
  'this',
  'everything',
  'nothing',
  'something',
  'which',
];
const SUFFIX = table<string>({ "'ve": 'have', "'m": 'am', "'re": 'are', "'ll": 'will', "'d": 'would' });
/** Contractions commonly typed without an apostrophe; only unambiguous ones. */
const BARE = table<string[]>({
  dont: ['do', 'not'],
  didnt: ['did', 'not'],
  doesnt: ['does', 'not'],
  cant: ['can', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  wouldnt: ['would', 'not'],
  isnt: ['is', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  arent: ['are', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  youve: ['you', 'have'],
  thats: ['that', 'is'],
  cannot: ['can', 'not'],
});

function pushWord(
  out: Token[],
  norm: string,
  start: number,
  end: number,
  capital: boolean,
  breaks: number,
  space: boolean,
): void {
  out.push({ norm, start, end, isWord: true, capital, breaksBefore: breaks, spaceBefore: space, vid: 0 });
}

/**
 * A word of lower-case ASCII letters, digits and joiners other than apostrophes: its norm is the
 * word itself and only the contractions typed without an apostrophe ("dont") need expanding.
 */
function pushPlainWord(out: Token[], word: string, start: number, breaks: number, space: boolean): void {
  const end = start + word.length;
  const bare = word.length <= 8 ? BARE.get(word) : undefined;
  if (bare) {
    pushWord(out, bare[0], start, end, false, breaks, space);
    pushWord(out, bare[1], end, end, false, 0, false);
    return;
  }
  pushWord(out, word, start, end, false, breaks, space);
}

/** Splits one source word into tokens, expanding contractions. */
function expandWord(out: Token[], word: string, start: number, breaks: number, space: boolean): void {
  const lower = word.toLowerCase();
  const norm = lower.indexOf('\u2019') >= 0 ? lower.replace(/\u2019/g, "'") : lower;
  const c0 = word.charCodeAt(0);
  const capital = c0 >= 0x41 && c0 <= 0x5a ? true : c0 < 0x80 ? false : isUpper(word.charAt(0));
  const end = start + word.length;
  const bare = BARE.get(norm);
  if (bare) {
    pushWord(out, bare[0], start, end, capital, breaks, space);
    pushWord(out, bare[1], end, end, false, 0, false);
    return;
  }
  const apo = norm.length > 1 ? norm.lastIndexOf("'") : -1;
  if (apo > 0) {
    const head = norm.slice(0, apo);
    const tail = norm.slice(apo);
    if (tail === "'t" && head.length > 1 && head.charAt(head.length - 1) === 'n') {
      const verb = head.slice(0, -1);
      pushWord(out, N_T_SPECIAL.get(verb) || verb, start, start + apo - 1, capital, breaks, space);
      pushWord(out, 'not', start + apo - 1, end, false, 0, false);
      return;
    }
    const full = SUFFIX.get(tail);
    if (full) {
      pushWord(out, head, start, start + apo, capital, breaks, space);
      pushWord(out, full, start + apo, end, false, 0, false);
      return;
    }
    if (tail === "'s") {
      pushWord(out, head, start, start + apo, capital, breaks, space);
      if (head === 'let') pushWord(out, 'us', start + apo, end, false, 0, false);
      else pushWord(out, S_IS.indexOf(head) >= 0 ? 'is' : "'s", start + apo, end, false, 0, false);
      return;
    }
  }
  pushWord(out, norm, start, end, capital, breaks, space);
}

/** True when the character at i joins two word characters into one token (don't, e-mail, 3.5, 10:30, a@b.com). */
function joinsWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  if (!(i > 0 && isWordChar(prev) && i + 1 < text.length && isWordChar(next))) return false;
  if (isApostrophe(code) || code === 0x2d /* - */ || code === 0x40 /* @ */ || code === 0x2e /* . */) return true;
  if (code === 0x3a /* : */ || code === 0x2c /* , */) return isDigit(prev) && isDigit(next);
  return false;
}

/**
 * Tokenises text[from, to) in one linear pass. Offsets are into the full text.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  let breaks = 0;
  let space = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (isLineBreak(code)) breaks++;
      space = true;
      i++;
      continue;
    }
    if (isWordChar(code)) {
      // Plain: lower-case ASCII letters and digits, joined by anything but an apostrophe.
      let plain = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
      let j = i + 1;
      for (; j < to; j++) {
        const c = text.charCodeAt(j);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
        if (isWordChar(c)) {
          plain = false;
          continue;
        }
        if (j + 1 < to && joinsWord(text, j)) {
          if (isApostrophe(c)) plain = false;
          continue;
        }
        break;
      }
      if (plain) pushPlainWord(out, text.slice(i, j), i, breaks, space);
      else expandWord(out, text.slice(i, j), i, breaks, space);
      i = j;
    } else {
      // A surrogate pair (emoji) is one symbol token; never split it.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      let norm = text.slice(i, i + width);
      if (norm === '\u2019' || norm === '\u2018') norm = "'";
      else if (norm === '\u201c' || norm === '\u201d') norm = '"';
      out.push({
        norm,
        start: i,
        end: i + width,
        isWord: false,
        capital: false,
        breaksBefore: breaks,
        spaceBefore: space,
        vid: 0,
      });
      i += width;
    }
    breaks = 0;
    space = false;
  }
  resolveApostropheS(out);
  return out;
}

const S_HAS_NEXT = ['been', 'got', 'gotten', 'had', 'gone', 'done', 'taken', 'made'];
const S_IS_NEXT = [
  'in',
  'on',
  'at',
  'not',
  'a',
  'an',
  'the',
  'so',
  'really',
  'very',
  'still',
  'just',
  'always',
  'never',
  'off',
  'out',
  'away',
  'sick',
  'ill',
  'down',
  'up',
  'back',
  'too',
  'pretty',
  'quite',
  'completely',
  'totally',
];

/** "dad's been" → dad has been; "brother's in rehab" → brother is in rehab; "dad's car" stays possessive. */
function resolveApostropheS(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    // "'s" after a noun, or the "is" written as "'s" after it/that/there ("it's been" is "it has been").
    const contracted = t.norm === "'s" || (t.norm === 'is' && t.end - t.start === 2 && tokens[i - 1].end === t.start);
    if (!contracted || !tokens[i - 1].isWord) continue;
    const next = tokens[i + 1].norm;
    if (S_HAS_NEXT.indexOf(next) >= 0) t.norm = 'has';
    else if (t.norm === "'s" && (S_IS_NEXT.indexOf(next) >= 0 || (next.length > 4 && /ing$/.test(next)))) t.norm = 'is';
  }
}
