import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Leave it out';

/** Parties, politicians and movements: named as the object of an opinion, not as the client's business. */
const POLITICAL =
  '(@offlimitsparty|labour|the left|the right|the president|this president|harris|clinton|democrat|republican|right-wingers|immigrants|feminists|vaccines|vaccine|the election|elections|the last lot|administration|dems)';

/** Religion or politics as opinion. */
export const OFF_LIMITS_FAMILIES: PhraseFamily[] = [
  {
    message: 'politics',
    label: LABEL,
    fix: DROP,
    patterns: [
      // a party or politician doing harm or getting a verdict: "the conservatives gutted the funding"
      '(@offlimitsparty|@r2judgmentparty|the left|the right|the last lot|that lot|this lot|the far right|the far left|this administration|the president|this president|the current president|the pm|the prime minister|congress|both parties) _4 (@offlimitsbad|ruin+|wreck+|destroy+|kill+|gut+|bankrupt+|cripple+|sabotage+|screw+ up|mess+ up|tax+ _2 away|rob+|bleed+ _2 dry|make+ _3 (a nightmare|a mess|a joke|hell))',
      '@offlimitsparty (was|were|is|are|got it) _1 (right|wrong)',
      '@offlimitsbad _3 (from|by|of|in)? (the|this|these|those|that)? (@offlimitsparty|administration)',
      '(@offlimitsparty|labour|liberal|conservative|socialist|democrat|republican) @offlimitsbad',
      '(vote+|boot+|kick+) (them|him|her|the lot|these|those|this|that) _2 out',
      '(those|these|the) (idiots|clowns|morons|crooks) (won|in power|in charge|running)',
      '(hopefully|fingers crossed|let us hope|pray+|here is hoping) _2 (new)? (@offlimitsparty|president|prime minister|pm|chancellor|voters)',
      "(pope|president|prime minister|pm|chancellor|@offlimitsparty|@r2judgmentparty) 's _3 (were|was|are|is) _1 (spot on|right|wrong|brilliant|disgraceful|robbery|theft|@offlimitsbad)",
      '(pure|total|outright|creeping|basically|more) (socialism|communism|fascism|marxism|tyranny)',
      '@offlimitsparty (in charge|in power|in office|at the helm|running the show)',
      'only the (@offlimitsparty|@r2judgmentparty|green party) _2 (have|has|can|will|get|make)',
      '(make america great again|drain the swamp|stop the steal|defund the police|lock her up|lets go brandon|all lives matter)',
      '(liberals|leftists|lefties|socialists|tories|democrats|republicans|libs|snowflakes|trumpers|commies|the woke mob|the left|the right) (are|have|will|keep|always|never|want)',
      '(@me|am) _2 (campaign+|volunteer+|canvass+|donate+) (for|to) (the)? (@offlimitsparty|labour|green party)',
      'vote+ (for|against) _2 (@offlimitsparty|@r2judgmentparty|labour|green|them|him|her|lot|that party|those clowns|that man|that woman|that guy|this clown|that clown|this idiot)',
      // hope or scorn aimed at voters
      '(voters|electorate|anyone who vote+|people who vote+|whoever vote+) _4 (deserve+|should|see+ (sense|through)|come+ to (their|its) senses|wake+ up|learn+|regret+|get+ what)',
      '(@offlimitsparty|@r2judgmentparty|this lot|that lot|this administration|this mayor) _4 (gone|(get|gets|got|back) in|(clear+|clean+) out|voted out|kicked out|booted out|out of (office|power)|fault|should be ashamed)',
      'vote (yes|no) on (prop|proposition|measure|question|the referendum|amendment)',
      '(support+|back+|elect+|re-elect+) (our|my) (candidate|party|man|woman|guy)',
      '(as a|i am a|we are a|i am an|as an|i am) %? (labour|conservative|liberal|socialist|patriot|leftie|democrat|republican|libertarian|tory|christian|churchgoer|muslim|catholic|jew|jewish|hindu|sikh|buddhist|atheist) (,|.|so|and|but|i|we|myself|family|company|business|through|voter|supporter)',
      POLITICAL +
        ' (is|are|was|were|has|have|will) (@intens)? (ruining|ruined|destroying|destroyed|wrecked|broken|idiots|morons|a disaster|a joke|corrupt|clowns|evil|crooks|liars|criminals|the worst|the best|killing|wrecking|useless|incompetent|insane|crazy|stupid|to blame|at it again|a nightmare|so bad|a mess|garbage|trash|bankrupting|taking over)',
      '(i|we) (@intens)? (hate|despise|can not stand|love|adore|support|voted for|vote for|blame|loathe) ' + POLITICAL,
      'the state of (this|the) (government|country)',
      '(trust in|praise) the lord',
      '(@offlimitsbad|this lot|that lot) (currently)? (in|running|in charge of) (the white house|downing street|number 10|office|power|westminster|washington|charge|parliament|congress|the country|this country|the government|the show)',
      'vote for anyone (other than|but)',
      '(woke|leftist|liberal|right-wing|far-right|far-left) (policies|agenda|nonsense|mob|brigade|lot|politicians)',
      'me started on (the)? (@offlimitsparty|@r2judgmentparty|politics)',
      'for (good friday|easter|christmas|eid|diwali) (services|mass|prayers|worship)',
      'party (member|activist|card)',
      // blame, contrast or a verdict aimed at a public body: "thanks to Bidenomics", "unlike Parliament"
      '((blame|thanks to|cheers to|thank) (the|this)? (@offlimitsparty|@r3judgmentparty) (,|.|!|-|and their)|unlike (the|our|this)? (@offlimitsparty|@r2judgmentparty|@r3judgmentparty))',
      '@r3judgmentparty _4 (cooked up|@offlimitsbad|lazy|greedy|ruin+|wreck+)',
      '((wast+|squander+|blow+) _3 (our|my) (taxes|tax|council tax)|taxpayers money)',
      '(do not|never|no longer|stopped|gave up) (bother)? voting',
      '(fasting|fast|observing|observe) (for)? (ramadan|lent|passover|the sabbath|shabbat|yom kippur|eid)',
      'one of those (republicans|democrats|tories|liberals|lefties|trump supporters)',
      '(mayor|president|prime minister|senator|mp|governor|councillor) is (a|an)? (total|complete|absolute)? (crook|idiot|clown|disgrace|joke|liar)',
      '(climate activists|protesters|immigrants|refugees|vegans|feminists|gun nuts|anti-vaxxers) (are|should|want|need)',
      '@me _4 (a|my|our) (church|bible|prayer) (retreat|camp|choir|group)',
      '(religion|christianity|islam|atheism) (causes|is|has)',
      '(may the almighty|the almighty|god almighty)',
      '(election|referendum|vote) go+ (the|our) _1 way',
      '(socialism|capitalism|communism) (never works|always fails|is the problem)',
      '(leaving the eu|brexit|obamacare|trump|biden|the government|this government|the tories|labour|the referendum|the election|the last election|the election result) (was|is|has been) (a|an|the|such a)? @intens? (catastrophe|disaster|mistake|mess|worst|best|best thing|godsend|scam|joke|travesty|stupidest)',
      '(america first|build the wall|fake news|the mainstream media|msm|deep state|climate hoax|climate change is a hoax|abortion is|gun control is|immigration is|immigrants are)',
      '(socialist|communist|fascist|marxist|leftie|lefty|right-wing|left-wing) (nonsense|rubbish|agenda|policies|government|idiots|lunatics|mob)',
      '(taxes|taxation|tax) (are|is) (theft|robbery|a scam)',
      'vote+ (labour|tory|tories|conservative|democrat|democrats|republican|republicans|green|reform|liberal|lib dem|libdem|snp|ukip|maga|blue|red)',
      '(typical|bloody|useless) (@offlimitsparty|woke|left-wing|right-wing|labour|liberal|commie) (%|,)',
      '(destroying|ruining|wrecking|killing|bankrupting) (this|the|our) country',
    ],
  },
  {
    message: 'politics',
    label: LABEL,
    fix: DROP,
    // a party or politician blamed anywhere in the sentence
    patterns: ['(fault|to blame|should be ashamed|with a brain|with any sense|backbone|spine)'],
    requires: ['(@offlimitsparty|@r2judgmentparty|that party|this party|president|prime minister|chancellor)'],
  },
  {
    message: 'religion',
    label: LABEL,
    fix: DROP,
    patterns: [
      // invoking God: "Lord willing", "God never gives us more than we can handle", "glory to God"
      '@offlimitsdeity (willing|bless|blesses|never|always|loves|gives|provides|forbid|help+|grant+|watches|sees)',
      '(glory|praise|grace|mercy|gift) (be)? (to|of|from)? (the)? @offlimitsdeity',
      '((my|our) (pastor|priest|imam|rabbi|vicar|faith|religion|beliefs|saviour|savior)|(my|our) (church|mosque|synagogue|temple|congregation) !(client|clients|customer|customers|sector|work|project|projects)|thoughts and prayers|reason for the season|(such a|a real|what a) blessing !in|(after|before) (church|mass|prayers) !(services|service|hall|meeting|event))',
      '(deo volente|mashallah|alhamdulillah|godspeed|praise be|godless|ungodly|heathens|sinners|bible-believing|god-fearing)',
      // the writer's own practice: praying, blessings, worship
      '(my|our) prayers',
      'a (little|quick|short|silent)? prayer',
      '(am|are|be|will|would|i|we|keep|keeping) _1 (pray|praying)',
      '(pray|praying) (for|that|your|you)',
      '^ praying (the|that|for|you|your|it)',
      '(a|so|truly|feeling|feel|felt|am|are|\\#) blessed',
      '(blessed @time|blessings (to|on|for|from))',
      '(@me|you|everyone|people) _4 (at|to|from) (friday|sunday|evening|morning)? (church|mass|mosque|synagogue|temple|bible study|prayers) !(hall|office|car)',
      '^ (church|mass|prayers|the sermon|bible study|evensong|vespers) (ran|went|was|were|is) (long|over|late|on)',
      'bless (your|his|her|their) (heart|soul|cotton socks)',
      '(god|jesus|the lord|allah|christ) (bless|blesses|be with|willing|is good|loves you|is great|has a plan|will provide|provides|is in control|knows|will sort it|has got this)',
      "((praise|thank|thanks (be)? to|(grateful|thankful) to) (the)? @offlimitsdeity|@offlimitsdeity 's (day|will|plan|house|work|blessing)|(light+|lit) a candle (for|that))",
      '(blessed|#blessed) (be|day|,|!|.)',
      '(in jesus name|amen|inshallah|insha allah|god willing|hallelujah)',
      '(god|the lord|jesus|allah) (rewards|will reward|sees|watches over) (the|you|those)',
      '(may|let) (the lord|god|jesus|allah|the universe) (guide|bless|be with|protect|watch over|keep)',
      '(keep|put) (the)? christ (back)? in christmas',
    ],
  },
];
