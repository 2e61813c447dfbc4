import type { PhraseFamily } from '../rule';

const INVITED = [
  'you (have)? (asked|requested|wanted (to know|my|our|honest|candid|blunt|frank))',
  '(as|per) (requested|your request)',
  'to answer your question',
];
/** A verdict after a linking verb; one pattern per verdict keeps each selective. */
const COP = '(@be|seem+|look+|feel+|sound+|read+|come+ across as|strike+ (me|us) as) %? @intens? @intens? ';
const FLAW =
  '(a|an)? (bit of|touch|tad)? (a|an)? (@judgmentflaw|@r2judgmentverdict|@r3judgmentverdict|all over the place|step (back|backwards|backward)|acquired taste)';
const THING = '(that|this|the|those|these|they|he|she|their) _6 ';

/** Offers, owning a fix, sympathy or a technical limit: not a verdict on the client's choice. */
const UNLESS = [
  '(traffic|weather|storm|flood|break-in|accident|news)',
  '(would|do) you (like|want) (my|some|a few)',
  'happy to (suggest|share)',
  '(my|our) (fault|mistake|part|end|side)',
  '(i|we) (got|made|sent)',
  '(sorry to hear|sorry about your|sorry (you|your)|no rush|hope (you|it|things)|take your time|feel better)',
  'too % to (email|send|upload|attach|fit|open|print|load)',
  '(here are|a few|two|three|some) (options|alternatives)',
  '(shall|should|can) (i|we) _3 (fix|clean|tidy|update|change|sort)',
];

/** The writer voicing their own view ("honestly", "if you ask me", "tbh"). */
const MARKERS =
  '(i (think|feel|find|believe)|honestly|personally|frankly|(to be|in) (honest|blunt|frank|fair|fairness)|i will be honest|(have|got|gotta|must) to say|i must say|if you (ask me|want my)|imo|imho|in my (honest)? (opinion|view)|not (going to|gonna) lie|not being funny|no (offense|offence)|between you and me|(seems|looks|sounds|feels) _3 to me|if i am (being)? (honest|blunt)|from where i sit|well ,|two cents|for what (it|that) is worth|(with|all due) respect|tbh|ngl|to put it (kindly|mildly|politely)|if you do not mind me saying|can i be honest|i would have thought|for my taste|to my eye|here we are|just saying)';

/** Signs that the sentence voices the writer's own view of something of the client's. */
const OPINION_MARKERS = [MARKERS, 'your', 'of yours', 'you (have|had)? (just)? @judgmentchoice'];

const NEGATIVE =
  '(@judgmentflaw|@r2judgmentverdict|(a bit|so|very) #|terrible|awful|bad|horrible|cheap|poor|dreadful|a (mess|disaster|waste|mistake|bad idea|terrible idea)|tired|silly|stupid|dumb|pointless|(all)? wrong|not (great|good|very good|working|ideal|the best)|rambling|repetitive|(far|way)? too !(big|large|late) %|risky|unflattering|extreme|steep|mediocre|unfortunate|embarrassing|odd|hard to read|over the top)';

