import type { PhraseFamily } from '../rule';
import { PERSONAL_FAMILIES } from './personal';
import { DELAY_APOLOGY_PATTERNS } from './apology';

const PAT: PhraseFamily['fix'] = { kind: 'patience' };

/** The sentence says a reply or some work is late, missed or not done. */
const LATE: string[] = [
  '(sorry|apologies|apologise|apologize|apols|sry|forgive|excuse|pardon|bear with|patience|waiting)',
  '(late|lateness|delay|delays|delayed|behind|slow|slower|overdue|silence|quiet|missed|slipped|slid|held up|pushed back|buried|overlooked|until now|at last|catching up|caught up|not ready|yet|instead|hence|which is why|longer than|set (me|us) back|lost a day|(piled|piling|stacked|stacking) up|(nobody|no one|no-one) else)',
  '(only|just) (now|just)? (saw|seen|seeing|see|got|getting|noticed|spotted) (this|it|your)',
  '(took|taken|taking) (me|us)? (so|too|this|a while|ages|longer|forever|a few|a couple of|# days|days|weeks)',
  'until (now|today|this morning|yesterday)',
  '(could|did|have|had|has|was|were) not (been able|able|get|got|gotten|manage|managed|finish|finished|send|sent|reply|replied|respond|responded|answer|answered|start|started|look|looked|see|seen|make|made|had|have|log|upload|approve|check|touch|touched)',
  '(unable|not able) to',
  'sooner',
  'never (happened|got|made it)',
  '(held|holding|set|setting|threw|thrown|throws|throwing|knocked|put) (everything|things|us|me|it|(our|my|the) (whole|entire)? (schedule|plans|timings|timeline|diary)) _3 (up|back|out|behind)',
  // Too loose for DELAY_SIGNALS.
  '(all|the whole) (week|day|weekend|morning|afternoon)',
  '(barely|hardly) (got|get|getting|managed|had)',
];

/** Words that say something is late, so a personal detail next to them is offered as the reason. */
export const DELAY_SIGNALS: string[] = [
  ...DELAY_APOLOGY_PATTERNS,
  ...LATE.slice(1, -2),
  '(in bed|slept through|not concentrating|only managed|instead of working|back at my desk|took (the whole|all|most of the)|without (my|our) (laptop|computer|phone))',
  '(could not|can not|unable to|able to) (face|keep up|work|concentrate|focus|function)',
  '(hence the (mistakes|errors|typos)|too (shaken|upset|ill|sick|hungover|tired|exhausted) to)',
  '(had to|having to) (deal with|sort out|look after|take care of|rush|drive|fly|leave|cancel|stay)',
  '^ (so|my)? (sorry|apologies|apols|soz|sry) (,|-|—|mate)',
];
const LABEL = 'Thank the client and give the next step';

/** The remedy is in place, or the work is on time anyway. */
const COVERED: string[] = [
  '((is|are|will be) covering|(covering|covered) (your|for you|calls|the calls|the phones|everything|it|for me)|stepped in|as planned|no delay)',
  '(has|have|got) (it|this|that|you|things|everything) covered',
  '(is|are|was|were|be|still|all|everything|remain|remains|remained|stay|stays|stayed|kept|keep|went out|delivered|arrived|shipped|landed) _1 (on time|on schedule|on track)',
];

/**
 * Explaining a delay by the writer's own circumstances. Each family is a kind of excuse; all of
 * them are fixed the same way (thank for patience, keep the real content).
 */
