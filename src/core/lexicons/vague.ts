import type { PhraseFamily } from '../rule';

/** A time is already named: the promise is concrete enough. */
const HAS_TIME = [
  '(by|before|on|until|till|at|around|after) (the)? (end of)? (@time|[|the day|the week|close of business|end of day|noon|lunch|lunchtime)',
  '(by|before|at|around|after|from|until|till|on) #',
  '# (am|pm|a.m|p.m|o clock)',
  'whenever you',
  '(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|cob|eow|noon|midday|pm|p.m|january|february|march|april|june|july|august|september|october|november|december)',
  '(this|next|by the end of the|end of the|by end of) (week|month|morning|afternoon|evening|weekend)',
  'within (the next)? % (hours|hour|days|day|minutes|business days|working days)',
];

/** The sentence makes a promise: something the writer will do. */
const PROMISE = [
  '(i|we) (am|are) (hoping|aiming|planning|trying) to',
  '(should|might|may|could) be able to',
  '^ (will|shall|should) %',
  '(i|we) (will|shall|am going to|are going to|hope to|plan to|aim to|expect to|intend to)',
  '(it|this|that|they|these|those|everything|the %|your %) (will|should|might) (be|arrive|go|reach|come|get)',
  '(and|but) (will|should|shall)',
  '(will|should) be with you',
];

