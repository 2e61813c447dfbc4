import type { PhraseFamily } from '../rule';

const INVITED = [
  '(you|you have) (asked|wanted|requested) (for)? (my|our) (opinion|thoughts|view|views|feedback|input|honest|recommendation|advice|take)',
  '(since|as|because) you (asked|requested|wanted to know)',
  '(as|per) (requested|your request)',
  'you asked (me|us)? (what|whether|if|for)',
  'to answer your question',
];

/** Signs that the sentence voices the writer's own view of something of the client's. */
const OPINION_MARKERS = ['(i think|i feel|i find|i believe|honestly|personally|frankly|to be frank|to be honest|i will be honest|i have to say|i must say|if you ask me|imo|in my opinion|not going to lie|no offense|no offence|between you and me)', 'your'];

const NEGATIVE = '(outdated|dated|ugly|terrible|awful|bad|horrible|amateur|amateurish|cheap|tacky|boring|confusing|messy|cluttered|old-fashioned|unprofessional|weak|poor|dreadful|hideous|a mess|a total mess|a disaster|too busy|too much|tired|clunky|lame|off-putting|overpriced|unrealistic|naive|silly|stupid|dumb|pointless|a waste|wrong|a mistake|not great|not good|not very good|not working|all wrong|rambling|long-winded|wordy|repetitive|dull|bland|generic|way too low|way too high|too low|too high|too long|too short|too expensive|too cheap|far too|way too|asking for trouble|a recipe for disaster|a bad idea|a terrible idea|risky|not ideal|not the best)';

