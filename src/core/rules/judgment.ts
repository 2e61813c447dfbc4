import type { Rule } from '../rule';
import { JUDGMENT_FAMILIES } from '../lexicons/judgment';

/** Unsolicited criticism or opinions of the client's choices. */
export const judgment: Rule = {
  meta: {
    id: 'judgment',
    category: 'judgment',
    description: "Unsolicited criticism or opinions of the client's choices.",
    why: 'Clients value your opinion after they ask for it; before that it sounds like judgment of their right to choose. Ask first, or offer an option.',
    defaultSeverity: 'warning',
    messages: {
      criticise: "Criticising the client's choice unasked feels like judgment: offer an option instead.",
      opinion: 'An opinion nobody asked for feels like judgment: ask whether they want it first.',
    },
  },
  families: JUDGMENT_FAMILIES,
};
