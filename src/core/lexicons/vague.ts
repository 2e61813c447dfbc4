import type { PhraseFamily } from '../rule';
import { DEFERRED } from './deprioritizing';

/** A time is already named: the promise is concrete enough. */
const HAS_TIME = [
  '(by|before|on|until|till|at|around|after|for|from) (the)? (end of)? (@time|[|the day|the week|close of business|end of day|noon|lunch|lunchtime|#)',
  '# (am|pm|a.m|p.m|o clock)',
  '(#|one|two|three|four|five|six|seven|ten|twenty) (working|business)? (hours|hour|days|day|weeks|week|minutes) !or',
  'whenever you',
  '(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|cob|eow|noon|midday|pm|p.m|january|february|march|april|june|july|august|september|october|november|december|immediately|first thing|next time)',
  '(this|next|by the end of the|end of the|by end of) (week|month|morning|afternoon|evening|weekend)',
  'within (the next)? % (hours|hour|days|day|minutes|business days|working days)',
];

/** A time for a promise, not for a deferral ("bigger jobs on right now"). */
const NOW = '(right|straight) (now|away) !(,|but)';

/** Tied to an event: "the moment it ships", "once you approve". */
const EVENT = [
  '(the moment|as soon as|once|when|after|if|the minute|the second|the day) (it|you|they|the|your|he|she|(i|we) (get|hear|receive))',
];

/** Not the writer's promise: the client's side, or a worry. */
const NOT_OURS = [
  '(whenever|when|whatever) (suits|works|is good for|is convenient for|is best for) you',
  '(let me know|get back to me|please|could you|can you|would you|hope (you|your)|hope to see|see you|talk soon|speak soon|chat soon|get well soon)',
  '(scared|worried|afraid|fear)',
  '(feel|feels|get|gets) (better|well)',
];

/** The sentence makes a promise: something the writer will do. */
const PROMISE = [
  '(i|we) (am|are) (hoping to|aiming to|planning to|trying to|working towards|working toward|looking to)',
  '(our|the|your|my) % %? (will|shall|should|ought to)',
  '(should|might|may|could|ought to) be (able|in a position) to',
  '(i|we) (anticipate|expect|hope|plan|aim|intend)',
  '(our|my) (intention|plan|aim|hope|goal) (is)? to',
  '^ (hoping|aiming|planning|hope|plan|aim) to',
  '^ (will|shall|should|ought to) %',
  '(i|we) (will|shall|am going to|are going to|hope to|plan to|aim to|expect to|intend to)',
  '(it|this|that|they|these|those|everything|yours|the %|your %|the % %|your % %|a %|an %) (will|should|might|may|ought to) (be|arrive|go|reach|come|get|ship|follow|hit|land)',
  '(will|should|shall) be (provided|sent|delivered|processed|actioned|shared|issued|arranged|resolved|fixed|completed)',
  '(ok|okay|alright|fine) if (i|we)',
  'you (will|shall) (have|get|receive|hear) !to',
  '(and|but) (will|should|shall)',
  'to (follow|come)',
  '^ expect (the|to|your|it|them|an|a)',
  '^ % (should|ought to)',
  '((coming|heading) (your way|to you|over)|on (its|their) way)',
  '(will|may|might|could|would) take',
  '(is|are) (handled|dealt with|processed|answered|seen to)',
];

