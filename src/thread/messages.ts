import type { Line } from './lines';
import type { ParseOptions } from './parse';
import type { Split } from './split';
import type { ThreadMessage } from './types';

export function readMessages(text: string, lines: Line[], split: Split, options: ParseOptions): ThreadMessage[] {
  void text; void lines; void split; void options;
  return [];
}
