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
      '(@my (other|teenage|little|elderly|poor)? @personalkin|the (kids|twins|wife|hubby|missus|baby|dog|cat)) @personallink? @personallink? @personallink? @personallink? @personallink? @personallink? (put down|put to sleep|in and out of|stopped working|care home|nursing home|stopped going to school|@personaltrouble|on a break|ran away|run away|lost (his|her|their) (job|house|home|mum|dad|mother|father)|run over|hit by|(moved|moving) out|called off|walked out|intensive care|drinking again|had (a|an) (fall|accident)) !@personalbiz',
      '(after|since|from) (his|her) (stroke|surgery|operation|heart attack|fall|accident|diagnosis)',
      '(had|having) (her|his|my|their) _1 (tonsils|appendix|gallbladder|wisdom teeth|womb) out',
      '@my @personalkin _2 (left|walked out on|broke up with) (me|us)',
      '(@personalkin and (i|me)|with @my @personalkin) _5 (not speaking|not talking|falling out|falling-out|bust-up|spat)',
      '(row|fight|argument|falling out|falling-out|bust-up|spat) with @my @personalkin',
      '(leave|leaving|divorce|divorcing|dumped|dumping|cheated on|cheating on) @my (husband|wife|boyfriend|girlfriend|hubby|spouse|fiance|fiancé|fiancee|partner)',
      '(bereavement|death|loss|emergency|crisis) in the family',
      '(put|putting) (@my|the) (dog|cat|puppy|pet) down',
      '(dog|cat|puppy|kitten|pet) to the _1 vet',
      '@my (landlord|landlady) _5 (us|me)',
      '(horrible|awful|rough|tough|terrible|difficult|hard|stressful) _2 (with|for) (@my|the) @personalkin',
      '(threaten+|trying) to (repossess|evict|foreclose|sue)',
      '(landlord|landlady|neighbours|neighbors) _4 (evict+|threaten+|changed the locks|not fixed|not repaired|partying|harass+)',
      '(@my|the) car (got|was|has been|is)? (towed|stolen|clamped|impounded)',
      '(at|attend+|arrang+|organis+|organiz+|plan+) (a|the|@my) (funeral|wake|memorial) !(home|homes|director|directors|parlour|parlor)',
    ],
  },
  {
    // The writer's own legal family trouble; a lawyer writing about the client's case is not.
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: ['(custody|divorce) (hearing|battle|fight|proceedings|case|lawyer|lawyers|solicitor)'],
    unless: ['(you|your|client|clients|template|page|website|form)'],
  },
  {
    // The writer as subject of a low state: "I'm (really) burnt out", "we've been so stressed".
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(@me (@be|@have been|feel+|@have been feel+|@be feel+) _3|^ (still|feeling|been|so|really|totally|utterly)) @intens? @intens? @personalmood !(the|all|every|our|down|@personalbiz|(with|by|about) _3 (work|clients|projects|deadlines|workload|orders|jobs))',
      '@me (@be|@have been|feel+|@be feel+) @intens? @intens? @intens? (low|down) (and|,|.|today|lately|at the moment|right now|since)',
      '(in|into) (a|such a) @intens? @intens? (dark|bad|low) place',
      '(emotionally|mentally) (wiped|drained|exhausted|spent|fragile|raw|wrecked|shattered|broken|not|done|fried|unwell|struggling|checked out)',
      '@me _3 (at|hit) rock bottom',
      '@me _4 (in (pieces|bits|tatters)|falling apart)',
      '@me _5 (crying|sobbing|in tears|cried)',
      '^ (@me _2)? (had|have|having) (a|another) (bit of a|small|minor|total|complete|proper|full)? (meltdown|breakdown|panic attack|anxiety attack|cry|good cry) !of',
      '(emotional|mental|personal) (strain|toll|turmoil)',
      '(pressure|stress|strain|stuff|things|problems|issues|trouble|going on) at home',
      '@me _2 (not sleeping|barely slept|not slept|can not sleep|could not sleep|did not sleep)',
      '(making|made|makes|left|leaving) me (feel)? @intens? @intens? @personalmood',
      '(running|surviving|functioning) on _3 (sleep|coffee|caffeine|fumes|paracetamol|painkillers)',
      '(worse for wear|head is pounding|(hangover|hangovers) !(cure|cures|remedy|kit|kits|product|products)|recovering from (the|last|a|my) _2 (night|party|drinks|bender|celebrations|surgery|operation))',
      '(seeing|see|saw) (a|my) (counsellor|counselor|therapist|psychiatrist|psychologist|shrink)',
      '(from|with|for) burnout',
      '(@my|the) (therapist|counsellor|counselor|psychiatrist|doctor|gp|physio|consultant) @have? (says|said|thinks|told|has me|wants|advised|put|signed|prescribed|referred)',
      '(appointment|appointments|visit|check-up|surgery|operation|scan|x-ray|tests|treatment) (for|on|about) @my',
      '(struggling|struggle|suffering|time|week|month|year|patch) (emotionally|mentally|personally)',
      '(had|after|since|from|in) (a|the|our|my) (house|flat|home) (fire|flood)',
      '@me _3 lost (almost|nearly)? everything',
      '(worried|terrified|scared|panicking|stressing|not sure) (about)? how @me _3 (pay|afford|cover)',
      '@me _2 (barely|not|hardly) coping',
      '@me @be not (at my best|at my sharpest|myself)',
      '@me _3 (beside myself|at my wits)',
      '(lost|losing|buried|bury|burying|mourning|grieving) @my other? @personalkin !@personalbiz',
      '(it|this) (has been|is|was) @intens? (emotional|heartbreaking|devastating)',
      '(bad|awful|terrible|sad|horrible|devastating) news about @my',
      '(keeping|keep|kept) (my|our) (heads|head) above water',
      '(had|called) the police (round|out|over)',
      '(news|results) from (the|my) (doctor|gp|hospital|consultant|clinic)',
      '@me (@have|@have been|got|had) @intens? @intens? (diagnosed|signed off|sick as a dog)',
      '(throwing|coughing) up',
      '@my (back|neck|knee|hip|shoulder|wrist|ankle|tooth|head|chest|stomach) (has|is|was)? (gone|went|killing|pounding|playing|acting|gave|in agony|in bits|out)',
      '@me _3 on (strong|heavy|some)? (painkillers|antibiotics|steroids|morphine|codeine|medication|meds|antidepressants)',
      '(period|menstrual) (pains|cramps|pain)',
      '(driving|drives|drove) me (mad|crazy|nuts|up the wall|insane|round the bend)',
      '@me _4 (with|had|have|got|caught|from|diagnosed with|need) (a|an|my|the)? _2 @personalillness',
      '@me _4 (in|at) (hospital|a & e|a&e|the er|the emergency room|icu|the icu|the vet|the vets)',
      '(treatment|treated|medication|therapy|counselling|counseling|meds|tablets|pills) for (my)? _1 @personalillness',
      '@me _5 (mentally|emotionally) !(prepared|ready|invested|engaged|committed|noted)',
      '(night|weekend|party) (got|was|went) @intens? (messy|wild|heavy|out of hand)',
      '(too much|too many) (to drink|@personaldrink)',
    ],
  },
  {
    // Money trouble in the writer's own words.
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: [
      '@me @intens? (can|could) not @intens? (afford|pay @my)',
      '@my (bank balance|finances|savings|credit score|credit rating|last few (pounds|quid|dollars|bucks))',
      '(drowning|deep|up to my (eyes|neck)|buried|@me @be|@me @have been) (in|into) (so much|a lot of|serious|loads of|a mountain of|a heap of|a bit of)? (debt|debts|bills)',
      '(rock bottom|struggling|stretched|strapped|tight|struggle|ruined|desperate|in trouble) _2 financially',
      '@me _3 (lose|losing|lost) (the|my|our) (house|home|flat|apartment|savings|job)',
      '((really|badly|desperately) need (the|this)? (money|cash)|need (the|this)? (money|cash) (badly|desperately))',
      '(money|#) @me (do|did) not have',
      '(make|making|cover|covering) (@my|the)? (rent|mortgage|ends meet)',
      '@my (card|credit card|debit card|bank account) _3 (declined|rejected|bounced|frozen)',
      '(until|till|before) payday',
      '(cover|pay|afford|meet) @my (bills|rent|mortgage|debts|loan|loans)',
      '(money|financial|cash) (crisis|worries|troubles|problems|difficulties|hardship)',
    ],
  },
  {
    // Paraphrased private troubles: conditions and treatments, children in trouble, a life "in crisis".
    message: 'health',
    label: LABEL,
    fix: DROP,
    patterns: [],
    unless: ['sorry to hear', '(hope|hoping) (he|she|they|you)'],
  },
  {
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: ['(had|was|have had) a break-in at (home|the house|my flat)'],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(emotional|emotionally) (rollercoaster|roller coaster|wreck)',
      'on my last nerve',
      '(my|our) life is (a|an|such a)? (dumpster fire|mess|shambles|disaster|train wreck|car crash)',
      '(drinking|been drinking) (a bit|way|far|rather)? too much',
    ],
    unless: ['(excited|thrilled|happy|glad|delighted)'],
  },
  {
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: ['kept the lights on'],
  },
  {
    message: 'relationship',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (divorce|breakup|break-up|separation|custody battle|custody|marriage problems|relationship problems)',
    ],
  },
  {
    message: 'health',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(i|we) (have|had|am having|was having|got|need|have to have) (a|an|my|some)? (surgery|colonoscopy|biopsy|smear|mammogram|root canal|mri|chemo|diarrhea|diarrhoea|rash|cramps|hemorrhoids|infection|uti|migraine|panic attack|miscarriage|hangover|kidney stone|hernia)',
    ],
  },
  {
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(money|cash|finances|things financially) (is|are|has been|have been|will be|is going to be) @intens? (tight|tough|a problem|a struggle|short)',
      '(behind|struggling) (on|with) (my|our) (credit card|credit-card|rent|bills|payments|mortgage|loan|card) (payments|bills)?',
      '(bailiffs|debt collectors|repo men|repossession|eviction notice|payday loan|(@my|the) overdraft !(fee|fees|charge|charges|rate|limit))',
    ],
  },
  {
    message: 'hangover',
    label: LABEL,
    fix: DROP,
    patterns: ['(one|a few|a couple) too many'],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (overdraft|debts|payday loan|eviction|probation|parole|sobriety|addiction|drinking problem|ivf|miscarriage|biopsy|diagnosis|meds|medication|grief|bereavement|breakup|break-up|hangover|ex-husband|ex-wife|ex|mental health|anxiety|depression|insomnia|migraines|chronic pain|back pain|ibs|endometriosis|menopause|hot flushes|hot flashes)',
      '(going through|in the middle of|recovering from|getting over|after|since) (a|my|the)? @intens? @intens? (nasty|messy|bad|painful|horrible|awful|difficult|tough)? (breakup|break-up|divorce|split|separation|custody battle)',
      '(going through|dealing with|in) (a lot|some stuff|some personal stuff|personal stuff|a lot personally|(a|some) @intens? @intens? (rough|tough|hard|difficult|bad|awful|horrible|dark|challenging) (time|patch|period|few weeks|few months|year|place))',
      '(antidepressants|anti-depressants|prozac|xanax|sertraline|zoloft|lexapro|valium)',
      '(making|made|makes) (my|our) life (miserable|hell|a misery|a nightmare|difficult)',
      '(anxiety|panic) (attack|attacks)',
    ],
    unless: ['(excited|thrilled|happy|glad|delighted)'],
  },
  {
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(family|personal|domestic) (drama|problems|issues|trouble|crisis|emergency|chaos|tragedy|loss|bereavement)',
    ],
  },
  {
    message: 'health',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(kidney stones|food poisoning|dental abscess|abscess|shingles|ibs|adhd|chronic fatigue|self-harming|self harming|stomach bug|migraines|my meds|my medication|the doctor thinks|in and out of hospital)',
      '(ivf|fertility) (appointments|treatment|cycle)',
    ],
    unless: ['(your|their) (patients|clinic|practice|hospital)'],
  },
  {
    message: 'hangover',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(hungover|hung over|bender|hen do|stag do|hen party|stag party|out till (1|2|3|4|5|two|three|four|five)|slept through my alarm|(second|third|fourth) (glass|bottle|pint))',
    ],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(how|so|very|really|feel|feeling|felt|@be|get|gets) lonely',
      '(tired|sick) of (everything|it all|life)',
      '(insecure about|on the verge of tears|fed up with life|sorry for myself|dark patch|terrible mood|foul mood|bad mood|keeping me sane|@me _3 all over the place|did not sleep a wink|have not slept|barely slept|scared (i am|i will|i am going to) lose|going to lose my business|my personal life)',
    ],
    unless: [
      '(your|their) mood',
      '(your|the) (spelling|grammar|branding|draft|copy|deck|site|website|logo|layout|design|menu|brochure)',
    ],
  },
  {
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: ['(carer quit|argument with my|row with my|fight with my|marriage (falls|is falling|fell) apart)'],
    unless: ['(your|their) (funeral|wedding|event)', 'sorry for your loss'],
  },
  {
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: ['(borrow|borrowed|borrowing) (money|from @my)'],
  },
];

/** The client's own troubles, met with empathy, are not the writer oversharing. */
const CLIENT_SIDE = [
  '(you|your) (mentioned|said|told me|shared|let me know)',
  'sorry to hear',
  '(hope|hoping) (you|your)',
  '(understand|know|realise|realize|imagine) _4 (for|that)? (you|your)',
  '(your|their) (@personalkin|team|staff|colleague|office|receptionist|manager)',
];
for (const family of PERSONAL_FAMILIES) family.unless = (family.unless || []).concat(CLIENT_SIDE);
