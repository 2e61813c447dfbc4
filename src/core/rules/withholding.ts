import type { Rule } from '../rule';
import { WITHHOLDING_FAMILIES } from '../lexicons/withholding';

/** Stonewalling and refusing to explain. */
export const withholding: Rule = {
  meta: {
    id: 'withholding',
    category: 'withholding',
    description: 'Stonewalling or refusing to explain.',
    why: 'Refusing to explain tells the client they are not worth the information; offer the explanation, or a way to get it.',
    defaultSeverity: 'warning',
    messages: {
      refuse: 'Refusing to explain feels like stonewalling: offer the explanation or a way to get it.',
    },
  },
  families: WITHHOLDING_FAMILIES,
};