export const EXCUSE_FAMILIES: PhraseFamily[] = [
  {
    message: 'overload',
    label: LABEL,
    fix: PAT,
    patterns: [
      // The writer overloaded: "I've been slammed", "sorry, been swamped".
      '@me (am|are|was|were|(have|had|has) (just)? been|get|got|getting|feel|felt|feeling)? @intens? @intens? @intens? (@excuseload|flat out|run off my feet|rushed off my feet|run ragged|chasing (my|our) tail|hammered|underwater|backed up|tied up|stretched thin|up to my eyes|up to my neck|down a person|down two people)',
      '^ (just|sorry|apologies|sry|i have|we have|have)? ,? (been|was|were|had been) @intens? @intens? (@excuseload|flat out|run off my feet|up to my eyes|underwater|a whirlwind|a blur|chaos|mayhem|madness)',
      // The writer's week or work overloaded: "this week has been insane".
      '(it|its|things|life|work|everything|(this|the|my|our|last|past|few) (last|past|few)? %? (week|day|month|fortnight|weeks|days|months|morning|hours|schedule|workload|calendar|diary|inbox|plate|office|team|staff)) (is|are|was|were|has been|have been|been|got|gets|getting|has got|has gotten)? (a|such a|an)? @intens? @intens? (@excuseload|intense|overflowing|full on|full-on|non stop|whirlwind|juggling act|all go|blur|madhouse|zoo|disaster|chaos|mayhem|madness|bedlam|carnage|patchy|upside down|out of control|all over the place|(total|complete)? (write-off|washout|wash-out)|enormous) (week|day|month|fortnight|few|couple|time|here|lately|recently|around|at|since|with|of late)?',
      '(had|having|have had|been having|been|is|was|what|after) (a|an|such a|one of those)? @intens? (absolute|total|real)? (@excuseload|rough|tough|long|heavy|nightmare|packed|full) (of a)? (week|day|month|fortnight|few days|few weeks|couple of weeks|weekend|run|stretch|spell|period|schedule|workload)',
      'what a (week|day|month|fortnight|morning)',
      '^ @intens? (@excuseload|snowed under|flat out) (\\.|\\!|,|—|-|at|in|with|this|today|here|week|day|month|morning|few|couple)',
      '@me (are|were|have been|had been) (between|without) (a|an|any)? (office)? (manager|managers|assistant|assistants|bookkeeper|accountant|designer|designers|staff|engineer|engineers|receptionist|developer|developers)',
      'one thing (after|and) another',
      '(got|gotten|run|ran|running|getting) @intens? away (from|with) (me|us)',
      '(i|we|but|and|had|have) (double-booked|double booked)',
      '@me (are|were|have been|am|was) (short|down) (a|one|two|three|#|of|on)? (person|people|engineer|engineers|staff|hands|member|members|designer|designers|pair of hands)',
      '(@excuseload|chaos|madness) (over here|here|at my end|on my end|at our end|on our end|this end|this side|round here|around here|at the office|in the office)',
      '(up to (my|our) (eyes|eyeballs|ears|neck|elbows)|(my|our) (hands|plate) (are|were|have been|is|was|has been)? @intens? (full|overflowing))',
      '@me (have|had) (had)? (been)? (so|too|a|such)? @intens? (much|many|lot|lots|tons|loads|ton|load|heavy|full|huge|mountain) (of)? (other)? (commitments|work|things|stuff|going|on|to do|workload|deadlines|projects|clients|plate|schedule|orders|enquiries|bookings|requests)',
      '(been|was|were|is|are|had|have|with|of|after|in) _1 (back-to-back|back to back|wall-to-wall|wall to wall)',
      '(plates|balls) (spinning|in the air)',
      '@me (am|are|was|were|have been|had been) (in the middle of|in the thick of|knee-deep in|mid) !(your|yours)',
      '(surfacing|resurfacing|emerging|coming up for air) (from|after)',
      '((has|have|had) taken|(taking|took) up all|ate|eaten|swallowed|consumed|used) (up)? (every|all|most|my|our|the whole|the entire) (of)? (my|our)? (spare|whole|entire)? (time|hour|hours|minute|moment|energy|attention|headspace|day|days|week|focus)',
      'in and out of (meetings|calls|the office|appointments)',
      '(took|taken|taking) over (the|my|our) (whole|entire)? (life|lives|week|time|office|day|diary|schedule|workshop)',
      '(has been|was|were|had been) (closed|shut) (due to|because of|after|following|for)',
      'reason (why)? (i|we) (have|had|did|could|was|were|am|are)? not',
      '(meeting|call|session|appointment|job|shoot) (overran|ran over|ran late|dragged on)',
      '(reduced|limited|skeleton) (capacity|staff|staffing|crew|team)',
      '(nightmare|trouble|problems|drama) with (staffing|staff|childcare|cover)',
      '(end of|end-of) (the)? (quarter|year|month|season|term) (here|for us|crunch|madness|rush)',
      '@me (have|had)? (let (this|it|that|things) (slip|slide)|dropped the ball|fell behind|got behind|ran (late|behind)) _4 (because|cos|coz|due to|owing to|thanks to|what with|with all) %',
      '(our|we|i|my) _4 (staff|staffing) (shortage|shortages|crisis)',
      '(eaten|swallowed|taken|used) (up|alive) (by|with)',
      '(day|morning|afternoon|week|fortnight|month|days|time) (has|have)? @intens? (vanished|disappeared|evaporated|flew by|flown by|got away|ran away)',
      '(not|rarely|barely|hardly) (been)? at (my|the) desk',
      'one of those (day|days|week|weeks|mondays|mornings)',
      '(waiting|waited) (until|till|for) (i|we) (had|have|got|could find) (a|some)? (free|quiet|spare|clear)',
      '(lost|lose) (a|two|three|#) (day|days|week|weeks|morning|afternoon) (to|with|sorting|dealing|fixing)?',
      '(only just|only now) (got)? back (from|online|at my desk|in the office)',
      '(things|it|this|everything) (slipped|slid|fell behind|got missed|got buried) (while|because|as|when|cos) (i|we)',
      '(zero|no|little) (time|chance|bandwidth)',
      '(have|had|did|could) (not|never) (had|have|found|find|got|get|gotten) (the|a|any|enough|much)? (spare|free)? (bandwidth|capacity|headspace|time|chance|moment|minute|second|opportunity)',
      '(life|things|work|stuff) (got|gets|has gotten|has got|have gotten|kept getting|keep getting) (in the way|on top of me|the better of me)',
      '(life|the (week|day|weekend|month)) happened',
      '@me (am|was|are|were|have been) doing (two|three|#|several) (jobs|roles)',
      '@me (got|was|were|have been|had been) (caught up|tied up|pulled|dragged|sidetracked|distracted|held up|stuck|wrapped up) (in|with|on|into)?',
      'juggling (a lot|too|so|many|lots|#|two|three|several|multiple|far)',
      '(owing to|due to|because of) (a|an|the|my|our|some)? @intens? (unexpectedly|unusually|exceptionally)? (system|software|server|network|heavy|busy|family|personal|medical|health|unforeseen|unexpected|technical|tech|staffing|staff|childcare|travel|scheduling|competing|other|prior|annual)? (emergency|matter|matters|reasons|issues|circumstances|difficulties|commitments|shortage|shortages|priorities|absences|workload|illness|sickness|bereavement|schedule|period|holidays|leave|absence|week|month|fortnight|upgrade|outage|migration|maintenance|failure|fault)',
      '(had|have had|have) (a lot|loads|lots|so much|too much) on',
      '(^ running|i am|we are|i have been|we have been|i was|we were) (a bit|a little|way|so|really|quite)? (running)? (late|behind) (today|this week|on|with|thanks to|because of|due to|owing to|after|what with)',
      '(only just|just now|finally|only now|just|now) (catching up|getting (through|to|round to)) (on|with)? (my|our)? (email|emails|inbox|messages|work)?',
      '(with|after) (all)? (the|my|our) (house move|move|moving house|wedding|renovation|renovations|building work|school holidays|half term|end of year|month-end|year-end|tax season)',
    ],
    unless: [
      'thanks for (being|your) _3',
      '(not too busy|ready for you to)',
      '((earliest|next available|first available|soonest) (start|slot|date|opening)|(booked|busy) (up)? (through|until|till|into))',
      ...COVERED,
      '(busy|swamped) (season|period) (starts|begins|is coming)',
      '(@excuseload|flat out|working|focused|hard at work|heads-down|heads down) _6 (on|with|preparing|building|finishing|getting) _1 your',
      '(i|we) (will|shall|am going to|are going to) be',
      '(day|week|morning) (ahead|tomorrow)',
      '(drowning|bombarding|flooding|spamming) you',
      '(i|we) have (pencilled|penciled|reserved|booked|held|saved|set aside|put aside)',
      '(our best|your best|fun|lovely|brilliant|wonderful|enjoyed|enjoyable|rewarding|a pleasure|great news|good news|grateful|thankful|been great)',
      'and (collected|sold|won|finished|completed|signed|booked|hit|raised|yours)',
      '(know|understand|imagine|appreciate) how',
      '(understand|appreciate|sounds like|sound|hope) (that)? (things|it|life|work|everything|the)',
      '(if|when|while|whether) (you|your)',
      'you (had|have had|have been|have not|had not|did not|are|were|must|seem|sound|sounded)',
      '(recommend|suggest|advise|both of us|proud|pleased|glad|thrilled|delighted)',
      'behind on (my|our) (credit|rent|bills|payments|mortgage|card|loan)',
    ],
  },
  {
    message: 'illness',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (am|are|was|were|have been|had been|got|get|felt|feel|feeling|been) @intens? @intens? (sick|ill|unwell|poorly|under the weather|down with|bedridden|laid up|laid low|knocked out|off sick|out sick|in bed|in hospital|in the hospital|at the hospital|at the doctor|at the doctors|hospitalized|hospitalised)',
      '(caught|had|got|have|came down with|picked up|have had|have been fighting|was fighting|am fighting|was battling|have been battling) (a|the|some|this|that)? (nasty|bad|terrible|horrible|awful|stomach|bad case of)? (cold|flu|bug|lurgy|virus|covid|migraine|fever|infection|sickness|food poisoning|stomach bug|stomach thing|chest infection|sore throat|headache)',
      '(my|our) (whole)? @family (was|were|has been|have been|is|are|got|had|fell|came down|has|have) (sick|ill|unwell|poorly|off sick|in hospital|in the hospital|down with|the flu|a cold|a fever|covid)',
      '(flu|bug|virus|covid|cold) (went|has gone|swept) (through|round)',
      '(sick|illness|doctor|doctors|dentist|hospital|medical|gp|physio|optician) (day|days|leave|emergency|appointment|appointments|visit)',
      '(office|team|staff|household|everyone|family|all of us) (was|were|has been|have been|got|went) (down with|off with|sick|ill|hit by|struck down|laid up|out sick)',
      '(under the weather|laid up|off colour|off color|not feeling (great|well|100 %))',
    ],
    unless: ['(hope|hoping) (you|your|they|he|she) _3', 'sorry to hear', 'feel better', 'get well', ...COVERED],
    unlessText: [],
  },
  {
    message: 'travel',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (was|were|have been|had been) out (on|at) (a|the)? _2 (job|jobs|install|installs|site|sites|call|calls|shoot|visit|visits|survey|surveys)',
      '@me (was|were|have been|had been|have just been) (traveling|travelling|driving|on site|away|indisposed|unavoidably detained|otherwise engaged|on vacation|on holiday|on leave|on annual leave|out of town|out of the office|ooo|out of the country|on the road|abroad|overseas|off|visiting|on a trip|on a business trip|in transit|on a plane|in the air|stuck at the airport|off grid|off-grid|offline|moving|moving house|moving offices|relocating|renovating)',
      '(@me (was|were|have been|had been|am|are)|^ been) (away at|at|in|on|attending) (a|an|the|my|our) (family)? (christening|retreat|conference|trade show|trade fair|show|fair|expo|course|workshop|training|offsite|off-site|summit|event|festival|wedding|funeral|shoot)',
      '^ (just|only just) back (from|off|online|at my desk|in the office)',
      '@me (have|had)? (just|only just)? (come|came|got|returned|arrived) back (from|off)',
    ],
    requires: LATE,
    unless: [
      '(i|we) (will be|am going to be) _3',
      'next (week|month|monday|tuesday|wednesday|thursday|friday)',
      '(on|for|about) your',
      'tomorrow',
      ...COVERED,
    ],
  },
  {
    message: 'tech',
    label: LABEL,
    fix: PAT,
    patterns: [
      // The writer's kit failing: "our email platform was down".
      '(my|our) _2 (@device|outbox|reminder|van|truck|vehicle|boiler|machine|oven|kiln|equipment|camera|lines|platform|website|site|app|portal|servers|calendar|scanner|account) (drive|connection|account)? (was|were|is|has|have|had|kept|keeps|just|completely|totally|went|got|did)? (been|being|not)? (crashed|crashing|died|dying|dead|jammed|broke|broken|broke down|stolen|glitched|down|offline|go off|temperamental|acting up|playing up|not working|stopped|stopped working|went down|went out|failed|freezing|froze|frozen|glitching|glitchy|wiped|corrupted|hacked|spotty|slow|patchy|dodgy|misbehaving|packed up|gave up|sync|syncing|restarting|flaky|unreliable|terrible)',
      '(my|our) _2 (@device|software|app|system) (decided|chose) to',
      '(wifi|wi-fi|signal|connection|internet|broadband|reception|coverage) ((at|in|on) (my|our) %)? (was|were|has been|kept) @intens? (weak|slow|patchy|poor|bad|down|dodgy|flaky|spotty|dropping|terrible)',
      '(my|our) _2 % (would not|could not|did not|will not|refused to|kept failing to) (connect|load|start|open|work|sync|send|upload|turn on|boot)',
      '@me (had|have had|have been having|were having|was having|have) (a|an|some|a few|a lot of|lots of|major|serious|huge)? (technical|tech|computer|internet|wifi|connection|connectivity|email|it|system|network|power) (issues|problems|difficulties|trouble|troubles|glitches|outage|outages|meltdown)',
      '(a|the|our) (power|internet|wifi|wi-fi|electricity|broadband|network|server|system|hard drive|disk) (cut|outage|failure|crash|went out|was out|was down|went down|was off|was cut|has been down)',
      '@me (lost|lose) (all)? (my|our|the|half the|a|most of the) (work|files|internet|connection|power|data|emails|progress|morning|day|afternoon|evening|draft)',
      '(went|gone|ended up|got lost|landed) (straight|right)? (to|in|into)? (my|our|the)? (spam|junk)',
      '(outlook|gmail|my email) (ate|lost|swallowed|crashed|went down|was down)',
    ],
  },
  {
    // Tech trouble beside a delay.
    message: 'tech',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(nightmare|trouble|problems|issues|fun and games|drama|battle|fighting|struggling|wrestling) with (my|our|the) _2 (@device|software|app|website|system|files|upload|uploads|portal|account|drive)',
      '(no|without|patchy|bad|poor|zero|dodgy|spotty|terrible|limited) (signal|reception|coverage|wifi|wi-fi|internet|connection|power|phone signal|mobile signal|access to email)',
      '((in|away|sent off) (for|to)? (a)?|being) (repair|repairs|repaired|fixing|fixed|service|serviced|the shop)',
      '(time difference|time zone|time zones|timezone|timezones|jet lag|jetlag)',
    ],
    requires: LATE,
  },
  {
    message: 'forgot',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (have)? (completely|totally|just|simply|honestly)? (forgot|forgotten) (about|to)?',
      '(slipped|slips|slip|went|gone) (clean|right|completely)? (out of)? (my|our) (mind|minds|head)',
      'lost track of (time|it|this|your email|your request)',
      '@me (had|have)? @intens? (missed|overlooked) (your|the) (email|message|note|request)',
      '(did|had) not (see|notice|spot|get to) (your|the) % (until|till)',
      '@me (overslept|slept through)',
      '(fell|dropped|slipped|pushed|bumped|got lost) (off|through|down|between)? (my|our|the) (radar|list|to-do list|net|system|queue|cracks|gaps)',
      '(got|was|were|went|been) (lost|buried|stuck|missed) (in|under|among) _3 (inbox|emails|pile|shuffle|messages|system|queue|folder|drafts)',
      '^ (totally|completely|honestly|clean)? (forgot|forgotten) (all about|about|to)',
    ],
    unless: [
      '(forgot|forgotten) (to)? (attach|include|mention|add|cc|copy|say|tell|ask|thank|the attachment|the file|the link|the document|how|what|where|that)',
      '(here it is|attached|here is)',
    ],
  },
  {
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(i|we) (had|have had) (a|some)? (family|personal) (stuff|thing|things|issues|matters|emergency|situation|reasons|commitments)',
      '(something|stuff|things) (came|come|has come) up',
      '@me (have|had)? (been)? (hosting|putting up|entertaining) (relatives|family|guests|visitors|the in-laws|in-laws|friends)',
      '@me (am|was|have been|had been) (dealing|dealing with|coping) (with)? (a lot|so much|some stuff|some things|stuff|things|personal)',
      '(the|my|our)? (@family|puppy) (kept|keeps|was|were|has been|have been|are|had) (me up|us up|up all night|sick|home|off school|off|poorly|unwell|ill)',
      '(school run|childcare|nursery|daycare|babysitter|nanny) (issues|problems|closed|fell through|cancelled|canceled|drama)',
      '(half|most|some|both|all|two|three) (of)? (the|our|my) (% )? (@blamewho|crew|studio|shop|workshop) (are|was|were|has been|have been) (away|off|out|on holiday|on leave|sick|ill|at a|at the|on vacation) !(next|from|until|till)',
      '(because|as|since) (i|we) (had|was|were|have been|had been|got|needed|had to) _6 (appointment|school run|move|moving|wedding|funeral|holiday|vacation|trip|sick|ill|away|off|busy|swamped|travelling|traveling|flight|conference)',
    ],
  },
  {
    // A delay pinned on the writer: "meant to … but".
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(delay|delays|lateness|hold-up|holdup|slowness|wait|silence) _5 (is|was|were|are|has been) (all)? (down to|because of|due to|caused by|the result of|a result of) (me|us|my|our|i|we|being|having)',
      '(i|we) (would|had)? (meant|intended|planned|was going|were going|was meant|were meant|was supposed|were supposed|wanted|was hoping|had hoped|had every intention|fully intended) _7 but',
      '^ what with',
      '(a|one|two) (man|person|body) (down|short)',
      '(because|due to) (of)? (our|my|i|we) %',
      '(people|staff|engineers|colleagues|designers) (off|out|away) (sick|ill|this|last)?',
      '(unusually|exceptionally|unprecedented|very)? (high|heavy|large|unprecedented|huge|the|our) (volume|volumes|number|numbers|demand) of (orders|requests|enquiries|inquiries|emails|calls|bookings|work|tickets)',
      '(would|should|could|might) have _3 (sooner|earlier|by now|yesterday) but',
      '(i|we) (thought|was sure|assumed) (that)? (i|we|someone|somebody|a colleague) (else)? (on the team)? (had|would)',
      '(my|our) _3 (has been|have been|was|were) (off|away|out|on _1 (leave|holiday|vacation))',
      '@me (was|were|have been|had been) in % (all|the whole) (day|week|morning|afternoon)',
      '(my|our) _3 (dropped out|quit|left !(out|off|over|in)|resigned|called in sick|went off sick|walked out)',
    ],
    requires: LATE,
    unless: ['(no need|need not|do not need) to'],
  },
  {
    // A personal problem given as the reason for a delay.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: PERSONAL_FAMILIES.filter((f) => f.message !== 'money').reduce(
      (all: string[], f) => all.concat(f.patterns),
      [] as string[],
    ),
    requires: DELAY_SIGNALS,
    unless: ['sorry to hear', '(your|you) (@family|mum|mom|dad)'],
  },
  {
    // "Sorry for the slow reply — I was …": the writer's own state offered as the reason for a delay.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '^ (i|we) (was|were|have been|had been|got|am|are) (a bit|a little|so|really|very|quite|pretty|completely|totally|just|also)? (away|off|out|sick|ill|unwell|tied up|caught up|distracted|exhausted|stuck|delayed|held up|offline|in hospital|at the hospital|in meetings|dealing with|sorting out|juggling|moving|recovering|struggling)',
      '^ (my|our) (laptop|computer|phone|internet|wifi|car|kids|kid|son|daughter|husband|wife|partner|dog|mum|mom|dad|team|assistant|week|weekend|schedule|calendar|inbox) (was|were|has been|have been|had|got|decided|broke|died|crashed)',
    ],
    requires: [
      '(sorry|apologies|apologise|apologize) (for|about) (the|my|our)? @intens? (late|slow|delayed|tardy)? (delay|delays|silence|radio silence|wait|reply|response|lateness|getting back|not getting back|not replying|not responding)',
      '(late|delayed|behind|overdue|took so long|taken so long|taking so long|slow to reply|slow reply|slow response)',
      '(did not|have not|could not|was not able to|were not able to|never) (get to|get round to|get around to|reply|respond|answer|finish|send|manage|get back)',
    ],
    unless: [
      '(checking|double-checking|double check|confirming|testing|reviewing|making sure|to make sure|so that|verifying|waiting (for|on) (the|their|a) (supplier|quote|bank|courier|council|printer|venue|figures))',
      ...COVERED,
      'sorry to hear',
      'behind on (my|our) (credit|rent|bills|payments|mortgage|card|loan)',
    ],
  },
  {
    // "Apologies for the radio silence — it's been an insane week on my end": an apology for the delay with a reason beside it.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: DELAY_APOLOGY_PATTERNS,
    needsReasonClause: true,
  },
  {
    // "The quote is late because …", "I didn't reply because …": a delay with a reason beside it.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(am|is|are|was|were|running|been) (a bit|a little|slightly|very|really|so|way|a day|a week|# days|a couple of days|a few days|two days|a couple of weeks|a few weeks)? (late|delayed|behind|overdue)',
      '(hence|explains|explaining) (the|my|our|why)? @intens? (late|slow|slower|delayed|long)? (silence|delay|delays|lateness|slowness|wait|gap|quiet|reply|replies|response|responses|turnaround|radio silence)',
      '(held|holding|set|setting|threw|thrown|throws|throwing|knocked|put) (everything|things|us|me|it|(our|my|the) (whole|entire)? (schedule|plans|timings|timeline|diary)) _3 (up|back|out|behind)',
      '(has|have|had|got) (been)? (slipped|slid|pushed back)',
      '(is|are|running|going out|go out|be|ship|shipping|arrive|arriving) (a day|a week|# days|# weeks|a few days|a couple of days|two days|three days) (late|behind|later than)',
      'which (has)? (slowed|slowing)',
      '(nobody|no one|no-one|nothing) (answered|replied|picked up|got back|saw|shipped|went out|got done|was sent|turned up|showed up|came)',
      '(went|gone|remained|was|were|sat) (unanswered|unnoticed|unread|unsent)',
      '(has|have|had|was|were|is|are) not (been)? (answer+|send+|finish+|complete+|start+|approve+|process+|done|handle+|reply+|sign+|return+|review+|check+|upload+|ship+)',
      '(that is|which is|this is) why (i|we) (was|were|did|have|had|could)? not',
      '(things|everything|work|replies|responses|it all) (are|is|have been|has been|were|was) (a bit|a little|much|rather)? (slower|slow|behind|delayed|backed up)',
      '(i|we) (did not|could not|have not|was not able to|were not able to|never) (reply|answer|respond|see|get to|get round to|send|finish|start|touch|upload|confirm|log in|access|concentrate|manage|make it)',
      '(took|taken|taking) (so|this|a bit|much)? (long|longer|a while|ages)',
      '(have not|has not|did not) (moved|started|progressed|been touched|been started|happened|gone out|arrived)',
      '(i|we) (missed|only saw|only just saw|did not see|never saw) (it|this|your|the)',
    ],
    needsReasonClause: 'reason-only',
    requires: [
      '(because|since|due to|owing to|which|that is why|hence|as i|as we|as my|as our|so|with|between|after|thanks to|caused by|the reason)',
    ],
  },
  {
    // Workload and mishaps beside a delay: "my VPN kept dropping out".
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(fighting fires|firefighting|fires to (put out|fight)|putting out fires)',
      '(clearing|working|catching up|wading|ploughing|plowing|digging) (through|on|out)? (a|the|my|our)? (backlog|pile|emails|inbox|mountain)',
      'covering (for|two|three|#|several|extra|another)',
      '(during|in) (our|my) (busiest|peak|busy) (period|time|week|weeks|season|month)',
      '(jury duty|jury service|half-term|half term)',
      '((had|have had) (the)? (builders|decorators|plumbers|workmen|an electrician|a plumber)|(builders|decorators|plumbers|workmen) (were|was) (here|in|round))',
      '(your|the) (email|message|request|order|brief|revisions|invoice|edits|query|note) (got|was|were|has been|have been) (buried|overlooked|held up|lost in the shuffle|missed)',
      '(sat|sitting|stuck) in (my|our) (drafts|outbox|drafts folder|inbox) (folder)?',
      '(vpn|connection|internet|wifi|signal|broadband|upload|sync|login) (kept|keeps) (dropping|cutting|disconnecting|going|failing|crashing)',
      '(printer|scanner|copier) (jammed|ran out|broke|died|packed up)',
      '(could not|did not|was not able to|were not able to) (log in|login|access email|access the portal|get into)',
      '(mixed up|misread|got wrong|had the wrong) (the)? (hours|dates|date|week|day|time zone|deadline|email)',
      '(with|between) (everything|all that is|all that has been) going on',
      '^ between (the|my|our|a)? % _2 and (the|my|our|a)?',
      '(with|between|what with|because of|due to) (easter|christmas|the holidays|the school holidays|half-term|half term|ramadan|the bank holiday)',
    ],
    requires: [
      ...LATE,
      'when (i|we) (changed|switched|moved|migrated)',
      '(in the way|should have been|would have|caused|not at my desk|had planned to|took|fell through|still|could not|did not|have not|was not|were not|so|because|unopened|on my desk|fits and starts|finally|without|not possible|wrong|nobody|got away)',
    ],
  },
];

