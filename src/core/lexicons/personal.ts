import type { PhraseFamily } from '../rule';

const DROP: PhraseFamily['fix'] = { kind: 'drop', fallback: '' };
const LABEL = 'Leave out the personal details';

/** Personal problems a client should never hear about. */
export const PERSONAL_FAMILIES: PhraseFamily[] = [
  {
    message: 'relationship',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancé|fiancee|spouse|hubby|marriage|relationship) (and i|and me)? (has|have|had|is|are|was|were|just)? (been)? @intens? (left|cheating|cheated|divorcing|divorced|fighting|arguing|never|not|splitting|split|breaking|broke|leaving|moved out|walked out|kicked|yelling|screaming|drinking|drunk|lazy|useless|falling apart|on the rocks|in trouble|over|a nightmare|driving me)',
      '(i|we) (am|are|was|were|have been|had been) (going through|in the middle of|dealing with|getting) (a|my|our|the)? (divorce|breakup|break-up|separation|custody)',
      '(my|our) (divorce|breakup|break-up|separation|custody battle|custody|marriage problems|relationship problems)',
      '(i|we) (had|have had|got into) (a|another|this|such a)? (huge|big|massive|terrible|awful|bad|nasty)? (fight|argument|row|spat|blowup|falling out) (with)? (my|our)?',
      '(i|we) (just)? (broke up|split up|separated|got divorced|got dumped)',
    ],
  },
  {
    message: 'health',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (back|stomach|period|ibs|migraines|migraine|surgery|operation|diagnosis|biopsy|colonoscopy|chemo|therapy|therapist|psychiatrist|meds|medication|blood pressure|cramps|diarrhea|diarrhoea|rash|hemorrhoids|haemorrhoids|test results|scan|prostate|cancer|tumor|tumour|pregnancy|miscarriage|infection|gout|hernia|kidney stones|bowel|bladder|uti)',
      '(i|we) (have|had|am having|was having|got|need|have to have) (a|an|my|some)? (surgery|operation|colonoscopy|biopsy|smear|mammogram|root canal|procedure|scan|mri|chemo|diarrhea|diarrhoea|rash|cramps|hemorrhoids|infection|uti|migraine|panic attack|breakdown|miscarriage|period|hangover|kidney stone|hernia)',
      '(i|we) (am|was|have been|got) (diagnosed|pregnant|throwing up|vomiting|on antibiotics|on medication|on meds|in therapy|bleeding|constipated)',
      '(i|we) (am|was|have been) @intens? (on my period|on the toilet|in so much pain|in a lot of pain|in pain)',
      '(going through|doing|started|starting) (ivf|chemo|chemotherapy|radiotherapy|fertility treatment|rehab|therapy|menopause|the menopause)',
      '(the|my) (hormones|meds|medication|antidepressants|painkillers) (are|is|have been) (making|messing|killing)',
    ],
    unless: ['(your|you) _3', 'sorry to hear'],
  },
  {
    message: 'money',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(i|we) (can not|could not|cannot) (afford|pay|make) (my|our|the)? (rent|bills|mortgage|car payment|payments|ends meet)',
      '(i|we) (am|are|was|were|have been) @intens? (broke|skint|in debt|behind on (rent|bills|payments)|short on (cash|money)|strapped for cash|struggling (financially|with money|to pay))',
      '(money|cash|finances|things financially) (is|are|has been|have been) @intens? (tight|tough|a problem|a struggle|short)',
      '(my|our) (rent|bills|mortgage|debts|debt|credit card|loan) (is|are|was|were)? (overdue|due|late|piling up|killing|a problem)',
      '(i|we) (need|really need) (the|this)? (money|payment|cash) (to pay|for) (my|our|the)? (rent|bills|mortgage)',
      '(tight|tough|hard|difficult) (for|on) (me|us) (financially|money-wise|at the moment|right now)',
      '(things|money|cash) (are|is|have been|has been) @intens? @intens? (tight|tough|hard|difficult) (for me|for us)? financially',
      '(behind|struggling) (on|with) (my|our) (credit card|credit-card|rent|bills|payments|mortgage|loan|card) (payments|bills)?',
      '(bailiffs|debt collectors|repo men|repossession|eviction notice|payday loan|overdraft)',
    ],
  },
  {
    message: 'hangover',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(i|we) (am|was|were|are|have been|woke up) @intens? (hungover|hung over|drunk|wasted|tipsy|still drunk)',
      '(a|my|this|the|such a|terrible|massive|killer|brutal) (hangover|hangovers)',
      '(too|way too) (many|much) (drinks|to drink|wine|beer|beers|shots)',
      '(big|long|late|heavy|wild|crazy) night (out|last night)',
      '(i|we) (went|were) (out)? (drinking|partying|clubbing)',
      '(one|a few|a couple) too many (glasses|drinks|pints|beers|wines|shots|cocktails|proseccos)?',
      'out late (celebrating|partying|drinking|at the pub|at a party)',
      '(glasses|bottles) of (wine|prosecco|champagne) (last night|yesterday)',
    ],
  },
  {
    message: 'emotional',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(i|we) (am|are|was|were|have been|feel|felt|am feeling|have been feeling) @intens? @intens? (depressed|anxious|miserable|stressed|stressed out|burnt out|burned out|exhausted|drained|falling apart|a mess|a wreck|a total wreck|in a dark place|at my wits end|at the end of my rope|at my limit|overwhelmed emotionally|heartbroken|devastated|so tired|emotional|crying|in tears|losing my mind|going crazy|not okay|not ok|lonely|down in the dumps|struggling mentally|burning out)',
      '(my|our) (mental health|anxiety|depression|nerves|stress levels)',
      '(i|we) (have|had) (a|an)? (anxiety|panic) (attack|attacks)',
      '(i|we) (cried|have been crying|was crying|could not stop crying|can not stop crying|barely slept|have not slept|did not sleep|can not sleep)',
      '(i|we) (hate|can not stand|cannot stand) (my|our) (life|job|boss)',
      '(making|made|makes) (my|our) life (miserable|hell|a misery|a nightmare|difficult)',
      '(making|made|makes|leaving|left) me (a wreck|a mess|miserable|crazy|ill|sick|exhausted|emotional|so tired|in tears|anxious)',
      '(i|we) (feel|felt|am feeling|have been feeling|was feeling) @intens? @intens? (low|down|awful|rubbish|terrible|horrible|crap|like crap|like death|out of sorts|not myself|fragile)',
      '(i|we) (am|was|have been) @intens? @intens? (low|down|out of sorts|not myself|fragile|not in a good place|in a bad place) (today|this week|at the moment|lately|right now|recently|.|,)',
      '(anxiety|panic) (attack|attacks)',
      '(running|surviving|living) on (coffee|caffeine|fumes|paracetamol|painkillers|no sleep|little sleep|about|only|barely|red bull|energy drinks)',
      '(struggling|dealing|coping) with (my|our) (anxiety|depression|mental health|grief|stress|demons|ocd|adhd)',
      '(my|our) (boss|manager|day job) (is|has been|was) (making|driving|a nightmare|awful|horrible|a bully)',
      '(just)? between (us|you and me) ,',
      '(it has been|it is|it was|things are|things have been) (a|an)? @intens? (nightmare|hell|chaos|total chaos|hard|tough|rough|difficult) (at home|for me|for us|with the family)',
    ],
    unless: ['(excited|thrilled|happy|glad|delighted)'],
  },
  {
    message: 'family',
    label: LABEL,
    fix: DROP,
    patterns: [
      '(my|our) (@family) (is|are|was|were|has been|have been|just)? (going through|in hospital|in the hospital|having a breakdown|in rehab|in jail|in prison|arrested|drinking again|driving me crazy|driving me nuts|acting up|being a nightmare|fighting|passed away|died|dying|in hospice|getting divorced|moving out|kicked me out|kicked us out|evicted)',
      '(family|personal|domestic) (drama|problems|issues|trouble|crisis|emergency|chaos)',
      '(my|our) (landlord|neighbour|neighbor|neighbours|neighbors) (is|are|has|have) (been)? (evicting|a nightmare|harassing|kicking)',
      '(i|we) (am|are|was|were|are being|have been) (being)? (evicted|kicked out)',
      '(my|our) @family (has|is|got|was|have|are)? (been)? (in and out of hospital|in rehab|in prison|in jail|suspended|expelled|arrested|excluded|in trouble|going off the rails|drinking again|using again)',
      '(@family|mum|mom|dad) and (i|me) (are not|were not|have not been|are no longer) (speaking|talking|getting on)',
      '(huge|big|massive|terrible|awful|blazing) (row|fight|argument|falling-out|falling out|bust-up|blowup)',
      '(i am|i have been) (the one)? (handling|dealing with|sorting) everything for (the|my) family',
    ],
    unless: ['(your|you) (family|mother|father|mom|mum|dad|husband|wife|partner|son|daughter|kid|kids|child)', 'sorry to hear', '(hope|hoping) (you|your)'],
  },
];