/** Words that name no time: "soon", "at some point", "when I can". */
const VAGUE_WHEN = [
  '(soon|shortly|eventually|someday|sometime|imminently|one of these days|accordingly|later on|down the (line|track|road)|asap|asap-ish|as soon as possible|before (too)? (much|many)? (more)? (long|longer|days|weeks)|any day now|in the not too distant future|presently|going forward|over time|in time|as and when)',
  '(at|in|over|within|during) (some|a|the next|the next little|the coming|the near|the near-ish|due|a later|a future|a little|good|the fullness of) (point|time|stage|while|course|date|future|phase|period|juncture|bit|update|release|version|days|weeks|months)',
  '((reasonably|fairly|relatively|pretty|quite) (soon|promptly|quickly)|shortly-ish|soonish|soon-ish|shortlyish|sooner (or|rather than) later)',
  'when (your|its|my) turn (comes|is up)',
  '(at (our|my|the) earliest (convenience|opportunity)?|as soon as (is)? practicable|in a timely manner|when (feasible|possible|practicable))',
  '(later|eventually|whenever|in a bit|in a while|at some point|at some time) !(today|this|on|by|tonight|tomorrow)',
  '(when|whenever|once|if|as soon as|as and when) (i|we) (can|could|am able|are able|possibly can|get round to it|get around to it)',
  '(when|whenever|once|if|as soon as) (i|we) (get|have|have had|find|grab|get the) (a|some|the)? (spare|free|quiet)? (moment|minute|time|chance|second|gap|sec|mo|tick|min|breather)',
  '(when|once|after) (things|it|work|everything) (calm|calms|quiet|quiets|quieten|settle|settles|slow|slows) down',
  '(when|once|after|as soon as) (i|we) (have)? (cleared|finished|dealt with|caught up|got through|gotten through|sorted) (the|my|our|other|everything|a few)',
  '(when|once|after) the _3 (jobs|stuff|things|work|tasks|projects) (are|is) out of the way',
  '(when|once|whenever) (it|they) (is|are|has|have) (been)? (ready|done|finished)',
  '(when|once|whenever) (i|we) (am|are|get) (next|back) (in|at|on)',
  'when (i|we) (get|reach) (to)? (it|there|them)',
  '(as|when) (time|circumstances|workload) (allow|allows|permit|permits)',
  'as (quickly|promptly|fast|soon) as (we|i) (can|could|are able|am able|possibly can)',
  'one way or another',
  '(do|doing) what (i|we) can',
  '(in|over|within) the (next|coming) (few|couple of) (days|weeks)',
];

/** What a writer promises to do. */
const DO = '(get|send|finish|do|look|get back|deliver|complete|wrap|sort|fix|update|review|call|check)';

