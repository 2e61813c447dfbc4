import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Leave it out';

/** Parties, politicians and movements: named as the object of an opinion, not as the client's business. */
const POLITICAL = '(trump|biden|obama|harris|clinton|democrats|democrat|republicans|republican|liberals|libs|conservatives|tories|tory|labour|the left|the right|leftists|right-wingers|socialists|communists|maga|woke|the government|this government|the president|politicians|congress|parliament|brexit|brexiteers|remainers|immigrants|the gop|the dems|feminists|vaccines|vaccine|the election|elections|the new government|the last government|the last lot|this administration|the administration|washington|westminster|the democrats|the republicans)';

/** Religion or politics as opinion. */
export const OFF_LIMITS_FAMILIES: PhraseFamily[] = [
  {
    message: 'politics',
    label: LABEL,
    fix: DROP,
    patterns: [
      POLITICAL + ' (is|are|was|were|has|have|will) (@intens)? (ruining|ruined|destroying|destroyed|wrecked|broken|idiots|morons|a disaster|a joke|corrupt|clowns|evil|crooks|liars|criminals|the worst|the best|killing|wrecking|useless|incompetent|insane|crazy|stupid|to blame|at it again|a nightmare|so bad|a mess|garbage|trash|bankrupting|taking over)',
      '(i|we) (@intens)? (hate|despise|can not stand|love|adore|support|voted for|vote for|blame|loathe) ' + POLITICAL,
      '(vote|voting) (for|against) (trump|biden|harris|the democrats|the republicans|labour|the tories|the conservatives|them|him|her)',
      '(thanks to|blame|because of) ' + POLITICAL + ' (,|everything|prices|inflation|the economy|we|i|this)',
      '(the)? (economy|inflation|prices|taxes) (is|are) (a mess|terrible|out of control|crazy) (thanks to|because of) ',
      '(make america great again|maga|lock her up|let us go brandon|lets go brandon|drain the swamp|stop the steal|defund the police|abolish ice|from the river to the sea|all lives matter|blue lives matter)',
      '(politics|political) (these days|nowadays|is a|are a|in this country)',
      '(this|what a) (country|world) is (going to hell|a mess|going down the drain)',
      '(anyone|people|somebody|anybody) (could|would ever|ever) vote for',
      '(tax|taxes|taxation) (is|are) (basically|literally|just)? (theft|robbery|a scam)',
      "(government|state|council) 's? _3 (red tape|bureaucracy|nanny state|overreach)",
      '(leaving the eu|brexit|the referendum|the election|the last election) (was|is|has been) (a|an|the)? @intens? (catastrophe|disaster|mistake|worst|best|joke|travesty|stupidest)',
      '(pray for us|pray with me|say a prayer|keep us in your prayers)',
      '(any fool|anyone with half a brain|anyone with eyes|anybody with sense|any sane person) (can|could) see',
      '(can not|could not) stand (the|this) (current|new)? (government|president|prime minister|administration|tories|democrats|republicans|labour)',
      '(brexit|obamacare|trump|biden|the government|this government|the tories|labour|the election result) (was|is|has been) (a|an|such a)? @intens? (disaster|mess|catastrophe|joke|travesty|the best thing|a godsend|a scam)',
      '(hope|pray|fingers crossed) (the right|our|my) (person|party|candidate|side|guy) wins',
      'vote (them|him|her|the lot of them) out',
      '(keep|keeping) you (in|in my|in our) (prayers|thoughts and prayers)',
      '(have|wish you) a (blessed|holy) (day|week|weekend|sunday)',
      "(by god 's grace|by the grace of god|god 's will|god 's plan|jesus loves you|god loves you)",
      '(we are|i am) a (christian|muslim|jewish|faith-based|god-fearing|catholic) (business|company|family|person|woman|man)',
      '(america first|build the wall|fake news|the mainstream media|msm|deep state|climate hoax|climate change is a hoax|abortion is|gun control is|immigration is|immigrants are)',
      '(socialist|communist|fascist|marxist|leftie|lefty|right-wing|left-wing) (nonsense|rubbish|agenda|policies|government|idiots|lunatics|mob)',
      '(liberals|conservatives|leftists|the left|the right|woke people|snowflakes|libtards|trumpers|commies|socialists|tories|lefties|righties|the woke mob) (are|have|will|keep|always|never)',
      '(i|we) (am|are|will be|was) (at|in) (church|mass|mosque|synagogue|temple|bible study|prayer meeting|sunday service)',
      '(my|our) (faith|religion|beliefs|pastor|priest|imam|rabbi)',
      '(thank|thanks to|praise) (god|the lord|jesus|allah|heaven) (for|that)',
      '(government|politicians|president|prime minister|congress|parliament|administration|last lot|democrats|republicans|tories|labour) (does not|will not|did not|will|would|is going to|are going to|did)? (ruin|ruins|ruined|wreck|wrecks|destroy|destroys|screw up|mess up|tank|bankrupt) (everything|the country|the economy|it|us|things)',
      '(idiots|morons|clowns|crooks|fools|muppets|lunatics) (in|running) (washington|westminster|congress|parliament|government|the white house|office|charge|downing street)',
      '(idiots|morons|clowns|crooks|fools|muppets|lunatics) (currently)? (running|in charge of|in) (the|this) (country|government|white house|show)',
      '(anyone|people|somebody|anybody|everyone) (voted|would vote|votes) for (that|this|them|him|her)',
      '(voted|vote|voting) for (that|this) (man|woman|guy|clown|idiot|lot|party)',
      '(taxes|taxation|tax) (are|is) (theft|robbery|a scam)',
      '(pure|total|outright|creeping|basically) (socialism|communism|fascism|marxism|tyranny|authoritarianism)',
      "(government|governments|state) 's? _2 (ridiculous|stupid|idiotic|insane|crazy|pointless|useless|draconian|woke|socialist) (new)? (regulations|rules|laws|policies|policy|tax|taxes)",
      'vote (labour|tory|tories|conservative|democrat|democrats|republican|republicans|green|reform|liberal|lib dem|libdem|snp|ukip|maga|blue|red)',
      'do not forget to vote',
    ],
  },
  {
    message: 'religion',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(god|jesus|the lord|allah|christ) (bless|blesses|be with|willing|is good|loves you|is great|has a plan|will provide|provides|is in control|knows|will sort it|has got this)',
      '(praise|thank) (the lord|jesus|god|allah|christ)',
      '(i|we) (will|am|are|have been)? (pray|praying|prayed) (for|about|that|over|on)',
      '(pray|praying) (on|over|about) it',
      '(have you|you should|you need to|you must) (found|accept|accepted|find|let) (jesus|god|christ|the lord)',
      '(my|our) (faith|prayers|church|god|lord|savior|saviour|religion|pastor) (tells|says|teaches|told|has taught|guides|got me|kept me|helped me)',
      '(jesus|god|christ|allah) (is|was) (the answer|the way|my savior|my saviour|coming|watching)',
      '(blessed|#blessed) (be|day|,|!|.)',
      '^ blessed be',
      '(sinners|sinful|heathens|non-believers|atheists) (are|will)',
      '(in jesus name|amen|inshallah|insha allah|god willing|hallelujah)',
      '(you|everyone) (should|must|need to) (go to|attend|join) (church|mass|mosque|temple|synagogue)',
    ],
  },
];
