import PostalMime from 'postal-mime';
import { extractText } from '../draft';
import { parseDraft, parseDraftHtml, type ParseOptions, type ParsedDraft } from '../thread/parse';
// The CLI reads every header date it can: chrono-node is its second opinion.
import '../thread/chronoDates';
import type { CliIO } from './io';

/** A problem with how the command was called or with its input: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Text files as Windows tools save them: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function extensionOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash ? path.slice(dot + 1).toLowerCase() : '';
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A draft as read from a file: the text to analyse and, when the source was HTML, the HTML. */
export interface DraftInput {
  text: string;
  html: string | null;
  /** The sender of a .eml draft: the user. */
  from?: string | null;
}

/**
 * Read a draft: plain text, HTML, or a .eml (MIME parsed by postal-mime; the text part is used,
 * else the visible text of the HTML part). "-" reads plain text from standard input.
 */
export async function readDraftInput(file: string, io: CliIO): Promise<DraftInput> {
  if (file === '-') return { text: normalizeNewlines(await io.readStdin()), html: null };
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const extension = extensionOf(file);
  if (extension === 'eml') {
    let email;
    try {
      email = await PostalMime.parse(bytes);
    } catch (error) {
      throw new UsageError(
        `cannot read ${file} as an email: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const from = email.from && email.from.address ? email.from.address : null;
    if (typeof email.text === 'string' && email.text.trim() !== '')
      return { text: normalizeNewlines(email.text), html: null, from };
    if (typeof email.html === 'string' && email.html.trim() !== '') {
      return { text: extractText(email.html).text, html: email.html, from };
    }
    throw new UsageError(`${file} has neither a text nor an HTML body`);
  }
  const text = decodeText(bytes);
  if (extension === 'html' || extension === 'htm') return { text: extractText(text).text, html: text };
  return { text: normalizeNewlines(text), html: null };
}

/** The draft's quoted history; HTML keeps the quote structure (Outlook's header div, Gmail's quote) that text loses. */
export function parseDraftInput(input: DraftInput, options: ParseOptions): ParsedDraft {
  return input.html !== null ? parseDraftHtml(input.html, options) : parseDraft(input.text, options);
}
