import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Leave it out';
const POL =
  '(@offlimitsparty|@r2judgmentparty|@r3judgmentparty|politician|administration|brussels|incumbent|opposition|president|starmer|sunak|governor|senator|pope)';

/** Religion or politics as opinion. */
export const OFF_LIMITS_FAMILIES: PhraseFamily[] = [
  {
    message: 'politics',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(lefties|leftie|lefty|libtards|snowflakes|trumpers|commies|remoaners|do-gooders|zealots)',
      '(vote+|boot+) (them|him|her|the lot|these|those|this|that) _2 out',
      '(socialism|communism|marxism|fascism)',
      'vote+ (for|against) _4 (' +
        POL +
        '|labour|green|them|him|her|lot|parties|that party|those clowns|that man|that woman|that guy|this clown|that clown|this idiot|anyone (other than|but))',
      '(voters|electorate|whoever vote+|(anyone|people) who (still)? (vote+|support+|back+)) _4 (deserve+|should|need+ to|see+ (sense|through)|come+ to (their|its) senses|wake+ up|learn+|regret+|get+ what)',
      "((@me|whole team|everyone here) _2 (back+|support+|endors+|vot+ for|elect+|re-elect+) (our|my|the|that)? _2|(back+|support+|endors+|vot+ for|elect+|re-elect+) (our|my)) (candidate|candidates|party|parties|nominee|incumbent|independent|independents|man|woman|guy) !'s",
      '(as a|i am a|we are a|i am an|as an|i am) %? (faith-based|labour|conservative|liberal|socialist|patriot|leftie|remainer|leaver|brexiteer|democrat|republican|libertarian|tory|christian|churchgoer|muslim|catholic|jew|jewish|hindu|sikh|buddhist|atheist) (,|.|so|and|but|i|we|myself|family|company|business|firm|household|through|voter|supporter)',
      '(the way|the state of|the direction) (this|the) (country|government|world|nation|administration) (is)? (going|heading|taking)?',
      '(me started on|(typical|bloody|useless) ' + POL + ') (the)? (' + POL + '|politics|,|.|!|-|%)',
      '(' + POL + '|lot) (in charge|in power|in office|running the show)',
      '(march+|protest+|rally|rallying|petition+|lobby+|picket+|canvass+) (against|for|outside|in support of) (the)? _2 (bill|law|policy|cuts|war|reform|ban|tax|' +
        POL +
        '|palestine|israel|ukraine|gaza|climate|immigration|abortion)',
      '((blame|thanks|thanks to|cheers to|thank|courtesy of|gift from) (the|this|our)? (' +
        POL +
        '|labour) (,|.|!|-|and their)|unlike (the|our|this)? ' +
        POL +
        ')',
      '(do not|never|no longer|stopped|gave up) (bother)? voting',
      '(election|referendum|vote) go+ (the|our) _1 way',
      "((appreciate|count on) your vote|vote for me|(encourage|urge) you to (do the same|donate|vote|back)|sign+ (the|our|a|this) petition|('s|his|her|their) politics|(christian|biblical|islamic|catholic|godly) values|(do not|never|can not|will not) work (on|during|over) (the)? (sabbath|shabbat|festival|sundays|holy)|political , but|to get political|gun control is|immigration is|tax grab|virtue signal+)",
      '(socialist|communist|fascist|marxist|leftie|lefty|woke|leftist|liberal|right-wing|left-wing|far-right|far-left|climate|green|eco) (nonsense|rubbish|agenda|policies|government|idiots|lunatics|mob|brigade|lot|politicians|crowd|lobby|media|press)',
      'vote+ (yes|no|labour|tory|tories|conservative|democrat|democrats|republican|republicans|green|reform|liberal|lib dem|libdem|snp|ukip|maga|blue|red)',
    ],
  },
  {
    message: 'politics',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(@offlimitsbad|hate|despise|loathe|can not stand|clueless|dinosaurs|waste+|kicking|head (read|examined)|(do not|never|can not|would not) trust|strike+ again|wipe+ out|let _3 back|if you ask me|in my (view|opinion)|between (you and me|ourselves|us)|(never|do not|does not) care+|if only|thanks a lot|nice one|have us all|is (a|an)? (con|scam|hoax)|what you get (when|for)|fault|to blame|ashamed|sacked|fired|locked up|geniuses|robbery|theft|madness|bonkers|out of touch|with a brain|with any sense|backbone|spine|better off|worse off|doomed|lazy|greedy|crook|liar|criminals|crazy|garbage|trash|at it again|taking over|ruin+|wreck+|destroy+|kill+|gut+|bankrupt+|cripple+|sabotag+|screw+ up|mess+ up|rob+|tax+ _3 (away|death)|rigged|stolen|(great|good|terrible) job|could not (run|organise)|(sold|sell|sells|selling) _2 off|lock+ up|can not do (its|their) job|as usual|best thing|courtesy of|gift from|say what you (will|like|want)|me started|heaven help|god help|thank (god|heavens|goodness)|kudos|about time|politics for you|loses|hypocrites|arrested|(be|is|are) gone|(get|gets|got|back) in|(clear+|clean+|voted|kicked|booted) out|(was|were|is|are|got it) _1 (right|wrong|spot on))',
    ],
    requires: [
      '(' +
        POL +
        "|the (left|right) (has|have|is|are|was|were|will|,|.)|(running|in charge of) (the|this) country|capitol hill|downing street|the white house|the far left|the far right|(this|that|the other|the new|the last|the current) lot|religion|the economy|council leader|immigration|net-zero|climate change|prime minister|chancellor|the pm|politics|whoever wins|protesters|activists|both parties|city hall|leave the eu|socialism|capitalism|(won|lost) the election|the election (result|results|was|is|'s)|the referendum|taxes|taxation)",
    ],
    unless: [POL + " (\\'s)? (portal|website|site|form|office|helpline|system|department|team|staff|grant|scheme)"],
  },
  {
    message: 'religion',
    label: LABEL,
    fix: DROP,
    unless: ['(your|their) (wedding|christening|funeral|baptism)'],
    patterns: [
      '@offlimitsdeity @intens? (willing|forgive|guide+|send+|smil+|bless|blesses|be with|never|always|loves|gives|provides|will provide|forbid|help+|grant+|watches|sees|rewards|will reward|(is|has been|was) (the)? (good|great|greatest|kind|faithful|gracious|answer|way)|has a plan|is in control|will sort|has got)',
      '(glory|praise|grace|mercy|gift) (be)? (to|of|from)? (the)? @offlimitsdeity',
      '((my|our) (pastor|priest|imam|rabbi|vicar|faith|religion|beliefs|saviour|savior)|(my|our) (church|mosque|synagogue|temple|congregation) !(client|clients|customer|customers|sector|work|project|projects)|thoughts and prayers|reason for the season|(such a|a real|what a) blessing !in)',
      '(solidarity|(nationalise|nationalize|defund) the|observe+ (lent|ramadan|shabbat|the sabbath|passover)|pro-life|pro-choice|anti-abortion|tithe+|(during|after|before|through) the sermon|deo volente|mashallah|alhamdulillah|godspeed|praise be|godless|bible-believing|devout)',
      '((my|our) prayers|prayers (your way|to you|for you|with you))',
      'a (little|quick|short|silent)? prayer',
      'pray+ !(tell|mantis|hands)',
      '(a|so|truly|feeling|feel|felt|am|are|\\#) blessed',
      '(blessed @time|blessings (to|on|for|from)|(blessed|#blessed) (be|day|,|!|.))',
      "(at|in|to|from|for|after|before|skip+|miss+) (friday|sunday|saturday|evening|morning|midnight)? (church|mosque|synagogue|temple|shul|prayers|worship|evensong|bible study) !(hall|halls|office|car|roof|project|website|site|accounts|newsletter|committee|service|services|'s|leaflets|flyers|signage|event|fete|fair)",
      '(at|to|after|before|during) (sunday|evening|morning|midnight)? mass !(scale|market|production|produce|email|emails|mail|mailing|mailout)',
      '^ (church|mass|prayers|the sermon|bible study|evensong|vespers) (ran|went|was|were|is) (long|over|late|on)',
      '(holy|blessed) _3 (lent|ramadan|passover|easter|eid|diwali|sabbath|season)',
      "((praise|thank|trust in|thanks (be)? to|(grateful|thankful) to) (the lord|jesus|allah|christ|the almighty)|(god|jesus|allah|christ|the lord|the almighty) ('s|is) (day|will|plan|house|work|blessing|timing|grace|hands|love|way|help|word|glory|mercy)|(light+|lit) a candle (for|that))",
      '(in jesus name|christ in christmas|(we|i) (are|am) fasting|man upstairs|say+ grace|(youth|church|christian) fellowship|(scripture|the bible) (says|teaches|tells)|amen|inshallah|insha allah|god willing|hallelujah|the good lord|peace be upon|(the|god) almighty)',
      '(my|our|a) (church|bible|prayer) (retreat|camp|choir|group|circle|study|meeting|chain)',
      '(a|an|your|our|the|truly) christ-*',
      '(offline|away|off|out|closed|shut|attend+|go+ to|skip+|miss+) _2 (the)? (good friday|easter|christmas|eid|diwali|sunday|midnight) (service|services|mass|prayers|worship)',
    ],
  },
];
