/**
 * HTML character references, decoded at a known source offset so every decoded
 * character can be mapped back to the whole reference.
 *
 * We keep our own table (the HTML 4 set plus &apos;) instead of the `entities`
 * package: that package is ESM-only (jest here does not transform it) and its
 * decoder does not report where a reference ends in the source, which is the
 * one thing the draft mapping needs. Unknown names stay literal text, exactly as
 * a browser shows an unknown reference.
 */

/** Latin-1 names for U+00A0..U+00FF, in code-point order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Remaining HTML 4 names as name:decimal code point. */
const OTHERS =
  'quot:34 amp:38 apos:39 lt:60 gt:62 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 ' +
  'circ:710 tilde:732 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 ' +
  'ndash:8211 mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 ' +
  'dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 ' +
  'rsaquo:8250 oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 real:8476 trade:8482 ' +
  'alefsym:8501 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 ' +
  'rArr:8658 dArr:8659 hArr:8660 forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 ' +
  'notin:8713 ni:8715 prod:8719 sum:8721 minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ' +
  'ang:8736 and:8743 or:8744 cap:8745 cup:8746 int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ' +
  'ne:8800 equiv:8801 le:8804 ge:8805 sub:8834 sup:8835 nsub:8836 sube:8838 supe:8839 oplus:8853 ' +
  'otimes:8855 perp:8869 sdot:8901 lceil:8968 rceil:8969 lfloor:8970 rfloor:8971 lang:10216 ' +
  'rang:10217 loz:9674 spades:9824 clubs:9827 hearts:9829 diams:9830 thetasym:977 upsih:978 piv:982 ' +
  'sigmaf:962';

const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho';
const GREEK_UPPER_2 = 'Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK_LOWER = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho';
const GREEK_LOWER_2 = 'sigma tau upsilon phi chi psi omega';

/** Windows-1252 meanings browsers give to &#128;..&#159;. */
const C1_REMAP: { [code: number]: number } = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function buildTables(): { named: Map<string, string>; legacy: Map<string, string> } {
  const named = new Map<string, string>();
  const legacy = new Map<string, string>();
  LATIN1.split(' ').forEach((name, index) => {
    const ch = String.fromCharCode(0xa0 + index);
    named.set(name, ch);
    legacy.set(name, ch);
  });
  OTHERS.split(' ').forEach((pair) => {
    const colon = pair.indexOf(':');
    named.set(pair.slice(0, colon), String.fromCharCode(Number(pair.slice(colon + 1))));
  });
  const addRun = (names: string, first: number): void => {
    names.split(' ').forEach((name, index) => named.set(name, String.fromCharCode(first + index)));
  };
  addRun(GREEK_UPPER, 913);
  addRun(GREEK_UPPER_2, 931);
  addRun(GREEK_LOWER, 945);
  addRun(GREEK_LOWER_2, 963);
  // Browsers also accept these without the semicolon (legacy references).
  ['amp', 'lt', 'gt', 'quot'].forEach((name) => legacy.set(name, named.get(name) as string));
  return { named, legacy };
}

const TABLES = buildTables();

export interface DecodedReference {
  /** The decoded characters (one or two UTF-16 code units). */
  value: string;
  /** Source offset just after the reference. */
  end: number;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function fromCodePointSafe(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  const remapped = C1_REMAP[code];
  if (remapped !== undefined) return String.fromCharCode(remapped);
  if (code <= 0xffff) return String.fromCharCode(code);
  const offset = code - 0x10000;
  return String.fromCharCode(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
}

/**
 * Decodes the character reference starting at `start` (which holds '&'), reading no
 * further than `limit`. Returns null when the '&' is literal text. Linear in the
 * length of the reference.
 */
export function decodeReferenceAt(source: string, start: number, limit: number): DecodedReference | null {
  let i = start + 1;
  if (i >= limit) return null;
  if (source.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = i < limit && (source.charCodeAt(i) | 32) === 120; /* x */
    if (hex) i++;
    const digitsStart = i;
    let code = 0;
    while (i < limit) {
      const c = source.charCodeAt(i);
      if (hex ? !isHexDigit(c) : !(c >= 48 && c <= 57)) break;
      // Saturate instead of overflowing on absurdly long digit runs.
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + parseInt(source.charAt(i), 16);
      i++;
    }
    if (i === digitsStart) return null;
    if (i < limit && source.charCodeAt(i) === 59 /* ; */) i++;
    return { value: fromCodePointSafe(code), end: i };
  }
  const nameStart = i;
  while (i < limit && isAsciiAlnum(source.charCodeAt(i)) && i - nameStart < 32) i++;
  if (i === nameStart) return null;
  const name = source.slice(nameStart, i);
  if (i < limit && source.charCodeAt(i) === 59) {
    const value = TABLES.named.get(name);
    return value === undefined ? null : { value, end: i + 1 };
  }
  const value = TABLES.legacy.get(name);
  return value === undefined ? null : { value, end: i };
}