/** Promises with no time, or hedged into nothing. */
export const VAGUE_FAMILIES: PhraseFamily[] = [
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: 'by [day]' },
    patterns: [
      '(soon|shortly|eventually|someday|sometime|sometime soon|some time soon|at some point|one of these days|in due course|in the near future|in the coming days|in a bit|in a while|at a later date|later on|down the line|in the next little while|at some stage|asap|asap-ish|as soon as possible|as soon as (i|we) (can|am able|are able|get a chance|have a moment|have time|possibly can|get the chance))',
      '(when|whenever|once|if) (i|we) (can|could|get a chance|get the chance|have a chance|have a moment|have a minute|have the time|get a moment|get a minute|am able|are able|find the time|find time|get time|get round to it|get around to it)',
      '(when|whenever|once|if) (i|we) (get|have|find|grab) (a|some)? (spare|free|quiet)? (moment|minute|time|chance|second|gap|sec|mo|tick|min|breather)',
      '(when|once|after) (things|it|work|everything) (calm|calms|quiet|quiets|settle|settles|slow|slows) down',
      '(once|when|after) (i|we) (have)? (cleared|finished|dealt with|caught up|got through|gotten through|sorted) (the|my|our|other|everything|a few)',
      'when (it is|they are) ready',
      'fit (you|it|this|that|yours) in (after that|afterwards|later|somewhere|at some point|when)',
      'when (i|we) (have|have got|get) (some)? (breathing room|a breather|a gap|headspace)',
      'when it gets done',
      'when the dust settles',
      'as soon as (i|we) (have)? (cleared|finished|dealt with|got through) (everything|the rest|other)',
      'if (i|we) have (time|a moment|a minute) (left over|spare)?',
      '(be|take) a while (before|until)',
      'or maybe (the|next|the one)',
      '(endeavour|endeavor) to',
      '(shortly-ish|soonish|soon-ish|reasonably soon|fairly soon|pretty soon)',
      'one way or another',
      '(we|i) will see about',
      'intend to (address|fix|look at|sort|resolve)',
      'in a future (update|release|version)',
      'sort something out',
      'get back to you with an update',
      ', hopefully .',
      'when the % queue (clears|is clear)',
      'when (feasible|possible|practicable)',
      'at the earliest',
      'in a timely manner',
      '(next week|this week|tomorrow|monday|tuesday|wednesday|thursday|friday|a few days|a couple of days|the weekend) or so',
      '(before long|in a little while|any day now|in the not too distant future|at some stage)',
      '(do|doing) what (i|we) can',
      'when it is done',
      '(at (our|my|the) earliest (convenience|opportunity)|as soon as practicable|as soon as is practicable|presently|in good time)',
      '(later|eventually|whenever|in a bit|in a while|at some point) !(today|this|on|by|tonight|tomorrow)',
      '(as and when|whenever) (i|we) (can|have|get)',
    ],
    requires: PROMISE,
    unless: HAS_TIME.concat([
      '(whenever|when|whatever) (suits|works|is good for|is convenient for|is best for) you',
      'as soon as (you|the|your|they|he|she|it|we have|i have|i get|we get|i hear|we hear)',
      '(let me know|get back to me|please|could you|can you|would you|hope you|hope to see|see you|talk soon|speak soon|chat soon)',
      'get well soon',
      'as soon as (i|we) (get|have|hear|receive)',
    ]),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '$subj will' },
    patterns: [
      '$span=($subj=(i|we) (will|would|shall|am going to|are going to)? (try|attempt|aim|do) (my best|our best|hard|our very best|my very best)? (to|and)) !be',
      '$span=($subj=(i|we) (might|may|should) (be able to|possibly|maybe|probably|hopefully)?) (get|send|finish|do|look|get back|send over|deliver|complete|wrap|sort|fix|update|review|call|check)',
      '$span=($subj=(i|we) could (possibly|maybe|probably|perhaps)) (get|send|finish|do|look|get back|send over|deliver|complete|wrap|sort|fix|update|review|call|check)',
      '$span=($subj=(i|we) (will|would|can) (probably|maybe|possibly|likely|hopefully|perhaps)) (get|have|send|finish|do|look|get back|deliver|complete|wrap|sort|fix|update|review|call|check|be)',
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
      '$span=(hopefully|fingers crossed|with any luck|if all goes well|if everything goes well|god willing|touch wood) ,? (i|we|it|this|that|they) (will|can|should|would|might)',
    ],
    unless: HAS_TIME.concat(['(if|when|once) you', 'let me know']),
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: '$span by [day]' },
    patterns: [
      '$span=((i|we) (will|shall) (let you know|get back to you|be in touch|follow up|circle back|revert|update you|come back to you|get there|get to it|get to that|get on it|look at it|look into it|sort it|sort it out|have a look))',
      '$span=(and (let you know|get back to you|be in touch|follow up|circle back|revert|update you|come back to you))',
      '$span=(then (i|we) will (look at|get to|do|start on|move on to|turn to) (yours|it|your %|this))',
      '(should|will) be (done|ready|finished|sorted|with you|there|out) !(by|on|at|before|this|next|tomorrow|today|in|within)',
    ],
    unless: HAS_TIME.concat([
      '(the moment|as soon as|once|when|after|if|the minute|the second) (it|you|they|i|we|the|your|he|she)',
      '(let me know|get back to me|please|could you|can you|would you|hope you)',
    ]),
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: '', mid: '' },
    patterns: [
      '$span=(, no promises|no promises ,|no promises|no guarantees|, depending|depending on how it goes|fingers crossed|touch wood|hopefully not too long)',
      '$span=(maybe|possibly|perhaps) (have|get|send|do|finish)',
      '^ $span=(give me a (bit|minute|while|second|little while|few days|few))',
    ],
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'replace', with: 'I will' },
    patterns: [
      '^ $span=((will|would|shall) (try|attempt) (to|and))',
      '$span=((i|we) (am|are) (hoping|aiming) to (maybe|possibly|perhaps)?)',
      '$span=((i|we) (am|are) trying to (maybe|possibly|perhaps))',
    ],
  },
  {
    message: 'noTime',
    label: 'Name a time',
    fix: { kind: 'replace', with: 'by [day]' },
    patterns: [
      '(at some point|sometime|some time|at some stage|one day) (next|this|later this|early next|later next) (week|month|weekend|year)',
      '(in|over|within) the (next|coming) (few|couple of) (days|weeks)',
      '(soonish|soon-ish|sooner or later|in the fullness of time)',
    ],
    requires: PROMISE.concat(['(hopefully|hope|might|may|try)']),
    unless: ['(let me know|get back to me|please|could you|can you|would you|hope you)'],
  },
  {
    message: 'hedged',
    label: 'Make it a firm commitment',
    fix: { kind: 'sentence', with: "I'll [what you will do] by [day]." },
    patterns: [
      '(no|can not|could not|will not) (promise|promises|guarantee|guarantees) (anything)?',
      '(i|we) will see (what|if|whether) (i|we) can (do)?',
      '(let me see|we will see|i will see) (what|how|if) (i|we) can',
    ],
    unless: ['(if|when|once) you'],
  },
];
