/**
 * A line-by-line view of an email body. Every detector in this folder works on these lines so that
 * each one looks at a bounded window and the whole scan stays linear in the size of the body.
 */

export interface Line {
  /** Offset of the first character of the line in the original text. */
  start: number;
  /** Offset just past the last character of the line, before any "\r\n" / "\n". */
  end: number;
  /** How many `>` quote markers precede the content. */
  depth: number;
  /** The line without quote markers, trimmed. */
  content: string;
}

/** Headers longer than this are not headers; capping keeps every per-line check cheap. */
export const MAX_HEADER_LINE = 400;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // "\r\n", "\n" and a lone "\r" (some Mac clients) all end a line.
  const breaks = /\r\n?|\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = breaks.exec(text)) !== null) {
    lines.push(makeLine(text, start, match.index));
    start = match.index + match[0].length;
  }
  lines.push(makeLine(text, start, text.length));
  return lines;
}

function makeLine(text: string, start: number, end: number): Line {
  let i = start;
  let depth = 0;
  // Quote markers: ">" possibly separated by spaces ("> > text"); stop at the first other character.
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) {
      depth++;
      i++;
    } else if ((c === 32 || c === 9) && depth > 0) {
      i++;
    } else if ((c === 32 || c === 9) && depth === 0) {
      // Leading spaces before the first marker are allowed only if a marker follows soon.
      let j = i;
      while (j < end && j - i < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j < end && text.charCodeAt(j) === 62) {
        i = j;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return { start, end, depth, content: text.slice(i, end).trim() };
}

export function isBlank(line: Line): boolean {
  return line.content.length === 0;
}

/** Lower-cases and folds the accents we meet in header words, so tables can be plain ASCII. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most lines are plain ASCII: skip the per-character work.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.replace(NON_ASCII_GLOBAL, foldChar);
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_GLOBAL = /[\u0080-\uffff]/g;

function foldChar(ch: string): string {
  const mapped = ACCENT_FOLD[ch];
  return mapped === undefined ? ch : mapped;
}

const ACCENT_FOLD: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ã: 'a',
  ä: 'a',
  å: 'a',
  ą: 'a',
  ç: 'c',
  ć: 'c',
  č: 'c',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ę: 'e',
  ě: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ł: 'l',
  ñ: 'n',
  ń: 'n',
  ň: 'n',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ö: 'o',
  ø: 'o',
  ő: 'o',
  ř: 'r',
  ś: 's',
  š: 's',
  ß: 'ss',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ů: 'u',
  ű: 'u',
  ý: 'y',
  ź: 'z',
  ż: 'z',
  ž: 'z',
  '\u00a0': ' ',
};
