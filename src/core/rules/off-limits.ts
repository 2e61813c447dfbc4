import type { Rule } from '../rule';
import { OFF_LIMITS_FAMILIES } from '../lexicons/offlimits';

/** Religion or politics as opinion. */
export const offLimits: Rule = {
  meta: {
    id: 'off-limits',
    category: 'off-limits',
    description: 'Religious or political opinions.',
    why: 'Religious and political views divide people and have no place in a service relationship; any client may disagree.',
    defaultSeverity: 'warning',
    messages: {
      politics: 'Political opinions have no place in client email: leave it out.',
      religion: 'Religious views have no place in client email: leave it out.',
    },
  },
  families: OFF_LIMITS_FAMILIES,
};
