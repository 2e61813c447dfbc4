import type { Rule } from '../rule';
import { HOSTILITY_FAMILIES } from '../lexicons/hostility';

/** Arguing, sarcasm, condescension, telling the client how to feel. */
export const hostility: Rule = {
  meta: {
    id: 'hostility',
    category: 'hostility',
    description: 'Arguing, sarcasm, condescension, or telling the client how to feel.',
    why: 'Email flattens tone, so an edge reads sharper than you meant it; a client who feels talked down to leaves, even when you were right.',
    defaultSeverity: 'serious',
    messages: {
      feel: 'Telling the client how to feel escalates things: acknowledge the concern instead.',
      condescension: 'This reads as condescending: say the point plainly.',
      sarcasm: 'Sarcasm reads as contempt in writing: say what you mean plainly.',
      argue: 'This argues with the client: keep the wording neutral and respectful.',
    },
  },
  families: HOSTILITY_FAMILIES,
};
