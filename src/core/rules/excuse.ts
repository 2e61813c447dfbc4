import type { Rule } from '../rule';
import { EXCUSE_FAMILIES } from '../lexicons/excuse';

/** Explaining a delay or failure by your own circumstances. */
export const excuse: Rule = {
  meta: {
    id: 'excuse',
    category: 'excuse',
    description: 'Explaining a delay by your own circumstances (workload, illness, travel, tech trouble, forgetting).',
    why: 'The client cares about their work, not the reasons it waited; an excuse makes the delay sound like their problem. Thank them for their patience and say what happens next.',
    defaultSeverity: 'serious',
    messages: {
      overload: "Your workload is your business, not the client's: thank them for waiting and say what happens next.",
      illness:
        'Illness explains the delay to you, not to the client: thank them for waiting and say what happens next.',
      travel: "Where you were is not the client's concern: thank them for waiting and say what happens next.",
      tech: 'Tech trouble on your side sounds like an excuse: thank them for waiting and say what happens next.',
      forgot:
        'Saying it slipped your mind tells the client they were forgotten: thank them for waiting and say what happens next.',
      general:
        "Explaining the delay by your circumstances makes it the client's problem: thank them for waiting and say what happens next.",
    },
  },
  families: EXCUSE_FAMILIES,
};
