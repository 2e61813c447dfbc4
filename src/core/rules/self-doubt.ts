import type { Rule } from '../rule';
import { SELF_DOUBT_FAMILIES } from '../lexicons/selfdoubt';

/** Declaring inability or insulting yourself. */
export const selfDoubt: Rule = {
  meta: {
    id: 'self-doubt',
    category: 'self-doubt',
    description: "Declaring you can't do the work, or putting yourself down.",
    why: 'A client who reads that you doubt yourself starts doubting you too. Say what you will do instead.',
    defaultSeverity: 'warning',
    messages: {
      insult: 'Putting yourself down makes the client doubt you: leave it out.',
      inability: "Declaring you can't do it undermines the client's trust: say what you will do.",
    },
  },
  families: SELF_DOUBT_FAMILIES,
};
