import type { Rule } from '../rule';
import { BLAME_FAMILIES } from '../lexicons/blame';

/** Blaming the client or a third party, and passive-aggressive reminders. */
export const blame: Rule = {
  meta: {
    id: 'blame',
    category: 'blame',
    description: 'Blaming the client or someone else, and passive-aggressive reminders ("as I already said").',
    why: 'Even when it is their fault, pointing it out makes the client defensive; own the next step instead and the work moves on.',
    defaultSeverity: 'serious',
    messages: {
      alreadySaid: '"As I already said" reads as a reproach: recap the point without it.',
      toldYou: 'Reminding the client they were told reads as a reproach: recap the point instead.',
      clientFailed:
        "Pointing out what the client didn't send puts them on the defensive: say what you will do once you have it.",
      yourFault: 'Assigning fault starts an argument: own the next step instead.',
      thirdParty: 'Blaming someone else without a remedy sounds like an excuse: say what you are doing about it.',
    },
  },
  families: BLAME_FAMILIES,
};