/** Circumstances that are the client's, or that come with the remedy already in place. */
const NOT_AN_EXCUSE = [
  'sorry to hear',
  '(your|you) _2 (@family|team|staff|week|move|office|building|people|colleague|colleagues|manager|company|department)',
  '(@excuseload|week|weeks|month|day|days|time|quarter|period|season|year|hard|tough|rough) for (you|your|everyone|everybody|the whole|the entire)',
  'for your (course|shop|store|campaign|event|site|website|business|launch|product|listing|brand|team|company|appeal|charity)',
  'good luck',
  '(running normally|back up|(is|are|be|been|now) back online|running again|as usual|no data was lost|handled your|took care of your|dealt with your)',
  ...COVERED,
  '(no|not an|is no) excuse',
  '(no need|need not|do not need) to (apologise|apologize)',
  '(i will be|i am|we will be) back (online|in|at|by|on)',
  'long email',
  '(was|were|stayed) out late',
  '(if|in case) (it|this|that) (slipped|fell|got|went)',
  '(at our (own)? cost|at no (extra)? (cost|charge)|free of charge|no charge|(i|we) have (refunded|credited|waived|discounted))',
  '(waiting|waited) (for|on) (the|their|a|an|your|you)',
  '(easiest|easier|best|better) for you',
  '(on|at) your (end|side)',
  '(wanted|needed) to (test|check|double-check|make sure|confirm|verify)',
  '(thanks|thank you) for (your)? (understanding|patience)',
  '(nothing|no data|no orders|no emails) (was|were) (lost|affected)',
  '(your|the) (order|payment|booking|file|files) (went|got|came) through',
  '(my|our) (mistake|error|oversight|fault !(\\.|\\!))',
  // A past delay already fixed: "so this one arrived two days early".
  '(arrived|delivered|landed|went out|is ready|was ready|came in) _2 (early|ahead of schedule)',
];
for (const family of EXCUSE_FAMILIES) family.unless = (family.unless || []).concat(NOT_AN_EXCUSE);
