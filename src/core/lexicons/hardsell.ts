import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Take the promotion out';

/** Unsolicited promotion inside a service reply. */
export const HARD_SELL_FAMILIES: PhraseFamily[] = [
  {
    message: 'promo',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(by the way|btw|also|oh and|p.s|ps)? ,? (we|i) (also)? (now)? (offer|sell|provide|do|have) (a|an|our)? _3 (range|line|package|packages|bundle|bundles|service|services|course|courses|program|programme|plan|plans|membership|subscription|ebook|e-book|product|products|masterclass|workshop|coaching|add-on|add-ons|upgrade|retainer)',
      '(check out|have a look at|take a look at|do not forget (about|to check out)|you should try|you might like|you will love|you would love) (our|my) (new|latest|premium|other)? (services|service|course|courses|products|product|packages|package|offers|offer|shop|store|program|programme|ebook|book|webinar|masterclass|workshop|membership|plans|deals|website)',
      '(use|enter|with) (the)? (code|coupon|promo code|discount code|voucher) % (for|to get|and get|at checkout)',
      '(limited time|limited-time|exclusive|special|early bird|black friday|flash) (offer|deal|discount|price|pricing|sale|promotion)',
      '(we are|i am) (running|having|offering) (a|our)? (sale|special|promotion|promo|discount|deal)',
      '(10|15|20|25|30|40|50) (%|percent) (off|discount)',
      '(upgrade|switch|move) to (our|the) (premium|pro|gold|platinum|vip|business|enterprise|annual) (plan|package|tier|membership|version|service)',
      '(refer|recommend) (a friend|friends|us|me) (and|to) (get|earn|receive|save)',
      '(book|schedule|sign up for) (a|your)? (free)? (discovery|strategy|sales|consultation|demo) (call|session)? (to (learn|hear|find out) (more)? about (our|my))',
      '(while (i|we) (have|are) you|since (i|we) have you|while you are here) ,? (did you know|have you (heard|seen|considered)|you (should|might|may))',
      '(do not) (miss out|wait) (on)? (our|this|these)? (offer|deal|sale|discount|chance)',
      '(follow|like) (us|me) on (facebook|instagram|twitter|linkedin|tiktok|youtube|x)',
      '(subscribe|sign up) (to|for) (our|my) (newsletter|channel|mailing list|podcast)',
    ],
    unlessText: ['(you|you have) (asked|enquired|inquired|wanted to know) (about|for|whether|if)', '(as|per) your (request|question)', 'you asked'],
  },
];