/** Unsolicited criticism or opinions of the client's choices. */
export const JUDGMENT_FAMILIES: PhraseFamily[] = [
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options for the $obj — would that be useful?' },
    patterns: [
      '(your|the) $obj=(logo|website|site|design|branding|brand|copy|colors|colours|font|fonts|layout|idea|plan|strategy|choice|approach|pricing|prices|name|slogan|photos|pictures|video|content|marketing|product|packaging|wording|spreadsheet|system|process|menu|color scheme|colour scheme|theme|budget|timeline|office|decor|outfit|style) (is|are|was|were|looks|look|seems|seem|feels|feel|sounds|sound) (honestly|frankly|really|pretty|very|quite|so|a bit|kind of|kinda|super|rather|way|just|totally|a little)? (outdated|dated|ugly|terrible|awful|bad|horrible|amateur|amateurish|cheap|tacky|boring|confusing|messy|cluttered|old-fashioned|unprofessional|weak|poor|dreadful|hideous|a mess|a disaster|too busy|too much|tired|clunky|lame|off-putting|overpriced|unrealistic|naive|silly|stupid|dumb|pointless|a waste|wrong|not great|not good|not very good|not working|all wrong)',
    ],
    unlessText: INVITED,
  },
  {
    message: 'opinion',
    label: 'Ask before giving an opinion',
    fix: { kind: 'sentence', with: 'Would you like my thoughts on this? I am happy to suggest a few options.' },
    patterns: [
      '(if i were you|if i was you|in your shoes|if it were me|if it was me|if it were up to me)',
      '(that|this|it) (is|was|seems|sounds) (like)? (a|such a|an)? @intens? (bad|terrible|poor|silly|stupid|dumb|questionable|strange|weird|odd|risky|foolish|naive|huge|big|costly) (idea|choice|decision|move|call|mistake|plan|approach)',
      '(why|how) (would|did|on earth would|on earth did) you (ever)? (choose|pick|go with|want|decide|use|think|do that|do this|hire|buy|pay)',
      '(i|we) (would|do|did|could) (never|not) (have)? (chosen|picked|gone with|done|used|recommend|recommended|choose|pick|go with|do) (that|this|it|those|these) (if i were you|myself|personally)?',
      '(i|we) (honestly|really|personally|frankly)? (do not|did not) (think|believe) (that|this|it|your) (is|was|will|would) (a good idea|wise|smart|the right)',
      'you (really)? (should|ought to|need to|must) (really)? (change|redo|rethink|reconsider|replace|ditch|drop|fix|update|get rid of|stop using|switch) (your|the|that|this)',
      '(in my|my) (honest|professional|personal)? opinion , (your|the|that|this|you)',
      'you (are|were) (making|about to make) (a|a big|a huge|the wrong|a terrible) (mistake|error|choice|decision)',
      '(no one|nobody) (uses|likes|wants|reads|does) (that|this|those|these) (anymore|nowadays|these days)',
      '(surprised|shocked|amazed|baffled) (that)? you (went with|chose|picked|hired|decided|used|would)',
      '(is|was|seems) (a|an|such a)? @intens? (weird|strange|odd|questionable|interesting) (choice|decision|idea|move|call)',
      '(in your position|in your place|in your shoes|if it were my business|if it was my business|if this were my business|if i were in your shoes)',
      'you (should|ought to|really should|need to|might want to) (really)? (think about|consider|look at|look into) (a|an|getting|doing|replacing|switching|changing|hiring|redesigning|rebranding|dropping|ditching)',
      'why would (anyone|you|someone|anybody) (launch|choose|pick|do|want|use|hire|go with)',
      '(a disaster waiting to happen|asking for trouble|a recipe for disaster|a ticking time bomb|an accident waiting to happen)',
      'is not (that|this|it) (a|an)? (rather|bit|quite|very|little)? (pricey|expensive|extravagant|overpriced|odd|strange|risky|much)',
      '(could use some work|needs (some|a lot of)? work|worth working on|could do with (some)? (work|improvement|tidying))',
      '(i|we) (would)? (question|doubt) the (wisdom|logic|sense) of',
      '(i|we) have (serious|some|real|grave)? (reservations|doubts) about (your|the|that|this)',
      '(this|that|it) (is|seems|would be) (ill-advised|unwise|misguided|short-sighted|naive)',
      '(i am|we are) not (convinced|sure) (that is|this is|that was|it is|your) (the best|a good|the right|wise)',
      '(are|were) you (sure|certain) (that is|this is|that was|it is) (wise|a good idea|smart|sensible)',
      '(i|we) (do not|really do not) think (that is|this is|it is|that was) (a good idea|wise|smart|sensible|the best idea|the right call|the right choice)',
      '(not to be rude|no offence|no offense|not being funny|with respect) , (but)? (your|that|this|the)',
      '(that is|it is|this is) (a|quite a)? (bold|brave|interesting|unusual) (choice|decision|move|look|colour|color)',
      '(your|the) (team|process|office|setup|set-up|system|business|company) (seems|is|looks|sounds) @intens? (disorganised|disorganized|chaotic|all over the place|a mess|a shambles|amateur|unprofessional)',
      '(cowboy|cowboys|dodgy|shady|rip-off|rip off) (outfit|operation|company|supplier|firm|agency|builders)',
      '(you are|you are being) (paying|charging) (way|far|much)? too (much|little) (for|on)',
      '(a bit|way|far) (much|over the top|too much|too loud|too busy|too bright|too dark)',
      '(you|you are) (overthinking|overcomplicating|overdoing|micromanaging|overreaching) (this|it|things)?',
      '(nobody|no one|hardly anyone) (reads|uses|cares about|wants|looks at|clicks on) (that|this|those|these|newsletters|blogs|faxes|facebook)',
      '(that is|this is) (not|hardly) (how|what) (i|we|anyone|most people|professionals|a professional) (would|do|does)',
      '(old-fashioned|outdated|behind the times|stuck in the past|so last year)',
      '(a|such a|complete|total) waste of (money|time|budget)',
      '(i|we) (would not|would never|could never) (use|choose|recommend|do|pick|go with) (that|this|those|these|them|it)',
      '(do not|can not) (really)? (get|understand|see) why you (would|did|chose|want|decided)',
      '(quite|rather|pretty|very|a bit|really) (an|a)? (expensive|pricey|extravagant|overpriced|cheap|risky|ambitious|bold) _4 , (is not it|is it not|do not you think)',
    ],
    unless: ['(would|do) you (like|want) (my|some|a few)', 'happy to (suggest|share)'],
    unlessText: INVITED,
  },
  {
    message: 'criticise',
    label: 'Offer an option instead',
    fix: { kind: 'sentence', with: 'If it helps, I could suggest a few options here — would that be useful?' },
    patterns: [
      '(that|this|the|your|their|these|those) _3 (is|are|was|were|looks|look|seems|seem|feels|feel|sounds|sound|reads|read) (honestly|frankly|really|pretty|very|quite|so|a bit|kind of|kinda|super|rather|way|just|totally|a little|a total|a real|probably)? ' + NEGATIVE,
      '(running|using|doing|posting|launching|sending|choosing|picking|hiring) _5 (is|was|seems) (a|an|such a)? @intens? (weird|strange|odd|bad|poor|questionable|risky|terrible|silly) (choice|decision|idea|move|call)',
      '(is|are|was) (asking for trouble|a recipe for disaster)',
      '(surprised|shocked|amazed|baffled) (that)? you (went with|chose|picked|hired|decided|used|would)',
      '(they|he|she|it) (are|is) not (very|that|particularly)? (good|great|reliable|professional)',
      '(do not|can not) (really)? (get|understand|see) why you (would|did|chose|want|decided)',
      '(it is|that is|this is) (a|an) (terrible|bad|awful|poor|odd|weird|strange) (month|time|day|place|platform|choice|week|season) (for|to)',
      '(quite|rather|pretty|very|a bit|really) (an|a)? (expensive|pricey|extravagant|overpriced|cheap|risky|ambitious|bold) _4 , (is not it|is it not|do not you think)',
      'you (might|may) want to (work on|rethink|fix|reconsider|improve|change|look at) (that|this|your)',
      '(no wonder|no surprise|small wonder|not surprising|unsurprisingly) (things|stuff|emails|you)',
      '(that|this|the|your|those|these) _3 (does not|do not|did not|will not) (work|look good|look right|fit|suit|land|cut it|make sense)',
      '(is|was|seems) (a|an|such a)? @intens? (weird|strange|odd|bad|poor|questionable|terrible|silly|interesting) (choice|decision|idea|move|call)',
      '(looks|look|looked|feels|sounds|reads) like (it was|they were|it has been|a) _2 (built|made|designed|written|done|from) (in|by|back in)?',
      '(i|we) (would not|would never) have (picked|chosen|gone with|used|done|hired|bought)',
      '(underselling|underpricing|overpricing|overcharging|shortchanging) (yourself|your %)',
    ],
    requires: OPINION_MARKERS,
    unless: ['(would|do) you (like|want) (my|some|a few)', 'happy to (suggest|share)', '(my|our) (fault|mistake)', '(i|we) (got|made|sent)', '(country|government|economy|politicians|president|prime minister)'],
    unlessText: INVITED,
  },
];
