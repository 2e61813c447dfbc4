import type { PhraseFamily } from '../rule';
import { PERSONAL_FAMILIES } from './personal';
import { DELAY_APOLOGY_PATTERNS } from './apology';

const PAT: PhraseFamily['fix'] = { kind: 'patience' };

/** Words that say something is late, so a personal detail next to them is offered as the reason. */
export const DELAY_SIGNALS: string[] = [
  '(sorry|apologies|apologise|apologize) (for|about) (the|my|our)? @intens? (late|slow|delayed)? (delay|delays|silence|radio silence|wait|reply|response|lateness)',
  '(sorry|apologies) (for|about) (not|never) (getting|responding|replying|writing|answering|coming) (back)?',
  '(late|delay|delayed|behind|slow|overdue|silence|silent|yet|missed|slipped|until now|catching up|took so long|taking so long|take so long)',
  '(can not|could not|did not|have not|was not able to|were not able to) (face|get to|get round to|get around to|finish|send|reply|respond|look|start|manage|make|do|keep up)',
  'which is why',
  '(can not|could not|was not able to|were not able to|have not been able to|not been able to|unable to) (work|open|access|drive|concentrate|focus|function|do anything)',
  '(set me back|set us back|took (the whole|all|most of the) (day|week|morning)|hence the (mistakes|delay|errors|typos|gap)|not concentrating|only managed|in bed|slept through|too (shaken|upset|ill|sick|hungover|tired|exhausted) to)',
  '(sorry|apologies) for (vanishing|disappearing|the gap|going quiet|being awol|being mia|the radio silence)',
  '(have not|has not|did not) (looked at|touched|opened|started|had a chance|got to|gotten to|been able to)',
  '(only just|just) back at my desk',
];
const LABEL = 'Thank the client and give the next step';

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
      '@me (am|are|was|were|have|had)? (been)? @intens? @intens? @intens? (busy|swamped|slammed|snowed under|overwhelmed|buried|drowning|overloaded|stretched thin|flat out|inundated|overbooked|run off my feet|rushed off my feet|hammered|underwater|backed up|behind|tied up|up to my eyes|up to my neck)',
      '@me (have|had) (had)? (been)? (so|too|a|such)? @intens? (much|many|lot|lots|tons|loads|ton|load|crazy|heavy|full|busy|huge|mountain) (of)? (work|things|stuff|going|on|workload|deadlines|projects|clients|plate|week|day|schedule)',
      '@me (have|had) (been)? (a|such a)? @intens? (crazy|hectic|insane|busy|mad|wild|rough|tough|long|heavy|full|packed|chaotic|manic) (week|day|month|time|few|couple|schedule|workload|weekend|period)',
      '(it|things|life|work|this week|the week|today|this month) (is|has|have|was|were)? (been)? (a|such a)? @intens? @intens? (crazy|hectic|insane|busy|mad|wild|rough|tough|long|chaotic|manic|nuts|overwhelming|intense|mental|full on|full-on|non-stop|nonstop|bonkers|a whirlwind|a madhouse|a zoo) (week|day|month|few|couple|time|here|lately|recently|around|at)?',
      'it (has|is|was) been (a|one of those) (week|weeks|day|days)',
      '(my|our) (workload|schedule|calendar|plate|inbox) (is|has|was|been|have)? (been)? @intens? @intens? (full|packed|crazy|overflowing|insane|heavy|overloaded|out)',
      '@me (have|had) (not|never) (had|found|got|gotten) (the|a|any|enough|much)? (time|chance|moment|minute|second|opportunity)',
      '@me (did|could) not (have|find|get) (the|a|any|enough)? (time|chance|moment|minute)',
      '(there|there is|there was|there has) (been)? (not|no) (enough)? (time|hours) (in the day)?',
      '(life|things|work|stuff) (got|gets|has gotten|has got|have gotten) (in the way|away from me|on top of me|the better of me|crazy|busy|hectic)',
      '@me (got|was|were|have been|had been) (caught up|tied up|pulled|sidetracked|distracted|held up|stuck) (in|with|on|into)?',
      '@me (am|are|was|were) (a bit|a little|so|way|really)? (behind|backed up|buried) (on|with|in)? (everything|work|emails|email)?',
      'juggling (a lot|too much|so much|many|lots)',
      '(owing to|due to|on account of|because of|as a result of) (unforeseen circumstances|staff shortages|staffing issues|personal reasons|personal circumstances|illness|sickness|a family matter|family matters|family reasons|technical difficulties|technical issues|a bereavement|workload|my workload|our workload|heavy workload|a heavy workload|competing priorities|other commitments|prior commitments|my schedule|a busy period|the busy period|the holidays|annual leave|my absence|my leave)',
      '(i have been|i was|we have been|we were) (indisposed|unavoidably detained|unavoidably delayed|otherwise engaged|out of the office|on leave|on annual leave)',
      '(we have|we are) (experiencing|seeing|dealing with) (an|a)? (unusually|exceptionally|very)? (high|heavy|large) (volume|number) (of)? (requests|emails|enquiries|inquiries|work)',
      '(i|we) (am|are|have been|was|were) (drowning|buried|swimming) in (work|emails|email|deadlines|admin|paperwork|projects)',
      '(it is|it has been|things are|things have been) (total|absolute|complete)? (chaos|madness|carnage|bedlam|mayhem) (here|at the office|at work|this week|lately|at the moment)',
      '(had|have had|have) (a lot|loads|lots|so much|too much) on',
      '(a bit|a little|rather|very|so)? overwhelmed (lately|recently|this week|with work|at the moment)',
      '(i am|i was|we are) only human',
      '(crazy|busy|hectic|manic|mad|insane|nuts|wild|rough|long) (couple of|few) (days|weeks|months)',
      '(stuck|tied up|caught up|trapped) (in|with|on) (meetings|calls|traffic|a meeting|back-to-back|back to back|another project|other projects|a deadline)',
      '(back-to-back|back to back) (meetings|calls|deadlines)',
      '(it is|it has been|it was) (one of those|a) (days|weeks|mondays|mornings)',
      '(running|been running|am running|are running) (late|behind) (today|this week|on everything|on things)',
      '(i|we) (have been|was|were|am|are) (so|really|very|super)? (stretched|short-staffed|understaffed|short staffed|short-handed|down a person|down two people)',
      '(sorry|apologies|apols|sry) ,? (been|have been|i have been|was) @intens? @intens? (busy|swamped|slammed|flat out|snowed under|buried|mad busy|crazy busy|manic|away|off|sick|ill)',
      '(i|we) (have|had) (had)? (a ton|tons|loads|a lot|so much|too much|a mountain) (on my plate|on our plate|to do|going on)',
      '(this|it) (got|has been|was|has got) (pushed back|pushed|delayed|bumped) (because|as|since|due)',
      '(so|which is why|hence) (this|it|the %) (got|has been|was) (pushed back|delayed|bumped|late)',
      '^ (been|have been|was|were|had been) @intens? @intens? (flat out|swamped|slammed|busy|snowed under|buried|run off my feet|crazy busy|up to my eyes|overwhelmed|overloaded|drowning)',
      '(had|having|been having|have had) (a|such a|one of those)? @intens? (mad|crazy|hectic|insane|busy|wild|rough|tough|long|chaotic|manic|nightmare) (week|day|month|few days|couple of weeks|weekend|time)',
      '^ (running|been running|am running|are running) (a bit|a little|way|so|really)? behind',
      '(i|we) (am|are|was|were|have been) (a bit|a little|way|so|really|quite)? (running)? behind (on|with) (everything|work|emails|email|things|it all|my work)',
      '(only just|just now|finally) (catching up|getting (through|to|round to)) (on|with)? (my|our)? (email|emails|inbox|messages|work)',
      '(i|we) (am|are) (only|just) (now)? catching up',
      '(with|after) (all)? (the|my|our) (house move|move|moving house|wedding|renovation|renovations|building work|school holidays|half term|new clients|end of year|month-end|year-end|tax season|busy season)',
    ],
    unless: [
      'thanks for (being|your) _3',
      'not too busy',
      '(covered|was covering|stepped in|went out on time|on time|on schedule|on track|as planned|no delay)',
      '(busy|swamped) (season|period) (starts|begins|is coming)',
      '(busy|working|focused) (on|with) your',
      'behind on (my|our) (credit|rent|bills|payments|mortgage|card|loan)',
    ],
  },
  {
    message: 'illness',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (am|are|was|were|have been|had been|got|get|have|had|came|come|went|felt|feel|feeling|been) (really|very|so|quite|a bit|pretty|super|a little|sick|also)? (sick|ill|unwell|poorly|under|down|bedridden|laid|knocked|off|out sick|in bed|in hospital|in the hospital|at the hospital|at the doctor|at the doctors|hospitalized|hospitalised)',
      '@me (caught|had|got|have|came down with|picked up|have been fighting|was fighting|am fighting|was battling|have been battling) (a|the|some|this|that)? (nasty|bad|terrible|horrible|awful|stomach|bad case of)? (cold|flu|bug|virus|covid|migraine|fever|infection|sickness|food poisoning|stomach bug|chest infection|sore throat|headache)',
      '(my|our) (kid|kids|son|daughter|child|children|baby|husband|wife|partner|mom|mum|dad|mother|father|toddler|family|dog|cat|whole family) (was|were|has been|have been|is|are|got|had|fell|came down|has|have) (sick|ill|unwell|poorly|off sick|in hospital|in the hospital|down with|the flu|a cold|a fever|covid)',
      '(a|the|this|that) (cold|flu|bug|virus|migraine|covid|stomach bug) (knocked|took|has knocked|laid|wiped) (me|us) (out|down)?',
      '(sick|illness|doctor|hospital|medical) (day|days|leave|emergency|appointment|appointments)',
      '@me (was|were|have been|had been|am) (off|out|away) (sick|ill)',
      '(i|we) (was|were|am|are|have been|felt|feel) @intens? @intens? (jet-lagged|jetlagged|jet lagged|wiped out|knackered|shattered|run down|burnt out|burned out)',
      '(i|we) (had|have) (a|an|my)? (dentist|doctor|doctors|medical|hospital|gp|physio|optician) (appointment|visit)',
      '(caught|picked up|came down with|had|have had|have been fighting) (a|the|some|this)? (bug|lurgy|virus|cold|flu|chest infection|stomach thing|stomach bug)',
      '(caught|picked up|came down with) something',
      '(i|we) (have been|was|were|am) (poorly|ill|sick|unwell|laid up|in bed|off sick)',
      '(the|my|our) (baby|toddler|little one|kids|kid) (has been|is|was|have been) (teething|sick|up all night|poorly|unwell)',
      '(office|team|staff|household|everyone|whole family|all of us|half the office|whole office|whole team) (was|were|has been|have been|got|went) (down with|off with|sick|ill|hit by|struck down|laid up|out sick)',
      '(under the weather|laid up|off colour|off color|not feeling (great|well|100 %))',
      '(my|our) @family (has|had|is|was|have|has been|is been) (been)? (in and out of|rushed to|taken to|admitted to) (the)? hospital',
    ],
    unless: [
      '(hope|hoping) (you|your|they|he|she) _3',
      'sorry to hear',
      'feel better',
      'get well',
      '(covered|was covering|stepped in|went out on time|on time|on schedule|on track|as planned|no delay)',
    ],
    unlessText: [],
  },
  {
    message: 'travel',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (was|were|have been|had been|have just been|just got back|just came back|only got back) (traveling|travelling|away|on vacation|on holiday|on holidays|on leave|out of town|out of the office|out of office|at a conference|on the road|abroad|overseas|off|visiting|on a trip|on a business trip|in transit)',
      '@me (just)? (got|came|returned|arrived) back (from|off) (a|my|our|the)? (vacation|holiday|holidays|trip|travels|conference|leave|break|honeymoon|time off)',
      '(my|our) (flight|flights|train|trip|travel|travels) (was|were|got|has been|had been) (delayed|cancelled|canceled|late|crazy|hectic)',
      '(because|since|as) (of)? (my|our) (trip|vacation|holiday|travel|travels|time off)',
      '(i|we) (was|were|have been|had been) (off grid|off-grid|offline|without signal|without wifi|on annual leave|at a wedding|at a funeral|moving house|moving)',
      '(my|our) (car|train|flight|bus) (broke down|was cancelled|was canceled|got cancelled|was delayed)',
      '(we|i) (have been|are|were|was) (moving house|moving offices|relocating|renovating)',
      '(i|we) (was|were|have been|had been) (out of the country|out of the office|ooo|on a plane|in the air|on the road|stuck at the airport)',
      '(i|we) (have been|was|were|had been) (travelling|traveling) (for work|a lot|all week|non-stop)',
    ],
    unless: [
      '(i|we) (will be|am going to be) _3',
      'next (week|month|monday|tuesday|wednesday|thursday|friday)',
      '(covered|was covering|stepped in|went out on time|on time|on schedule|on track|as planned|no delay)',
    ],
  },
  {
    message: 'tech',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(my|our) (@device) (drive|connection|account|service)? (was|were|has|had|is|kept|keeps|just|completely|totally|decided to)? (been|being)? (crashed|crashing|died|dead|broke|broken|down|out|acting up|acting|playing up|not working|stopped|went down|went out|failed|freezing|froze|frozen|glitching|glitchy|wiped|corrupted|hacked|spotty|slow|patchy|dodgy|misbehaving)',
      '@me (had|have had|have been having|were having|was having|have) (some|a few|a lot of|lots of|major|serious|huge)? (technical|tech|computer|internet|wifi|connection|connectivity|email|it|system|network|power) (issues|problems|difficulties|trouble|troubles|glitches|outage|outages)',
      '(technical|tech|computer|internet|connectivity) (issues|problems|difficulties|trouble|glitches) (on|at) (my|our) (end|side)',
      '(a|the) (power|internet) (cut|outage|went out|was out)',
      '@me (lost|lose) (all)? (my|our) (work|files|internet|connection|power|data|emails|progress)',
      '(your|the) (email|message|emails|messages) (went|ended up|got lost|landed) (to|in|into)? (my|the)? (spam|junk)',
      '(my|our) (calendar|software|design software|app|system|laptop|computer|phone|email|printer|scanner|website|server|account|internet|wifi|wi-fi|connection|broadband|power) (has|have|had|keeps|kept|did|is|was)? (been|not)? (playing up|crashing|sync|syncing|working|acting up|down|broken|misbehaving|freezing|dying|died|crashed|broke)',
      '(the|our) (power|internet|wifi|wi-fi|electricity|broadband) (was|were|has been|went) (down|out|off|cut)',
      '(my|our) % (software|laptop|computer|phone|app) (keeps|kept) (crashing|freezing|dying|restarting)',
      '(outlook|gmail|my email|our email|the system|our system|my system|the server|our server) (ate|lost|swallowed|crashed|went down|was down|has been down|deleted|hid)',
      '(your|the) (email|message) (got|was|went) (buried|lost|missed|stuck) (in|under|among)',
      '(my|our) (@device|software|app|system|laptop|computer|phone) (decided|chose) to',
      '(i|we) lost (the|half the|a|most of the|all) (morning|day|afternoon|evening|files|work|draft)',
      '(a|an|the|some)? (power|internet|network|server|system) (outage|cut|failure) (at|in|on) (the|my|our) (office|home|end|side)',
      '(my|our) (internet|wifi|wi-fi|connection|broadband|signal) (has been|was|is|have been) @intens? (patchy|spotty|flaky|down|out|terrible|awful|slow|dodgy|unreliable)',
    ],
  },
  {
    message: 'forgot',
    label: LABEL,
    fix: PAT,
    patterns: [
      '@me (have)? (completely|totally|just|simply|honestly)? (forgot|forgotten) (about|to)?',
      '(it|this|that|your email|your message|your request) (completely|totally|must have)? (slipped|slips|slip) (my|our) (mind|minds)',
      '(it|this|that|your email|your message|your request) (completely|totally|must have|somehow)? (fell|falls|slipped|slip|got lost) (through|between) (the)? (cracks|gaps)',
      '@me (completely|totally)? lost track (of time|of it|of this|of your email|of your request)?',
      '(your|the) (edits|request|email|message|task|changes|job) (slipped|got lost|got missed|fell off my radar)',
      '(slipped|fell) (off)? (my|our) (radar|list)',
      '@me (had|have)? (completely|totally)? (missed|overlooked) (your|the) (email|message|note|request)',
      '@me (did|had) not (see|notice|spot|get to) (your|the) (email|message|note|request) (until|till)',
      '@me (overslept|slept through)',
      '(it|this) (went|got) (buried|lost) (in|under) (my|our) (inbox|emails)',
      '(fell|dropped|slipped) (off|through) (my|our) (radar|list|to-do list|net)',
      '(got|was) (lost|buried) in (my|our|the) (inbox|emails|pile)',
      '(slipped|got) (past|by) (me|us)',
      '^ (totally|completely|honestly|clean)? (forgot|forgotten) (all)? about',
      '(my|our) inbox (has been|is|was) @intens? (overflowing|crazy|out of control|a nightmare|insane|full)',
      '(did not|never) see (your|the) (message|email|note) (until|till)',
    ],
    unless: [
      '(forgot|forgotten) (to)? (attach|include|mention|add|cc|copy|the attachment|the file|the link|the document)',
      '(here it is|attached|here is)',
    ],
  },
  {
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(i|we) (have|had) (a lot|so much|too much|lots|a ton|tons) going on',
      '(i|we) (have|had) (had)? (a|some)? (family|personal) (stuff|things|issues|matters|emergency|situation|reasons|commitments)',
      '(something|stuff|things) (came|come|has come) up',
      '@me (am|was|have been|had been) (dealing|dealing with|coping) (with)? (a lot|so much|some stuff|some things|stuff|things|personal)',
      '(the|my|our) (kids|kid|children) (were|are|have been|had) (home|off school|off) ',
      '(my|our|the) (kids|kid|baby|toddler|dog|puppy|children|son|daughter) (kept|keeps|was|were|has been|have been) (me up|us up|up all night|sick|home|off school|poorly|unwell|ill)',
      '(school run|childcare|nursery|daycare|babysitter|nanny) (issues|problems|closed|fell through|cancelled|canceled|drama)',
      '(i|we) (was|were|have been|had been) (off|out|away) (for|on) (a few days|the week|holiday|holidays|leave|vacation|annual leave|a long weekend)',
      '(because|as|since) (our|my) (developer|designer|team|assistant|colleague|colleagues|accountant|va|bookkeeper|editor|writer|photographer|half the team|whole team|staff) (was|were|is|are|has been|have been) (away|off|out|on holiday|on leave|sick|ill|at a conference|on vacation|travelling|traveling|unavailable)',
      '(half|most|some) (of)? (the|our|my) (team|staff|office) (was|were|has been|have been|is|are) (away|off|out|on holiday|on leave|sick|ill|at a conference|on vacation)',
      '(because|as|since) (i|we) (had|was|were|have been|had been|got|needed|had to) _6 (appointment|school run|move|moving|wedding|funeral|holiday|vacation|trip|sick|ill|away|off|busy|swamped|travelling|traveling|flight|conference)',
    ],
  },
  {
    // A personal problem offered as the reason for a delay is also an excuse.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: PERSONAL_FAMILIES.filter((f) => f.message !== 'money').reduce(
      (all: string[], f) => all.concat(f.patterns),
      [] as string[],
    ),
    requires: DELAY_SIGNALS,
    unless: [
      'sorry to hear',
      '(your|you) (mother|father|mum|mom|dad|family|husband|wife|partner|son|daughter|kid|kids|child)',
    ],
  },
  {
    // "I didn't get to it" with a reason attached.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '(i|we) (did not|have not|could not|never) (get|got|gotten|manage) (to|round to|around to) (it|this|that|your %|them|the %)',
    ],
    requires: [
      '(between|because|since|due to|with all|what with|thanks to|as i|as we|busy|swamped|away|sick|holiday|holidays|deadline|another project|other project)',
    ],
  },
  {
    // "Sorry for the slow reply — I was …": the writer's own state offered as the reason for a delay.
    message: 'general',
    label: LABEL,
    fix: PAT,
    patterns: [
      '^ (i|we) (was|were|have been|had been|got|am|are) (a bit|a little|so|really|very|quite|pretty|completely|totally|just|also)? (away|off|out|sick|ill|unwell|busy|tied up|caught up|snowed under|swamped|distracted|overwhelmed|exhausted|stuck|delayed|held up|offline|travelling|traveling|on holiday|on vacation|on leave|in hospital|at the hospital|in meetings|in back-to-back meetings|dealing with|sorting out|juggling|moving|recovering|struggling|behind|slammed|flat out)',
      '^ (i|we) (had|have had) (a|an|some|the)? (family|personal|medical|health|childcare|car|computer|laptop|internet|tech|technical|it|house|home|household)? (emergency|issue|issues|problem|problems|crisis|situation|thing|stuff|trouble|drama|nightmare|week|weekend|day)',
      '^ (my|our) (laptop|computer|phone|internet|wifi|car|kids|kid|son|daughter|husband|wife|partner|dog|mum|mom|dad|team|assistant|week|weekend|schedule|calendar|inbox) (was|were|has been|have been|had|got|decided|broke|died|crashed)',
    ],
    requires: [
      '(sorry|apologies|apologise|apologize) (for|about) (the|my|our)? @intens? (late|slow|delayed|tardy)? (delay|delays|silence|radio silence|wait|reply|response|lateness|getting back|not getting back|not replying|not responding)',
      '(late|delayed|behind|overdue|took so long|taken so long|taking so long|slow to reply|slow reply|slow response)',
      '(did not|have not|could not|was not able to|were not able to|never) (get to|get round to|get around to|reply|respond|answer|finish|send|manage|get back)',
    ],
    unless: [
      '(checking|double-checking|double check|confirming|testing|reviewing|making sure|to make sure|so that|verifying|waiting (for|on) (the|their|a) (supplier|quote|bank|courier|council|printer|venue|figures))',
      '(covered|was covering|stepped in|on time|on schedule|on track|as planned|no delay)',
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
      '(is|are|was|were|running|been) (a bit|a little|slightly|very|really|so)? (late|delayed|behind|overdue)',
      '(i|we) (did not|could not|have not|was not able to|were not able to|never) (reply|answer|respond|see|get to|get round to|send|finish|start|touch|upload|confirm|log in|access|concentrate|manage|make it)',
      '(took|taken|taking) (so|this|a bit|much)? (long|longer|a while|ages)',
      '(have not|has not|did not) (moved|started|progressed|been touched|been started|happened|gone out|arrived)',
      '(i|we) (missed|only saw|only just saw|did not see|never saw) (it|this|your|the)',
    ],
    needsReasonClause: 'reason-only',
    requires: [
      '(because|since|due to|owing to|which is why|that is why|as i|as we|as my|as our|so|with|between|after|thanks to|caused by|the reason)',
    ],
  },
];

/** Circumstances that are the client's, or that come with the remedy already in place. */
const NOT_AN_EXCUSE = [
  'sorry to hear',
  '(your|you) (team|staff|week|move|office|building|family|people|colleague|colleagues|manager|company)',
  '(week|month|day|time|few days|few weeks) for you',
  'for your (course|shop|store|campaign|event|site|website|business|launch|product|listing|brand|team|company|appeal|charity)',
  'good luck',
  '(thanks|thank you) for (your)? (understanding|patience)',
  '(running normally|back up|back online|running again|as usual|as planned|on time|on schedule|on track|no data was lost|no delay|is covering|was covering|stepped in|handled your|took care of your|dealt with your)',
  '(i will be|i am|we will be) back (online|in|at|by|on)',
  'long email',
];
for (const family of EXCUSE_FAMILIES) family.unless = (family.unless || []).concat(NOT_AN_EXCUSE);
