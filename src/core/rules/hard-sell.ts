import type { Rule } from '../rule';
import { HARD_SELL_FAMILIES } from '../lexicons/hardsell';

/** Unsolicited promotion inside a service reply. */
export const hardSell: Rule = {
  meta: {
    id: 'hard-sell',
    category: 'hard-sell',
    description: 'Unsolicited promotion inside a service reply.',
    why: 'A sales pitch inside a service reply tells the client the reply was about you; offer more only when they ask.',
    defaultSeverity: 'warning',
    messages: {
      promo: 'An unasked-for pitch in a service reply feels like spam: take it out.',
    },
  },
  families: HARD_SELL_FAMILIES,
};
