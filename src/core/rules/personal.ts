import type { Rule } from '../rule';
import { PERSONAL_FAMILIES } from '../lexicons/personal';

/** Personal problems the client should never hear. */
export const personal: Rule = {
  meta: {
    id: 'personal',
    category: 'personal',
    description: 'Personal problems: relationships, health details, money worries, hangovers, emotional state.',
    why: 'Clients hire a professional, not a confidant; personal trouble makes them wonder whether their work is safe with you. Keep it out, and state only the business fact if your availability changes.',
    defaultSeverity: 'serious',
    messages: {
      relationship: 'Relationship trouble is private: leave it out of client email.',
      health: 'Health details are private: leave them out, and say only when you are available if that matters.',
      money: 'Money worries make the client doubt your business: leave them out.',
      hangover: 'A night out is not something a client should read about: leave it out.',
      emotional: 'How you feel is private: leave it out and keep to the work.',
      family: 'Family trouble is private: leave it out, and say only when you are available if that matters.',
    },
  },
  families: PERSONAL_FAMILIES,
};
