/** A half-open range of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The range of a draft that holds the new reply: everything before the quoted history,
 * the signature and any disclaimer. Offsets index the given text.
 */
export function findNewText(text: string): TextRange {
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (
      /^>/.test(trimmed) ||
      /^-{2,}\s*Original Message\s*-{2,}$/i.test(trimmed) ||
      /^From:\s/.test(trimmed) ||
      /^On .{1,200} wrote:$/.test(trimmed) ||
      trimmed === '--'
    ) {
      break;
    }
    offset += line.length + 1;
  }
  let end = Math.min(offset, text.length);
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  return { start: 0, end };
}