/** Promises with no time, or hedged into nothing. */
export const VAGUE_FAMILIES: PhraseFamily[] = [
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: 'by [day]' },
    patterns: VAGUE_WHEN,
    requires: PROMISE.concat(['(hopefully|hope|might|may|try|should)']),
    unless: HAS_TIME.concat(NOT_OURS, [
      'as soon as (you|the|your|they|he|she|it|we have|i have|i get|we get|i hear|we hear)',
      'as soon as (i|we) (get|have|hear|receive)',
    ]),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '$subj will' },
    patterns: [
      '$span=($subj=(i|we) (will|would|shall|am going to|are going to)? (try|attempt|aim|do|endeavour|endeavor) ((my|our) (very)? (best|hardest|utmost)|hard)? (to|and)) !be',
      '$span=($subj=(i|we) (might|may|should) (be able to|possibly|maybe|probably|hopefully|perhaps)?) ' + DO,
      '$span=($subj=(i|we) (will|would|can) (probably|maybe|possibly|likely|hopefully|perhaps)) (' +
        DO +
        '|have|be|fit)',
      '$span=(!(i|we) $subj=% (will|shall) (try|attempt|endeavour|endeavor) (to|and))',
    ],
    unless: HAS_TIME.concat([
      '(if|when|once) you',
      'let me know',
      'you (might|may|could)',
      '(should|could|might|may) have',
    ]),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '', mid: '' },
    patterns: [
      '$span=(hopefully|fingers crossed|with any luck|if all goes well|if everything goes well|all being well|god willing|touch wood) ,? (i|we|it|this|that|they) (will|can|should|would|might)',
    ],
    unless: HAS_TIME.concat(['(if|when|once) you', 'let me know']),
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: '$span by [day]' },
    patterns: [
      '$span=((i|we|^|and) (will|shall) (let you know|(get|come|circle|report) back to (you|ya)|(get|come|circle|report) back|be in (touch|contact)|follow up|revert|update you|get there|get to it|get to that|get (on|onto) it|look at it|look into it|sort it|sort it out|have a look|take a look))',
      '$span=(and (let you know|get back to (you|ya)|be in touch|follow up|circle back|revert|update you|come back to you))',
      '$span=(then (i|we) will (look at|get to|do|start on|move on to|turn to))',
      '(should|will) be (done|ready|finished|sorted|with you|there|out) !(by|on|at|before|this|next|tomorrow|today|in|within|of)',
    ],
    unless: HAS_TIME.concat(NOT_OURS, VAGUE_WHEN, EVENT),
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: '$subj will, by [day], $verb' },
    patterns: [
      '$span=($subj=(i|we) (will|shall|am going to|are going to) $verb=(look into|dig into|investigate|explore|see about|find out|look at|chase up|chase|review|consider|assess|check|put together|put something together|get to|prepare|draft|arrange|organise|organize|set up|pass)) !(it|them|that|this)',
    ],
    unless: HAS_TIME.concat(NOT_OURS, EVENT),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '', mid: '' },
    patterns: [
      '$span=(, no promises|no promises ,|no promises|no guarantees|, depending|depending on how it goes|fingers crossed|touch wood|hopefully not too long)',
      '$span=(maybe|possibly|perhaps) (have|get|send|do|finish|fit)',
      '^ $span=(give me a (bit|minute|while|second|little while|few days|few))',
      '$span=(,? (could|might|may) be (later|longer|weeks|months)|or (maybe|perhaps|possibly) later|or (maybe|perhaps|possibly)? the (one|week|month|day) after)',
      '$span=(, (it is)? (hard|difficult|impossible) to say|(hard|difficult|impossible) to say (when|how long))',
      '$span=(at some point|sometime|some time|at some stage|one day) (next|this|later this|early next|later next) (week|month|weekend|year|quarter)',
      '(a few days|a couple of days|the weekend|next week|this week|tomorrow|@time) $span=(or (so|two))',
      '$span=(any day now|if (i|we) have (any|some)? time (left over|spare|to spare|left)|(if|unless) (nothing|something) (more|else|bigger) _2 comes up)',
      '$span=(,? (but|just)? (not sure|no idea|can not say|could not say|do not know|hard to say) (exactly)? when (exactly)?)',
      '$span=(,? (but who knows|(we|i) will see !%))',
      '$span=((might|may|could) take (a bit|a while|a little while|some time))',
      '$span=(,? (but)? (i|we) (can not|could not) commit) !to',
    ],
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '', mid: '' },
    // A hedge trailing the promise ("Friday, maybe."); "Hopefully, …" opening one is the hedged family's.
    patterns: ['$span=(,? (maybe|perhaps|possibly|hopefully|probably|roughly|give or take|or thereabouts|ish)) !% !,'],
    requires: PROMISE,
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'sentence', with: "I'll [what you will do] by [day]." },
    // terse promises: "Revised plans to follow."
    patterns: [
      '^ % _2 to (follow|come) !%',
      '^ ((sit|hang|hold) tight|stay tuned)',
      '(it|they|that|this|yours|the %|your %) ((is|are) (still)? coming|(will|should) (follow|come)) !%',
      '(is|are) (still)? in the (works|pipeline) !%',
      '((yours|your _3) (will|may) (have to)? (wait|sit)|(come|comes|be done) (later|after) !%)',
    ],
    unless: HAS_TIME.concat(NOT_OURS, EVENT, [
      '(happy|glad|keen|need|want|going|have|has|hope|plan|able|free|welcome|due|yet|how|what|who|where|nothing|worse|best) _1 to (follow|come)',
    ]),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: 'I will' },
    patterns: [
      '^ $span=((will|would|shall) (try|attempt) (to|and))',
      '$span=((i|we) (am|are) (hoping|aiming|trying) to (maybe|possibly|perhaps))',
    ],
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'sentence', with: "I'll [what you will do] by [day]." },
    patterns: [
      'no (promise|promises|guarantee|guarantees)',
      '(can not|could not|will not) (promise|guarantee) (anything|when|a date|a time|exact)',
      '(let me|(i|we) will) see (what|how|if|whether) ((i|we) can|is possible)',
    ],
    unless: HAS_TIME.concat(['(if|when|once) you']),
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'sentence', with: "I'll [what you will do] by [day]." },
    patterns: DEFERRED.concat([
      '(take|takes|taking) _3 longer',
      '(be|take|takes) (a while|some time|a bit)',
      'on (my|our) radar',
      '(see to|get to|deal with) (it|yours|this|them) after that',
    ]),
    requires: PROMISE,
    unless: HAS_TIME.concat(NOT_OURS),
  },
];
for (const family of VAGUE_FAMILIES.slice(0, -1)) if (family.unless) family.unless = family.unless.concat(NOW);
