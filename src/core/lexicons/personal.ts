import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Leave out the personal details';

/** Personal problems a client should never hear about. */
export const PERSONAL_FAMILIES: PhraseFamily[] = [
  {
    // The writer's own relative, partner or pet, and what went wrong for them.
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: [
      "(@my (other|teenage|little|elderly|poor)? @personalkin (('s|and) @personalkin)?|@my little one|^ @personalkin|the (kids|twins|wife|hubby|missus|baby|dog|cat)) @personallink? @personallink? @personallink? @personallink? @personallink? @personallink? (put down|put to sleep|@personalillness|went under|in and out of|stopped working|care home|nursing home|stopped going to school|@personaltrouble|on a break|ran away|run away|ran off|lost (his|her|their) (job|house|home|mum|dad|mother|father)|run over|hit by|a (&|and) e|(moved|moving) out|called off|walked out|intensive care|drinking again|in trouble|not (speaking|talking) to (me|us)|(a|an|another|nasty|bad) (fall|accident)|(gone|went|moved) into (a|care|the) (home|hospice)) !@personalbiz",
      '(had|having|get|getting) (a|her|his|my|their) _1 (tonsils|appendix|gallbladder|wisdom teeth|womb|mole|cyst) (out|removed)',
      '@my @personalkin _2 (left|walked out on|broke up with) (me|us)',
      '(@personalkin and (i|me)|(with|between) (me and)? @my other? @personalkin) _5 ((not|barely|hardly) (speaking|talking)|falling out|falling-out|bust-up|spat|separate ways|row|rows|rowing|fight|fighting|arguing|@r3personalrough|rocky|on the rocks|south|downhill|pear-shaped)',
      '(bereavement|death|loss|emergency|crisis) in the family',
      '(@my|the|^) little? (@personalkin|twins|brother-in-law|sister-in-law) !(at|from|the) _5 _5 (@r3personaltrouble|@personalillness|@r4personalill|stroke|diagnosis|hospice|intensive care|psychiatric) !@personalbiz',
      '(@my|the) @personalkin _4 (never|not|barely|hardly) (lift|lifts|lifted|help|helps|helped|pull|pulls|pulled) (a finger|(his|her|their) weight|out|around)',
      '(up|awake) (all|half) (night|the night) with (the|@my) _1 @personalkin',
      '(family|personal|domestic) (drama|problems|issues|trouble|crisis|emergency|chaos|tragedy|loss|bereavement)',
      '(put|putting) (@my|the) (dog|cat|puppy|pet) down',
      '(@r3personalrough|tense|rocky) _2 (with|for|between) (me and)? (@my|the) @personalkin',
      '(landlord|landlady|neighbours|neighbors) _4 (evict+|kick+|threaten+|repossess+|changed the locks|not fixed|not repaired|partying|harass+)',
      '(at|to|attend+|arrang+|organis+|organiz+|plan+) (a|the|@my) family? (funeral|wake|memorial) !(home|homes|director|directors|parlour|parlor)',
    ],
  },
  {
    // The writer as subject of a low state: "I'm (really) burnt out", "we've been so stressed".
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(@me (@be|@have been|feel+|@have been feel+|@be feel+) _3|^ (still|feeling|been|was|so|really|totally|utterly|bit|a bit)) @intens? @intens? (@personalmood|@r4personalmood) !(the|all|every|our|down|up|your|around|for you|@personalbiz|(with|by|about) _3 (work|clients|projects|deadlines|workload|orders|jobs))',
      '@me (@be|@have been|feel+|@be feel+|@have been feel+) @intens? @intens? @intens? (low|down) (i|and|,|.|today|lately|at the moment|right now|since)',
      '((in|into) (a|such a|a bit of a) @intens? @intens? ((dark|bad|low|foul|terrible) (place|headspace|mood)|funk|daze)|not in a (good|great) place)',
      '((emotional|mental|personal) (strain|toll|turmoil|rollercoaster)|(emotionally|mentally) (@personalmood|wiped|spent|raw|wrecked|not|done|fried|unwell|struggling))',
      '@me _4 ((heart|medical|chronic|lung|kidney|liver) condition|not (at my best|at my sharpest|myself)|(crying|cried) !(with|laughing)|sobbing|in tears|welling up|(in|at) (hospital|a (&|and) e|the er|the emergency room|icu|the icu|the vet|the vets)|(with|had|have|got|caught|from|diagnosed with|need|over|of|fighting) (a|an|my|the)? _3 (@personalillness|@r3personalill|@r4personalill) !(jab*|vaccin*|shot|shots)|(got|been|was) (dumped|cheated on|ghosted) !(by (the|a|our|your))|diagnosed|signed off !(on|the|this|that|it|your|our)|sick as a dog|on bed rest|(had|took) a (bad|nasty)? fall !(in|of)|(getting|got|been|being) (laid off|made redundant|fired !up|sacked)|(no one|nobody|anyone) to talk to !at|(can|could|did) not sleep|(barely|not|hardly|can not|could not) (coping|get out of bed|holding it together)|in (a|such a) (proper|right|real|terrible|total|bit of a)? state !of|in a bad way|beside myself|at my wits|(at|hit) rock bottom|in (pieces|bits|tatters)|falling apart)',
      '^ (@me _2)? (had|have|having) (a|another) (bit of a|small|minor|total|complete|proper|full)? (meltdown|breakdown|cry|good cry) !of',
      '(pressure|stress|strain|stuff|things|problems|issues|trouble|going on|atmosphere|@r3personalrough) (time)? at home',
      '(making|made|makes|left|leaving) me (feel)? @intens? @intens? @personalmood',
      '(running|surviving|functioning) on _3 (sleep|coffee|caffeine|fumes|paracetamol|painkillers)',
      '(worse for wear|(hangover|hangovers) !(cure*|remed*|kit*|product*)|recovering from (the|last|a|my)? _2 (night|party|drinks|bender|celebrations|surgery|operation|op|@personalillness))',
      '(seeing|see|saw|my) (a|my)? (counsellor|counselor|therapist|psychiatrist|psychologist|shrink)',
      '(marriage|couples) (counselling|counseling|therapy|counsellor|counselor)',
      '(on crutches|in a sling|black and blue|(the|got) (shakes|sweats)|(tore|torn|tearing|broke|broken|sprained|fractured) (a|my) _1 (ligament|tendon|wrist|ankle|arm|leg|rib|toe|finger))',
      '(my (doc|ob|specialist|physio|consultant)|(my|the) (doctor|gp|midwife)) @have? (says|said|upped|thinks|reckons|told|has me|wants|advised|put|signed|prescribed|referred|suggested)',
      '(appointment|appointments|visit|check-up|surgery|operation|op|scan|x-ray|tests|treatment) (for|on|about) @my',
      '(struggling|struggle|suffering|patch|wobble|dip|time) (emotionally|mentally|personally)',
      '(a|the|our|my) (house|flat|home) (fire|flood|flooded|(is|was|has been) @intens? @intens? (chaos|hell|a nightmare|mayhem|repossessed))',
      '(move|moved|moving) (back in with|back home to|in with) @my (parents|mum|mom|dad|in-laws)',
      '(lost|losing|buried|burying|mourning|grieving) @my other? @personalkin !@personalbiz',
      '((throwing|coughing) up|(not|barely|hardly) (slept|sleeping) !on)',
      '(laid up|(came|come|coming|struck) down|bedridden|floored) (with|by)',
      '((bout|bouts|case|dose|touch|flare-up|flare|attack) of|^ (had|having|got|caught|nursing|fighting|battling)) (a|an|the|my)? @intens? @intens? (@personalillness|@r3personalill|@r4personalill)',
      '@my (back|neck|knee|hip|shoulder|wrist|ankle|tooth|head|chest|stomach) (has|is|was)? (gone|went|killing|pounding|playing|acting|gave|in agony|in bits|in a brace|in plaster|in a cast|broken|sprained|fractured|out)',
      '(@me _3|been|dosed up) on (strong|heavy|some)? (painkillers|antibiotics|steroids|morphine|codeine|medication|meds|tablets|antidepressants)',
      '((days|weeks|months|years|newly) sober|off the (booze|drink)|aa meeting|(pack|packing) it all in|(feel|felt|feeling) like (giving up|crying|screaming))',
      '(treatment|treated|medication|therapy|counselling|counseling|meds|tablets|pills) for (my)? _1 @personalillness',
      '@me _5 (mentally|emotionally) !(prepared|ready|invested|engaged|committed|noted)',
    ],
  },
  {
    // Money trouble in the writer's own words.
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: [
      '@me @intens? (can|could) not @intens? (afford !(to !(pay|buy|keep|fix)|the time)|pay @my)',
      '@me _3 (struggling|struggle) to (pay|afford)',
      '@my (bank balance|finances|savings|credit score|credit rating|last few (pounds|quid|dollars|bucks)) !@personalbiz',
      '(drowning|deep|up to my (eyes|neck)|buried|@me @be|@me @have been) (in|into) (so much|a lot of|serious|loads of|a bit of)? (debt|debts|bills)',
      '(rock bottom|struggling|stretched|strapped|tight|struggle|ruined|desperate|in trouble) _2 financially',
      '@me _6 (lose|losing|lost) (the|my|our) (house|home|flat|apartment|savings|job) !to',
      '((really|badly|desperately) need (the|this)? (money|cash)|need (the|this)? (money|cash|work|job|payment) (badly|desperately|to (pay|cover|make|keep)))',
      '(make|making|cover|covering) (@my|the)? (rent|mortgage|ends meet)',
      '@my (card|credit card|debit card|bank account) _3 (declined|rejected|bounced|frozen|maxed) !(on your)',
      '((until|till|before) payday|scraping by|counting (every|the) (penny|pennies|pound|cent))',
      '(had to|forced to|having to) (take out (a|another)? _1 loan|borrow money|sell (the|@my) (house|home|car))',
      '(money|cash|finances|things financially) (@be|has been|have been|will be) @intens? (a|a bit of a)? (nightmare|disaster|dire|tight|tough|problem|struggle|short|worry) !(for !(us|me))',
      '(behind|struggling) (on|with) (my|our|the) _2 (rent !review|bills|phone bill|mortgage|loan|loans|card|council tax)',
      '(bailiffs|debt collectors|repo men|payday loan|maxed out _2 (cards|overdraft)|living (off|on) (the|my)? (credit card|overdraft)|(@my|the) overdraft !(fee*|charge*|rate|limit|facility))',
      '(money|financial|cash|gambling) (crisis|worries|troubles|problems|difficulties|hardship|hole|mess|debt|debts)',
    ],
  },
  {
    message: 'relationship',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (divorce|breakup|break-up|separation|custody|(marriage|relationship) problems)',
      // The writer's own legal family trouble; a lawyer writing about the client's case is not.
      '(custody|divorce) (hearing|battle|fight|proceedings|case|lawyer|lawyers|solicitor|paperwork|papers|settlement|mediation)',
    ],
    unless: ['(you|your|client|clients|template|page|website|form)'],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '((about|for|with) @my heart|@my (thyroid|kidneys|liver|lungs|bowel|prostate|hormones|nerves)|@my _3 (flared|flaring))',
      '(my|our) (pregnancy|blood pressure|blood sugar|insulin|debts|eviction|sobriety|addiction|menopause|drinking problem|ivf|miscarriage|biopsy|diagnosis|meds|medication|grief|bereavement|hangover|ex-husband|ex-wife|ex|mental health|mental state|state of mind|anxiety|depression|insomnia|migraines|chronic pain|back pain|ibs|endometriosis) !(@personalbiz|support|policy)',
      '(going through|in the middle of|recovering from|getting over|after|since) (a|my|the)? @intens? @intens? (nasty|messy|bad|painful|horrible|awful|difficult|tough)? (breakup|break-up|divorce|split|separation|custody battle|miscarriage)',
      '(going through|dealing with|in) (a lot|some stuff|some personal stuff|personal stuff|a lot personally|(a|some) @intens? @intens? (@r3personalrough|bad|dark|challenging) (time|patch|period|few weeks|few months|year|place))',
      '(making|made|makes) (my|our) life (miserable|hell|a misery|a nightmare|difficult)',
      '(anxiety|panic) (attack|attacks|through the roof)',
    ],
    unless: ['(excited|thrilled|happy|glad|delighted)'],
  },
  {
    message: 'health',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(kidney stones|food poisoning|abscess|chronic fatigue|self-harming|self harming|stomach bug|morning sickness|brain fog|period pains|chest pains|biopsy results|hip replacement)',
      '((ivf|fertility) (appointments|treatment|cycle|jabs|injections)|trying for a baby|(through|of|doing|started|at the) (ivf|fertility clinic))',
    ],
    unless: ['(your|their) (patients|clinic|practice|hospital)'],
  },
  {
    message: 'hangover',
    label: LABEL,
    fix: DROP,
    patterns: [
      '((one|a few|a couple) too many|too (much to drink|many @personaldrink)|(drinking|drank) _2 too much)',
      '(@be|feeling|still|a) @intens? (wrecked|rough|ropey|fragile|delicate|hanging|pounding|fuzzy head|sore head) _2 after _3 (40th|30th|50th|21st|birthday|do|party|drinks|wedding|stag|hen|leaving)',
      '(hungover|hung over|bender|three sheets|on the wagon|hitting the (bottle|booze|wine)|down in the dumps|(hen|stag) (do|party|weekend|night)|(pub|drinking|boozy) session|session (at|in|down) the _1 (pub|bar|club)|drown (my|our) sorrows|(last night|the weekend) _1 (got|was|went) @intens? (messy|out of hand|wild|heavy)|off my face|out till (1|2|3|4|5|two|three|four|five))',
    ],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '((tired|sick|fed up) (of|with) (everything|it all|life)|on the verge of tears|sorry for myself|going to lose my business|my personal life)',
      '(@me (@be|@have been|feel+)|@my head is) _2 all over the place',
    ],
  },
  {
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: ['marriage (is|has)? _1 (over|ended|ending|falls apart|falling apart|fell apart)'],
    unless: ['(your|their) (funeral|wedding|event)', 'sorry for your loss'],
  },
];

/** The client's own troubles, met with empathy, are not the writer oversharing. */
const CLIENT_SIDE = [
  '(you|your) (mentioned|said|told me|shared|let me know)',
  'sorry to hear',
  '(hope|hoping) (you|your)',
  '(hope|hoping) (that)? (the|all|everyone|everybody) _4 (passed|better|over|mend|recovered|recovering|improving|well|ok|okay)',
  '(understand|know|realise|realize|imagine) _4 (for|that)? (you|your)',
  '(your|their) (@personalkin|team|staff|colleague|office|receptionist|manager)',
  '(hard|tough|difficult|rough|awful) (for|on) you',
];
for (const family of PERSONAL_FAMILIES) family.unless = (family.unless || []).concat(CLIENT_SIDE);
