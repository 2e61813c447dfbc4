import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Take the promotion out';
const GOODS =
  '(@hardsellproduct|club|plan|plans|care|cover|insurance|warranty|perks|combo|vouchers|voucher|offer|offers|special|newsletter|classes)';
const PRICE = '(£|$|€|# (\\%|percent|quid|bucks|pounds|dollars|euros))';

/** Unsolicited promotion inside a service reply. */
export const HARD_SELL_FAMILIES: PhraseFamily[] = [
  {
    message: 'promo',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(recommend+|suggest+|consider+|try|deserve+|unlock+|benefit+ _1 from|get _3 out of|hear (more)? about|be interested in|you (might|may|would|will) (also)? @intens? (like|love|enjoy|want)|do not miss|invest+ in|upgrade+ to|check+ out|look+ into|tell you (more)? about|introduce+|grab+|join+|miss+ out on|sign+ up for|enrol+ in|treat yourself to) _4 (our|my) _3 (' +
        GOODS +
        '|(priority|premium|vip|extended) support)',
      '((only|just|start+ (at|from)|are from) ' + PRICE + '|(only|just) a few (quid|pounds|dollars))',
      '((on|at a) (offer|sale|special|promotion|deal|#) (right now|now|at the moment|this|till|until|for)|(bargain|steal) (at|for)|reply yes|for (a|an|just a) (small|little|modest|low|tiny)? ((extra|additional|monthly|weekly|yearly|annual|upgrade) (fee|charge|cost|price|sum)|uplift|supplement|top-up))',
      '(^ (while|since) (i|we) (have|have got|got|am talking to|are talking to) (you|your attention|your ear)|(since|as|while) (we are|i am|we will be) already (on|in|at|there|out|round))',
      '^ (set up|start|take out|grab|try|join) (a|an|our) _3 ' + GOODS,
      '((book|schedule|claim|grab) (a|your) (free|complimentary) _1 (demo|call|consultation|trial|audit|session|assessment)|^ (upgrade|subscribe|sign up|register|join|enrol|enroll) _4 (now|today))',
      "(half price|half-price|(next|first) (month|order|session|year|week|booking|box|lesson|class) (is|'s)? (on us|free))",
      '((clients|customers|students|patients) who (upgrade+|switch+|sign+ up|add+|join+|invest+|bought|book+|take|use) _5 (also|saw|see|love|loved|report|reported|save|saved|doubled|jump+)|(clients|customers) (also (bought|buy|love+|order+|book+|add+)|love+ (our|my))|(our|my) _2 ' +
        GOODS +
        ' _3 (perfect|ideal) for (you|businesses|anyone))',
      '(most|many|loads|lots|plenty|half|a lot) (of)? (our|my)? _1 (clients|customers|folks|people|businesses|homeowners|owners|landlords) _3 (also|pair+|combine+|add+|opt for|go for|went for|upgrade+|end up|bundle+|team+ up)',
      '(if|when|whenever) (you|any|anyone) _3 (need|needs|want|wants|fancy|fancies|after) (a|an|some|someone|somebody) (new)? _4 , (we are|we do|we would love|send them|you know where|that is (our|what we)|(give|call|ring) us _2 (before|first))',
      '(love|like|glad|delighted) to _3 your _4 (too|as well)',
      '(worth|consider|considering) (adding|getting|trying|booking|upgrading to|treating yourself to) (our|my)',
      '(we|i) would (also _2|love) to (also)? (manage|handle|take over|take on|look after|redo|redesign|rebuild) your',
      '(^ add (our|my) _3 @hardsellproduct|(our|my) _3 (' +
        GOODS +
        '|mot|check) _2 (would|could) (have (cover+|caught|spot+|save+)|prevent+|stop+|avoid+|catch))',
      '(before|while) (they are|it is|they|it|spots|places|seats|stocks|stock|slots) (are)? (gone|sold out|sell out|sells out|last|run out)',
      '(by the way|btw|also|oh and|p.s|ps)? ,? (we|i) (also|now)? (now)? (offer|sell|provide|run) (a|an|our)? _3 (' +
        GOODS +
        '|line)',
      '(we|i) (also|now)? (do|offer|sell|stock|supply|fit|install) !(have|not|it|this|that) _3 (now|too|as well)',
      '(limited time|limited-time|exclusive|special|loyalty|vip|early bird|early-bird|black friday|flash|corporate|bulk) (offer|deal|discount|price|prices|pricing|sale|sales|promotion)',
      '(easy (payment|payments)|act (now|fast)|wait (till|until) you see)',
      '(# (\\%|percent)|(£|$|€) #|half|big|huge) (off|discount)',
      'use (the)? code %',
      '(got|stocking) (a|some) (new|fresh|luxury) (range|line|collection)',
      '((only|just|a few|last) _1 (spots|places|slots|spaces) (left|remaining)|(spots|places|slots|spaces|seats) (are)? ((fill+|go+) (up)? (fast|quickly)|limited !(in|at|on)))',
      'our (coaching|loyalty|premium|vip|membership|referral) (programme|program|scheme|club)',
      '((hand+|outsource+|give+|giving|mov+|transfer+) _4 (over)? to us|(bundle+|switch+) _3 (to|with) us|(bundle|bundling) in|(you are|you will be) missing out|at a discount)',
      '(upgrade+ to (our|my)|seen our new|(upgrade+|switch+) to (the)? (annual|premium|pro|gold|vip|platinum|unlimited)|worth the extra|(deals|offers|offer|promo|special) (is|are|r)? back|^ interested in (our|my)|(our|my) (full|whole|complete) (range|services|products|offering)|(keep|bear) (us|me) in mind|you know what would|worth every (penny|cent)|follow us (on|for)|pay+ for (itself|themselves)|works out _1 cheaper|come and try|it is (very|really|hugely|super)? popular|flying off the shelves|on the table without (our|my)|(we|i) (are|am) now (an|a)? (approved|authorised|authorized|official|certified)|still time to (upgrade|switch|join|sign up|book|grab|add)|(at|for|get|got|on) (a|our) (discounted|reduced|special|corporate|preferential) (rate|rates|retainer|price|fee|package|bundle)|(openings|availability|slots|spaces|places) _3 (if you (ever)? fancy|if you are ever)|(we|i) (have)? (started|begun) (doing|offering|selling|running))',
      '(we|i) (have|are|am)? (just)? (launched|launching|released|introduced|introducing|rolled out|rolling out|running|hosting) (a|an|our|my)? (new)? _3 (' +
        GOODS +
        '|app|offering|tier|mastermind|group)',
      '(^ (refer+ !to|send+ (them|people|friends) our way) _3 (and|to|for) (get|earn|receive|save|your|you)|refer a friend|bring a friend|referral (scheme|bonus|programme|program|reward)|(every|each|any) referral|(referrals|referring a friend) (earn|get|gets|earns))',
      '((our) (premium|pro|gold|platinum|vip|deluxe|elite) (tier|plan|package|membership|service|option)|(gold|platinum|premium|vip|pro|elite) members (get|skip|save|enjoy|receive|jump)|members (get|save|enjoy) (double|#|free|priority|exclusive|early))',
      '((our|my) (new|latest|upcoming) ((@hardsellproduct|book|offering) (is|launches|just|has|goes)|% _2 (launch+|went live))|(do not forget|remember) to (grab|try|check out) (our|my))',
      '(you @intens? should|you might want to|you may want to|why not|you could) @intens? (consider|try|look at|check out|upgrade to|book|get|sign up for|add|go for|switch on) (our|my)',
      '(we are|we have|i am) (also)? (offering|running|giving|doing) (a|an)? _4 (off|discount|deal|promotion|promo|sale|special|offer|free|for (just|only)? (£|$|€))',
      '((we|i) (are|am)? also (happen to)? (offer|offering|do|provide|providing|sell|selling|stock|stocking|run|write|make|handle|manage|cover|supply|fit|install)|(we|i) (are|am)? now (offer|offering|sell|selling|stock|stocking|carry|carrying|providing))',
      'save (up to)? (# (\\%|percent)?|(£|$|€) #) (when|if|by|with|on|off|a|.|!|compared|today|now)',
      '(have you|did you) (considered|thought about|tried|heard about|heard of|checked out) (our|my|outsourcing|adding|upgrading|a (full|monthly|annual|premium))',
      '((would you like|do you want|want me|^ want) to (add|try|upgrade|sign up|book|get|buy|purchase) _2 (our|my)|(want|like) (us|me) to _3 your (whole|entire)|fancy (trying|adding|booking)? (a|an|our) _3 (@hardsellproduct|session)|send _2 (a|our|my) (catalogue|brochure|price list))',
      '((our|my) ((sister|partner|other) (company|agency|firm|business|brand)|affiliate)|(through|via) (our|my) (partner|partners)|affiliate (for|link))',
      '(quick|shameless|little) plug',
      '(tempt|interest) you (in|with)',
      '((ask|enquire|inquire) (us|me)? about (our|my)|(payment plans|finance|financing) (available|options)|for ' +
        PRICE +
        ' _1 (more|extra))',
      '(if|when) you (book|order|sign up|buy|upgrade) _4 (now|today|this week)',
      '(the)? (best|lowest|cheapest) (around|in town|going|in the business|in the area|in the city)',
      '(great|good|perfect|ideal|best) (time|moment|opportunity) to (lock in|upgrade|sign up|buy|try|join|book|invest|refresh|switch|treat)',
      '((our|my) _4 (is|are) (a must|a must-have|the answer)|(our|my) _2 ' +
        GOODS +
        ' _3 (cheaper|better value|a bargain)|save yourself _5 (our|my))',
      '((we|i) (also|can)? (fit|install|sell|supply|stock|make) (those|these|them) !in|^ imagine (never|not|no longer|always|what (a|an|our|we|my))|lock in _3 (rate|price|pricing|discount))',
      '(shame|pity|if only|wish|had you been) _3 (on|with|using) (our|us)',
      "((sign up|book|order|upgrade|buy|subscribe|renew|switch) _6 and (we|i) (will|would|can|shall)? (throw|chuck|add|include|give) _2 (in|free|bonus|complimentary)|^ (add|buy|order|book|spend|pay) _6 and _4 ((is|are|'s) (on us|free|half price)|knock+ _3 off))",
    ],
    unless: [
      'you are (already)? on',
      '(as|per) (agreed|discussed|set out|the contract)',
      '(clients|customers|accounts) on (the|our)',
      '(your|their) (customers|clients|sale|campaign|promotion|subscribers|members|readers|followers|audience)',
      'in case you (would|still|want)',
      '(i|we) (have)? (knocked|took|taken|shaved|waived|deducted)',
      '((can|could|will|happy to) (reprint|redo|remake|replace|refund)|for the (delay|inconvenience|trouble|mix-up|wait)|make up for|at no (extra)? (charge|cost))',
      '((discount|reduction|credit|rate) _6 (applied|agreed|promised|honoured|honored|deducted|credited)|applied (the|your|a)? (# \\%)? _2 (discount|credit))',
    ],
    unlessText: [
      '(you|you have) (enquired|inquired|wanted to know|mentioned|requested|ordered)',
      '((as|per) your|answer your) (request|question)',
      'you asked',
      '(thanks|thank you) for (asking|enquiring|inquiring|your (question|enquiry|inquiry|interest))',
    ],
  },
];
