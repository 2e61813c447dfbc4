/**
 * Character classes by UTF-16 code unit. Hand-written because the classic Outlook runtime
 * has no \p{…} regex classes. Anything above ASCII that is not a known space, punctuation
 * or symbol range counts as a letter, so accented, Cyrillic, CJK, Hebrew and Arabic words
 * form word tokens.
 */

export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Letters outside ASCII: everything that is not space, punctuation, symbol, surrogate or control. */
function isNonAsciiLetter(code: number): boolean {
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, arrows, math, box drawing, misc symbols
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  if (code >= 0xe000 && code <= 0xf8ff) return false; // private use
  if (code >= 0xfe00 && code <= 0xfe6f) return false; // variation selectors, small forms
  if (code >= 0xff00 && code <= 0xff20) return false; // full-width punctuation
  if (code >= 0xfff0) return false;
  if (code >= 0x0300 && code <= 0x036f) return true; // combining marks stay inside words
  return true;
}

export function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || (code >= 0x80 && isNonAsciiLetter(code));
}

export function isLetter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x80 && isNonAsciiLetter(code));
}

/** Letters of scripts other than Latin: a strong sign the text is not English. */
export function isNonLatinLetter(code: number): boolean {
  return code >= 0x370 && isNonAsciiLetter(code) && !(code >= 0x1e00 && code <= 0x1eff);
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
