/** Shared helpers for the draft property tests (not a test file itself). */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { CharKind, type DraftText, type Edit } from '../../src/draft';

export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');

const CORPUS_HTML_FOLDERS = [
  'mailgun-talon/tests/fixtures',
  'lever-planer/test/examples/html',
  'Foundry376-Mailspring/app/spec/fixtures/emails',
  'closeio-quotequail/tests/files',
];

function listHtml(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return found.sort();
}

/** Real Outlook/Gmail/Apple HTML samples, read in place (never copied into the repo). */
export function corpusHtmlFiles(): { name: string; html: string }[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  const files: { name: string; html: string }[] = [];
  for (const folder of CORPUS_HTML_FOLDERS) {
    for (const file of listHtml(path.join(CORPUS_DIR, folder))) {
      files.push({ name: path.relative(CORPUS_DIR, file), html: fs.readFileSync(file, 'utf8') });
    }
  }
  return files;
}

/**
 * The documented whitespace-collapse tolerance: HTML cannot show a run of source spaces
 * left behind by a deletion, nor spaces at a line's or table cell's edges, nor empty lines at the text's
 * very start or end. Newlines inside the text are compared exactly.
 */
export function normalizeRendered(text: string): string {
  const lines = text.split('\n').map((line) =>
    line
      .replace(/ {2,}/g, ' ')
      .replace(/^ /, '')
      .replace(/ $/, '')
      .replace(/ ?\t ?/g, '\t'),
  );
  return lines.join('\n').replace(/^\n+/, '').replace(/\n+$/, '');
}

/** Tag names in order (comments excluded), to check no markup was added or removed. */
export function tagNames(html: string): string[] {
  const names: string[] = [];
  const pattern = /<(\/?[A-Za-z][^\s/>]*)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html)) !== null) names.push(match[1].toLowerCase());
  return names;
}

export function isBr(name: string): boolean {
  return name === 'br' || name === '/br';
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves an offset off the middle of a surrogate pair. */
export function snapOffset(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1))) {
    const low = text.charCodeAt(offset);
    if (low >= 0xdc00 && low <= 0xdfff) return offset - 1;
  }
  return offset;
}

/** Replacement strings with the characters that need escaping, emoji and newlines. */
export const replacementArb: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      'word',
      ' ',
      ' ',
      '&',
      '<',
      '>',
      '"',
      "'",
      'amp;',
      '#1;',
      '\ud83d\ude00',
      '\u00e9',
      '\n',
      '<b>',
      '/',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** A random edit inside a text of `length`: mostly short spans like findings, sometimes long. */
export function editArb(length: number): fc.Arbitrary<{ start: number; end: number; text: string }> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: length }),
      fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: length })),
      replacementArb,
    )
    .map(([start, span, text]) => ({ start, end: Math.min(length, start + span), text }));
}

/** Whether the edit is one the spec allows us to refuse (block boundary, nowhere to insert). */
export function refusalAllowed(draft: DraftText, edit: Edit): boolean {
  const { kind } = draft;
  if (edit.end < draft.text.length && kind[edit.end] === CharKind.Block && draft.text.charAt(edit.end) === '\t') {
    const lastNew = edit.text !== '' ? edit.text.slice(-1) : edit.start > 0 ? draft.text.charAt(edit.start - 1) : '\n';
    if (lastNew === '\n' || lastNew === '\r') return true;
  }
  if (edit.start === edit.end) {
    const leftOk = edit.start > 0 && kind[edit.start - 1] !== CharKind.Block;
    const rightOk = edit.start < draft.text.length && kind[edit.start] !== CharKind.Block;
    const blankLine =
      edit.start < draft.text.length &&
      kind[edit.start] === CharKind.Block &&
      draft.text.charAt(edit.start) === '\n' &&
      (edit.start === 0 || draft.text.charAt(edit.start - 1) === '\n');
    return edit.text !== '' && ((!leftOk && !rightOk) || blankLine);
  }
  const last = edit.text.charAt(edit.text.length - 1);
  const endsLine = last === '\n' || last === '\r';
  const blockNewlineAfter =
    edit.end < draft.text.length && kind[edit.end] === CharKind.Block && draft.text.charAt(edit.end) === '\n';
  const fromLineStart =
    edit.text === '' && (edit.start === 0 || draft.text.charAt(edit.start - 1) === '\n') && !blockNewlineAfter;
  for (let k = edit.start; k < edit.end; k++) {
    if (kind[k] === CharKind.Block) return true;
    if (kind[k] === CharKind.BlockLineBreak && !fromLineStart && !(k === edit.end - 1 && endsLine)) return true;
  }
  return false;
}
