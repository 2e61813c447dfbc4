import type { Rule } from '../rule';
import { VAGUE_FAMILIES } from '../lexicons/vague';

/** Promises with no time or hedged into nothing. */
export const vagueCommitment: Rule = {
  meta: {
    id: 'vague-commitment',
    category: 'vague-commitment',
    description: 'Promises with no time, or hedged into nothing ("soon", "I\'ll try to").',
    why: "A promise without a time can't be kept or checked, and clients remember the ones that slip. Commit to a concrete time you can meet.",
    defaultSeverity: 'warning',
    messages: {
      noTime: 'This promise has no time: name the day you will deliver.',
      hedged: 'The hedge takes the promise back: commit to what you will do.',
    },
  },
  families: VAGUE_FAMILIES,
};