/** Unsolicited criticism or opinions of the client's choices. */
export const JUDGMENT_FAMILIES: PhraseFamily[] = [
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options for the $obj — would that be useful?' },
    patterns: ['your $obj=% ' + COP + FLAW],
    unless: UNLESS,
    unlessText: INVITED,
  },
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options here — would that be useful?' },
    patterns: [
      '(your|ur) _4 ' + COP + FLAW,
      '(a|an) _1 (@judgmentflaw|bad|poor|terrible|awful|strange|bizarre|odd|weird|risky|silly|foolish|dumb|stupid) (decision|choice|idea|move|call|plan|approach|way to|time to|place to|month (to|for)|strategy|name|pick|option|direction|look)',
      '(funny|odd|strange|weird|bold|brave|curious|unusual|interesting|questionable) (choice|decision|move|call)',
      '(i would have thought (a|you)|seems odd to me)',
      'your _4 (make+|making) @intens? (any|much|no|little) sense',
      '(surprised|shocked|amazed|baffled|puzzled) (that)? (you|your %) _2 (@judgmentchoice|want+)',
      '(not sure|no idea|wonder|(do not|can not|never) @intens? (get|understand|see)|baffled|puzzled|curious) why (you|anyone|anybody|someone) (would|did|ever) _1 @judgmentchoice',
      '(not (convinced|sure|think)|unsure|doubt) _8 (is|are|was|would be|will be) (sensible|wise|smart|realistic|viable|the right|(a|the) (good|great|ideal|best|smart|smartest|wise|wisest|sensible))',
      '(@me @intens? (would not|would never)|can not say @me would) (personally)? have (@judgmentchoice|put)',
      'you _3 (should|ought to|might want to|may want to|must) _2 (@judgmentredo|drop|fire|sack|get rid of|think twice about|stop using|work on) _1 (your|the|that|this|those|these|it)',
    ],
    unless: UNLESS,
    unlessText: INVITED,
  },
  {
    message: 'opinion',
    label: 'Ask before giving an opinion',
    fix: { kind: 'sentence', with: 'Would you like my thoughts on this? I am happy to suggest a few options.' },
    patterns: [
      '(a lot|a bit much|@judgmentflaw|@r2judgmentverdict|odd|strange|brave|bold|risky|naive|expensive|pricey|ambitious) _6 ,? (is not it|is it not|are not they|do not you think|(eh|no|right) \\?)',
      '(better than yours|not know what (they|he|she|you) (were|was|are) doing|your _2 always (this|so))',
      '(interesting|odd|strange|brave|bold) (that|how) you _2 (@judgmentchoice|want+|rather)',
      '(if i were you|if it were (me|up to me|my %))',
      '((will|would|is going to|could|might) (end up)? (cost+ you (more|dearly|a fortune|double|in the long run)|come back to (bite|haunt) you|backfire)|(you (will|might|may) (live to)?|people|clients|couples|owners) (regret|regretted)|(ages|aging|ageing) you|make+ (you|the|your|it|them) %? (look|seem|feel|sound) (older|heavier|tired|frumpy|cheap|@judgmentflaw)|(^|,) to put it (kindly|politely|nicely|charitably))',
      '((better off|more sense|why not just|why not) _6 (a|an|some) (proper|decent|real|qualified|professional)|@me would _1 steer|(does|do|did) (nothing|very little|little) for (you|your))',
      '((would not|would never) (have)? (personally|bothered with)|penny (wise|smart)|pound foolish|(should not|should never|is not supposed to) (look|sound|read|feel) like (a|an)|^ who (picks|chooses|puts|buys|goes for|plans|paints|builds|wants) (a|an)|(why|how) (you|anyone) _8 (beyond me|a mystery|i do not know)|(not|hardly) (the|what|a) _2 @me would have (made|done|@judgmentchoice)|not (the|a|your) (wisest|smartest|best|brightest|greatest) (idea|move|decision|choice|plan|call))',
      '(cliche|cliché|rip-off|cut+ _2 corners|false economy|(rarely|seldom|never) (pays off|ends well|works out|a (good|wise|smart) idea)|(overdoing|overdo|overdid|overdone) it|(gone|went|go) (a bit)? overboard|out of (his|her|their|its) depth|(are|were) you (seriously|really|honestly) (going to|planning to|thinking of|considering)|would have been (the|a|much)? (smarter|better|wiser|safer) (call|choice|option|bet|move|idea)|would have served you better|(seems|seem|feels|sounds|strikes me as) (a bit|rather|quite|very|pretty|a little|overly|needlessly)? (@r2judgmentverdict|risky|unwise|premature|ambitious|overkill|steep|pricey|(a bit of)? a waste)|cost a fortune|(a|always going to be a) gamble|asking for (trouble|problems|stains|damage)|over the odds|not (have been)? (the|a|your) (wisest|smartest|best|brightest) (idea|move|decision|choice|plan|call)|(would not|would never) trust !(my|our|me)|(never|not) going to (work|(age|end|look|go) well)|throw+ (your|good)? money away|you (have|had)? _1 (thought|think|thinking) (this|it|that|things) (through|out)|(your|whoever) _4 (made|making) a (right|real|total|complete)? (mess|hash|botch) of|(a lot|too much|a fortune) to (spend|pay) (on|for)|@me would (have)? (gone|go) (bigger|smaller|bolder|simpler|darker|lighter|brighter|cheaper)|(really|honestly) (think|believe) _6 (the best|a good|a wise|a sensible) (use|idea|way|move|plan)|recipe for disaster|waiting to happen|money on the table|(made|makes) me (wince|cringe)|(that|this) is (really)? the best use of|a (terrible|poor|bad) use of|could do with a _1 (refresh|overhaul|rethink|makeover)|can not believe you|should have (checked|asked|consulted) with (a|an))',
      '(why|how) (would|did|on earth would|on earth did) (you|anyone|anybody) (ever)? (choose|pick|go with|want|decide|use|think|do that|do this|hire|buy|pay)',
      '(not (a|much of a) _1 fan of|never understood (why|how)|(who|nobody|no one) (still|even) (uses|use|does|reads|buys|has|wants))',
      'i would _1 (advise you to|urge you to)? (reconsider|rethink|think twice about|question (whether|if|the))',
      '(i|we) (would|personally would) (personally)? never (@judgmentchoice|book|eat|use|trust|stay|wear|let|do)',
      '(not to be rude|no offence|no offense|not being funny|with respect) , (but)? your',
      '(did|do) you (really|seriously|honestly) (@judgmentchoice|need|want)',
      '(if you insist|(each|to each) (to)? (their|his|her) own|but it is your %|your (call|funeral|money|choice) , (of course|obviously|i suppose|i guess|though|mind))',
      '(@be|seem+|look+|sound+) (a bit|rather)? , (well|shall we say|let us (say|be %)|how (do|shall|can) i put (this|it)|um|erm|er|uh|hmm|ahem|dare i say|to put it (kindly|mildly|politely|nicely)) ,',
      '(poorly|badly|half|ill|not _2 well) (thought|planned|conceived) (out|through)?',
      '^ (that is|how)? (bold|brave|daring|gutsy|interesting|ambitious|optimistic) !%',
      '(if (a|an)? (bit|touch|tad|little|trifle) (@judgmentflaw|@r2judgmentverdict)|(fine|ok|okay|alright|safe|practical|different|serviceable|passable|adequate|not bad|does the job|does the trick|will do|serves its purpose) , i (suppose|guess))',
      '(your|ur|the|that|this) _4 (@be|seem+|look+|sound+) (certainly|definitely|quite|very|um|er|erm|rather|so|just|well)? . . .',
      '(rather you than me|^ not for (me|us)|(a|an) (classic|rookie) mistake|(not|never) _2 (my|our) (first|top|personal)? (choice|pick|cup of tea|style|taste)|(any|no) (favours|favors)|you get what you pay for|what possessed (you|them)|(nobody|no one) asked for|in (its|their) own way|(nobody|no one) in (their|his|her) right mind|would have expected (you|a|an) _4 to)',
    ],
    unless: UNLESS,
    unlessText: INVITED,
  },
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options here — would that be useful?' },
    patterns: [
      '(that|this|the|your|their|these|those) _3 (is|are|was|were|look+|seem+|feel+|sound+|read+) (honestly|frankly|really|pretty|very|quite|so|rather|just|probably|kinda|super|way|totally|a total|a real|well ,)? (a bit|a little|kind of|somewhat|rather|really|pretty|quite|very)? ' +
        NEGATIVE,
      '(looks|look|looked|feels|sounds|reads) like (it was|it is|they were|it has been|a) _2 (built|made|designed|written|done|from) (in|by|back in)?',
      THING + COP + FLAW,
      '((does|do|did) not _1 (seem|look|sound|feel)|(is|are|was|were) not) _1 @judgmentgood',
      '(has|have|had) (really|rather|a bit)? @r2judgmentverdict',
      '(find|found|think|consider) (your|that|this|the) _6 @judgmentflaw',
      '(hold+|holding) (you|your %|the %) back',
      '(would|could) (look|read|sound|feel|work) _3 without',
    ],
    requires: OPINION_MARKERS,
    unless: UNLESS.concat('(country|government|economy|politicians|president|prime minister)'),
    unlessText: INVITED,
  },
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options here — would that be useful?' },
    patterns: [
      'not (sure|convinced|sold) (about|on) (the|your|that|this|those|these|all)',
      '(is|but) (quite|just)? (a lot|a bit much) !(of|more|to)',
      '(most|many|all|sensible|smart) (of)? (our|my)? (other)? (clients|customers|people|businesses|couples|competitors) (usually|normally|generally|tend to|typically|keep|stick|go|went|all)',
      '(@be|seem+|look+|sound+|feel+) (like)? %? @intens? (a|an)? (touch|tad)? (@judgmentflaw|@r2judgmentverdict|depressing|false economy)',
    ],
    requires: [MARKERS],
    unless: UNLESS.concat(
      '(^ (my|our) _3 (@be|seem+|look+)|(i|we) (am|are|was|were) @intens? (@judgmentflaw|@r2judgmentverdict))',
      '(@offlimitsparty|@r2judgmentparty|prime minister|president)',
    ),
    unlessText: INVITED,
  },
];
