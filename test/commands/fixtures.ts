/** Shared builders for the send check tests. */
import type { Category, Finding, Severity } from '../../src/core/types';

let nextStart = 0;

export function finding(overrides: Partial<Finding> & { category: Category }): Finding {
  const text = overrides.text === undefined ? 'I was so busy this week' : overrides.text;
  const start = overrides.start === undefined ? (nextStart += 100) : overrides.start;
  return {
    ruleId: `${overrides.category}.test`,
    severity: 'serious' as Severity,
    start,
    end: start + text.length,
    message: 'This costs trust.',
    suggestions: [],
    ...overrides,
    text,
  };
}

export const ALL_FEATURES = { takeAction: true, markdown: true } as const;
export const NO_FEATURES = { takeAction: false, markdown: false } as const;
