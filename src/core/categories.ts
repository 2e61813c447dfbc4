import type { Category } from './types';

/** How each category is named to the user, in the pane and the send dialog. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  excuse: 'Excuse',
  personal: 'Personal problem',
  blame: 'Blame',
  hostility: 'Hostile tone',
  judgment: 'Unsolicited judgment',
  deprioritizing: 'Low-priority signal',
  'vague-commitment': 'Vague commitment',
  'self-doubt': 'Self-doubt',
  'off-limits': 'Religion or politics',
  'hard-sell': 'Hard sell',
  withholding: 'Withholding',
  'unanswered-question': 'Unanswered question',
  'unacknowledged-complaint': 'Unacknowledged complaint',
  'long-wait': 'Long wait',
};

/** Display order: what loses clients fastest first. */
export const CATEGORY_ORDER: readonly Category[] = [
  'excuse',
  'personal',
  'blame',
  'hostility',
  'unacknowledged-complaint',
  'long-wait',
  'unanswered-question',
  'deprioritizing',
  'vague-commitment',
  'withholding',
  'judgment',
  'self-doubt',
  'off-limits',
  'hard-sell',
];
