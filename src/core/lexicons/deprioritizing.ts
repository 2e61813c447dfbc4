import type { PhraseFamily } from '../rule';

/** Ranked above the client: "bigger clients", "more urgent jobs". */
const RIVAL =
  '((more)? @intens? (@promisesbigger|repeat|returning|higher-value|high-paying|long-term|bigger-budget|subscription|big-ticket|contract) %? @promisesparty|(my|our|the) (regulars|usuals|vips)|(clients|customers|accounts|people|ones|those|members) (who|that) ((pay|spend) _2 (more|retainers|retainer|premium|extra|double|twice)|have been with (us|me))|(main|key|top|regular|best|existing|older) (clients|customers|accounts)|another (client|account|customer))';
/** Everyone else: "other clients", "the other accounts". */
const OTHERS =
  '(several|a few|many|some|all)? (other|others|the other|my other|our other|everyone else|everybody else) (clients|customers|accounts|projects|jobs|people|stuff|things|work|orders)?';

/** Pushes the client behind others or into spare time (also vague when no time is named). */
export const DEFERRED = [
  '(after|once|when|whenever|until|between|around|behind|before|while) _4 ' + RIVAL,
  '(after|once|between|around|behind) _4 ' + OTHERS,
  '(like (yours|you)|smaller @promisesparty) _3 (last|later|slower|longer|wait)',
  '(backlog|queue|pile|rush|job|launch|deadline|project|work|order) (from|for|of|with) (our|my|the)? ' + RIVAL,
  '(dealt with|finished|done with|cleared|sorted|looked after|taken care of) (for|with)? (the|my|our|all)? ' + RIVAL,
  '(fit+|squeeze+|slot+|sneak+|pencil+|shoehorn+|cram+|work+) (you|it|this|that|yours|your %|them|your % %) in !(on|at|tomorrow|today|this|next|#|first|by|before|for)',
  '(fit+|fitted|squeeze+|slot+|shoehorn+|pencil+) in (around|between|after)',
  '(when|whenever|once|if|as soon as|until) _4 (lull|slack|breather|downtime|letup|let-up)',
  '(yours|your %|you) (is|are|will be) _2 (side (project|job|thing)|afterthought|filler|sideline|nice-to-have)',
  RIVAL + ' _2 keep+ (me|us) busy',
  '(when|whenever|once|if|as soon as) (i|we) (get|have|find|grab|have got|got|get the) (a|the|some|any)? ((spare|quiet) %|free (moment|minute|time|afternoon|hour|slot|day|evening|morning|weekend)|chance|breathing room|breather|gap|nothing better|time (left over|spare|to spare|left)|time !%)',
  '(i|we) !(had|have) _2 get+ (round|around) to',
  '(when|once|whenever|after|until) (things|work|it|everything|the %? (queue|backlog|pipeline|busy season|rush|busy period|madness|crunch|work|side|season)) _2 (calm+|quieten+|quiet+|settle+|clear+|ease+|dies|die|dry up|dries up|slow+|is over|passes)',
  '(when|once|until|(you|it|yours) _3 after) the (dust settles|(busy|peak) season|(holiday|christmas) rush)',
  '(second|third|last|next) in line (after|behind)',
  '(once|after|when|before|until) _6 (i|we) _4 (look at|get to|start on|turn to|move on to|tackle|do|think about|touch) yours',
  '(yours|your _3|it|this|you|that|they) (will|would|has|have|is going|are going|may|might) (have|need) to (wait|sit|hang on)',
];

