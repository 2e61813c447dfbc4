import type { Rule } from '../rule';
import { DEPRIORITIZING_FAMILIES } from '../lexicons/deprioritizing';

/** Telling the client they are not the priority. */
export const deprioritizing: Rule = {
  meta: {
    id: 'deprioritizing',
    category: 'deprioritizing',
    description: 'Telling the client they are not the priority ("other clients come first", "when I get round to it").',
    why: 'Every client needs to feel like your priority even when they are not; saying otherwise invites them to find someone for whom they are. Give a concrete time instead.',
    defaultSeverity: 'serious',
    messages: {
      notPriority: 'This tells the client they are not your priority: give a concrete time instead.',
    },
  },
  families: DEPRIORITIZING_FAMILIES,
};
