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
      '(by the way|btw|also|oh and|p.s|ps)? ,? (we|i) (also)? (now)? (offer|sell|provide|run) (a|an|our)? _3 (range|line|package|packages|bundle|bundles|service|services|course|courses|program|programme|plan|plans|membership|subscription|ebook|e-book|product|products|masterclass|workshop|coaching|add-on|add-ons|upgrade|retainer)',
      '(check out|have a look at|take a look at|do not forget (about|to check out)|you should try|you might like|you will love|you would love) (our|my) (new|latest|premium|other)? (services|service|course|courses|products|product|packages|package|offers|offer|shop|store|program|programme|ebook|book|webinar|masterclass|workshop|membership|plans|deals|website)',
      '(use|enter|with) (the)? (code|coupon|promo code|discount code|voucher) % (for|to get|and get|at checkout)',
      '(limited time|limited-time|exclusive|special|early bird|black friday|flash) (offer|deal|discount|price|pricing|sale|promotion)',
      '(we are|i am) (running|having|offering) (a|our)? (sale|special|promotion|promo|discount|deal)',
      '(10|15|20|25|30|40|50) (\\%|percent) (off|discount)',
      '(upgrade|switch|move) to (our|the) (premium|pro|gold|platinum|vip|business|enterprise|annual) (plan|package|tier|membership|version|service)',
      '(refer|recommend) (a friend|friends|us|me) (and|to) (get|earn|receive|save)',
      '(book|schedule|sign up for) (a|your)? (free)? (discovery|strategy|sales|consultation|demo) (call|session)? (to (learn|hear|find out) (more)? about (our|my))',
      '(while (i|we) (have|are) you|since (i|we) have you|while you are here) ,? (did you know|have you (heard|seen|considered)|you (should|might|may))',
      '(do not) (miss out|wait) (on)? (our|this|these)? (offer|deal|sale|discount|chance)',
      '(follow|like) (us|me) on (facebook|instagram|twitter|linkedin|tiktok|youtube|x)',
      '(subscribe|sign up) (to|for) (our|my) (newsletter|channel|mailing list|podcast)',
      '(grab|get|buy|snag|pick up|order) (our|my) _3 (while|before|now|today)',
      '(while|whilst) (it is|they are|stocks) (on sale|on offer|discounted|available|last)',
      '(do not forget|remember|make sure) to (grab|get|buy|check out|book|sign up for|order|try) (our|my)',
      '(you should|you might want to|you may want to|why not|you could) @intens? (consider|try|look at|check out|upgrade to|book|get|sign up for|add) (our|my)',
      '(we are|we have|i am) (offering|running|giving) (a|an)? _2 (off|discount|deal|promotion|sale)',
      '(we|i) also (offer|do|provide|sell|run|have)',
      '^ (while|since) (i|we) (have|have got|am talking to|are talking to) you',
      '(have you|did you) (considered|thought about|tried|seen|heard about|heard of|checked out) (our|my|outsourcing|adding|upgrading)',
      '(would you like|do you want|want me) to (add|try|upgrade|sign up|book|get|buy|purchase) _2 (our|my|the)',
      'lock in (this|the|our|that) (rate|price|discount|deal)',
      '(but)? only (until|till|for) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|the end of|this week|today|tomorrow|a limited)',
      '(for|at) (just|only) $',
      '(our|my) (sister company|partner company|other business|other company|affiliate|sister agency|partner agency)',
      '(outsourcing|handing|giving) _4 to us',
      '(we|i) (have|have got|got) a (special|deal|offer|promotion|sale|discount) on',
      '(quick|shameless|little) plug',
      '(spots|places|slots|spaces) (are)? (filling|going) (up)? (fast|quickly)',
      '(want|fancy) an (intro|introduction) ?',
      '(sign|signing) you up',
      '(running|offering|having) (a|an)? (10|15|20|25|30|40|50|half|big|huge) (\\%|percent)? (off|discount)',
      '(\\%|percent) off (our|all|any|the)',
    ],
    unlessText: ['(you|you have) (asked|enquired|inquired|wanted to know|mentioned) (about|for|whether|if|wanting|needing)', '(as|per) your (request|question)', 'you asked', 'since you mentioned'],
  },
];