/** Telling the client they are not the priority. */
export const DEPRIORITIZING_FAMILIES: PhraseFamily[] = [
  {
    message: 'notPriority',
    label: 'Give a concrete time',
    fix: { kind: 'sentence', with: "I'll have this to you by [day and time]." },
    patterns: DEFERRED.concat([
      '(' +
        RIVAL +
        '|' +
        OTHERS +
        ') _4 (first|ahead|precedence|priority|first dibs|before|earliest|earlier|pick|(my|our) (best|mornings|attention|focus))',
      '(before|ahead of) yours',
      '(smaller|little|tiny|minor|standard|ordinary|basic) _1 @promisesparty like (yours|you|this|these)',
      '(you|your|yours) _4 (small|smaller|tiny|minor) (for (us|me)|fish|fry|compared|client|customer|account)',
      '(bump+|push+|move+|knock+|shuffle+) (you|your %|yours|it) (back|down)',
      '(take+|get+) (priority|precedence)',
      'priority (to|for|over) (our|my|the)? ' + RIVAL,
      '(not|only) drop+ everything',
      '(on hold|aside|back) for (a|an|the|our|my)? ' + RIVAL,
      '(we|i) (have|have got) ' + OTHERS + ' !%',
      '(not|never) @intens? (who|what|whom|where)? (we|i) (prioritise|prioritize|focus)',
      '(my|our) (priority|focus|main priority|top priority|first priority|main focus) _3 (is|are) !(you|your|yours|getting|making|to|always)',
      '(not|is not) worth (bumping|interrupting|dropping|moving|pausing|stopping|rearranging|reshuffling)',
      '(deprioritise+|deprioritize+)',
      '@promisesparty (come|comes|go|get served|are served) (after|later|last|second) !%',
      '(others|people|clients|customers|accounts|orders|jobs|requests|dozen|dozens|#|several|few|' +
        RIVAL +
        ') _3 (ahead of|in front of) (you|yours|your %)',
      '(have|got|juggling|focus on|concentrate on|focused on|focusing on|concentrating on|working on|dealing with|busy with|answering|serving) (a|a few|some|several|two|three|a couple of|the|our|my|only|a (stack|pile|load|lot|list|queue|backlog|raft|bunch|heap) of)? (urgent)? (emails)? (from|for)? (the|our|my)? ' +
        RIVAL,
      '(prioritise+|prioritize+|favour+|favor+) _3 (client|clients|customer|customers|account|accounts|job|jobs|project|projects|builds)',
      '(bigger|other) fish to fry',
      '(get|gets|have|has) first (dibs|call|refusal)',
      '((focus|focusing|concentrate|concentrating) on|(attention|time|hours) to) _5 first',
      '(my|our) (main|anchor|biggest|vip) (client|account)',
      '(you|your|yours|it|this) _5 (low|lower|bottom|back|end|down|further down|near the bottom) _3 (@r2judgmentlist|pecking order|order|line)',
      '(low|lower|bottom|back|end|foot|down|not (exactly|very)? (high|top|near|at)|second|third|last|behind|further back) (down|of|on|in)? (the|my|our) (@r2judgmentlist|pecking order) !of',
      '((put+|place+|rank+) (the|our|my)? _2 @promisesparty (ahead of|before|above)|get+ ((what is|whatever is) left|the (leftovers|scraps|crumbs)))',
      '((sit+|stuck|wait+|queued|queue) behind|(is|are) behind (two|three|four|several|other)|first (thing|ones|jobs)? to (slip|go|be dropped))',
      '(yours|your %|you) (is|are) _3 (further|way|lower) (back|down)',
      '(pay+ (the|our|my) bills|(go|goes) first !thing)',
      '(in|on|to) (the|my|our) (to-do|todo)? (pile|heap)',
      'not @intens? (one of)? (a|my|our)? (top|high|main|big|real|particular|most urgent|most important)? (priority|priorities)',
      'not @intens? (a|my|our|the|that|very|particularly|the most)? (urgent|important|pressing) ((for|to) (me|us)|compared|(thing|job) on (my|our))',
      '(you|yours|your %|your) (is|are|was|were)? not (one of)? (the|my|our) (only|one and only|@promisesbigger|most important|most urgent) (priority|thing|task|@promisesparty)',
      '((low|lower) priority|low-priority|lower-priority)',
      '((on|to) the back burner|take+ a back seat|(in|into) the slow lane|(shelve+|mothball+) (you|your %|yours))',
      '(yours|your %|it|this) (is|are|will be|has been|goes) (on hold|on ice|parked|paused|on pause)',
      '(yours|your %) (got|was|has been|gets|get) (pushed back|bumped|parked|slipped)',
      'jump (ahead of|the queue)',
      '(take+|eat+|ate|eaten|swallow+) (up (all|most|the bulk)?|all|most|the bulk) (of)? (my|our) (time|hours|attention|week|day|days|capacity)',
    ]),
    unless: [
      'one after the other',
      '(yours|your %) (is|are) (booked|scheduled|first)',
      '(prioritise+|prioritize+) (your|you|yours)',
      '(no rush|no hurry) (on your end|for you|at all)?',
      'whenever (works|suits) (for)? you',
      'you (are|were) (our|my) (top|first|number one|main|biggest) (priority|client|customer|account)',
      '(your|you) (priority|priorities)',
      '(as|like) you (asked|requested|wanted|suggested)',
      'your (more)? @promisesbigger',
      '(your|you|yours) _2 (takes|take|get|gets|has|have|is|are|comes|come) (precedence|priority|first)',
      '(you|yours|your %) (can|will) _2 first',
    ],
  },
];
