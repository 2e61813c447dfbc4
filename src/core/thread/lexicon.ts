import { PatternIndex } from '../pattern/pattern';
import type { Token } from '../text/tokenize';

/**
 * Phrase lists for the thread-aware checks, in the engine's token-pattern language
 * (see pattern/pattern.ts; contractions are written out: "hasn't" is "has not").
 */

/** What the client is unhappy about; the acknowledgment we suggest is worded for it. */
export type ComplaintKind = 'chasing' | 'waiting' | 'error' | 'repeat' | 'feeling';

const COMPLAINTS: Array<[ComplaintKind, string[]]> = [
  [
    'chasing',
    [
      '(second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth) (time|email|message|reminder|request|chaser) _4 (ask+|chas+|email+|writ+|request+|follow+|remind+|about)',
      '(second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth) (email|message|reminder|request|chaser)',
      'for the (second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth) time',
      '(asked|requested|chased|emailed|mentioned) (this|it|you|for this|about this)? (twice|already|before|repeatedly|again|several times|multiple times|three times|a few times|more than once|a couple of times)',
      '(following|followed|follow) up (again|once more|for the)',
      '(chasing|chase) (this|you|it)? again',
      'another (reminder|chaser|follow-up|nudge)',
      '(have|has) (asked|requested|chased) (twice|several|multiple|three|a few|more)',
    ],
  ],
  [
    'waiting',
    [
      'still (waiting|wait+|no|nothing)',
      'still (have|has|had|did|do|does|is|are|was|were) not',
      '(been|am|are|were|was|keep|kept) waiting (for|over|since|on|ages|days|weeks|a|all|more|so|too)',
      'waiting (for)? (over|more than|almost|nearly) (a|an|two|three|four|several|%)',
      '(been|am|are|were|was) waiting (two|three|four|five|six|several|%) (days|weeks|months|hours)',
      'for (two|three|four|five|six|seven|several|%|a few|many) (days|weeks|months) now',
      'it (is|has) been (ages|forever|days|weeks|months|a week|over|more than|too long|a while|a long time)',
      '(have|has|had) not heard (back|anything|from)',
      '(heard|had) nothing (back|from)',
      '(no|zero) (response|reply|answer|word|update|updates) (yet|from|at all|since|in)',
      '(was|is|are|were|been|arrived|came|running|always|again|very|so|really|too) (late|overdue|delayed)',
      'late again',
      'overdue',
      '(i|we) expected (it|this|them|that|the %)? (yesterday|last|by|on|earlier|already|sooner|before)',
      '(was|were) (supposed|meant|due) to',
      'you (promised|said you would|assured)',
      '(we|i) (were|was) (promised|told|assured)',
      '(nobody|no one|noone) (told|informed|warned|let|mentioned|replied|responded|got back)',
      '(did|do|does|has|have) not (arrive|come|get back|reply|respond)',
      '(has|have|had) not (arrived|come|shown|turned up|been delivered|been sent|been done|been fixed)',
      'never (arrived|came|showed|turned up|got back|replied|responded|heard)',
      '(has|have|did|had) not (anyone|anybody|someone|you|your team) (replied|responded|got back|answered|called|reply|respond|answer|call)',
      'why (has|have|had|did|is|are|was|were|do|does) not',
      '(taking|taken|took) (so|too|this) long',
      'what is (happening|going on) with',
    ],
  ],
  [
    'repeat',
    [
      '(second|third|fourth|fifth|2nd|3rd|4th|5th) time (the|that|this|it|we|they|you|your)',
      'keep+ (happening|failing|crashing|breaking|giving|missing|forgetting|losing|bouncing)',
      '(happened|happening|wrong|broken|late|missing|down|failed|crashed|forgot|forgotten) (again|yet again)',
      'same (problem|issue|mistake|error|thing) (again|as before|as last)',
    ],
  ],
  [
    'error',
    [
      'wrong',
      'incorrect',
      'mistake',
      'mistakes',
      '(error|errors|typo|typos|bug|bugs|glitch)',
      'broken',
      '(not|stopped) working',
      '(does|do|did|will|would|can) not (work|open|load|print|play|download|display|show|connect|sync)',
      'can not (access|open|log|find|see|download)',
      '(crash+|faulty|damaged|corrupt|corrupted)',
      '(is|are|was|were|still|went|go|gone|been) missing',
      'missing from',
      '(site|website|server|app|system|portal|page|shop|store|platform|service|link|links|checkout|form|email|inbox) (is|are|was|were|has been|have been|went|keeps going|keep going) down',
      'charged (twice|double|two times)',
      '(double|over) charged',
      'overcharged',
      'losing (sales|money|customers|clients|business|orders)',
      '(rude|unprofessional|sloppy|careless)',
      'messed up',
      '(does|do|did|is|are) not (add up|match|look right|line up)',
      '(inaccurate|inconsistent|outdated|out of date)',
      '(has|have|had|with|there is|there are) no (sound|audio|video|images|pictures|photos|signal|access|power|data|content|text|link|links|attachment|attachments|logo|colour|color)',
      'still (has|have|shows|show|says|say|lists|list|uses|use|mentions|has got|had) (the|an|a)? (old|last|wrong|previous|outdated|incorrect|out)',
      '(did|do|does) not (show|turn up)',
      'no show',
    ],
  ],
  [
    'feeling',
    [
      'disappoint*',
      'frustrat*',
      '(annoyed|annoying|irritated|irritating|upset|unhappy|angry|furious|livid|shocked|appalled|appalling|ridiculous|terrible|awful|unacceptable|outrageous|disgraceful)',
      'not (happy|impressed|pleased|ok|okay|acceptable|good enough|great|good)',
      '(fed up|let down|sick of|tired of)',
      'poor (service|quality|communication|job|work|show)',
      'getting (ridiculous|silly|frustrating|annoying|out of hand|old)',
      'waste of',
      '(expected|expect|deserve|deserved) better',
      '(i|we) expected _6 (more|better) _2 than',
      '(i|we) expected (more|better|a lot more|much more)',
      'not what (i|we) (expected|asked|wanted|ordered|paid|agreed)',
      // "charged us for 10 hours but we agreed 8": the client says it is not what was agreed.
      'but (we|i) (agreed|ordered|asked for|were quoted|was quoted|paid for|only ordered|only asked)',
      'but you (said|quoted|promised|agreed)',
    ],
  ],
];

const COMPLAINT_INDEX = new PatternIndex<ComplaintKind>();
for (const [kind, patterns] of COMPLAINTS) for (const p of patterns) COMPLAINT_INDEX.add(p, kind);

/** A sentence in which the client owns the problem ("sorry, I sent the wrong file") or rules it out. */
const NOT_A_COMPLAINT = new PatternIndex<true>();
for (const p of [
  '(sorry|apologies) ,? (for|about)? (my|i|we)',
  'my (mistake|bad|fault|error)',
  '(i|we) (am|are|was|were|will|will be|might be|may be) @intens? (running)? late',
  '(i|we) (sent|gave|attached|typed|put|used|made|forgot|got) _3 (wrong|mistake|error|typo)',
  '(no|nothing|not) (wrong|problem|rush|worries|big deal|worry|issue)',
  'if (i|we) (am|are|was|were|have|got) _2 wrong',
  '(what|anything|something) _2 wrong',
  'not (a|an)? (problem|issue|big deal|worry|rush)',
  '(no|without) (error|errors|mistakes|typos)',
  'in case',
  'in error',
  'intended recipient',
  '(might|may|could) (be|have) (a|an|been)? (error|mistake|typo|problem|issue|bug)',
])
  NOT_A_COMPLAINT.add(p, true);

/** Order of precedence when one message carries several kinds. */
export const KIND_RANK: { [k in ComplaintKind]: number } = { chasing: 5, waiting: 4, repeat: 3, error: 2, feeling: 1 };

/** The strongest complaint in tokens[from, to), sentence by sentence, or null. */
export function complaintIn(
  tokens: Token[],
  sentences: Array<{ tokStart: number; tokEnd: number }>,
): ComplaintKind | null {
  let best: ComplaintKind | null = null;
  for (const s of sentences) {
    let found: ComplaintKind | null = null;
    COMPLAINT_INDEX.findAll(tokens, s.tokStart, s.tokEnd, (_m, kind) => {
      if (found === null || KIND_RANK[kind] > KIND_RANK[found]) found = kind;
    });
    if (found === null) continue;
    let excused = false;
    NOT_A_COMPLAINT.findAll(tokens, s.tokStart, s.tokEnd, () => {
      excused = true;
    });
    if (excused) continue;
    const kind: ComplaintKind = found;
    if (best === null || KIND_RANK[kind] > KIND_RANK[best]) best = kind;
  }
  return best;
}

/**
 * A sentence that says yes to an arrangement without opening with "yes": "Wednesday at 2pm is
 * fine", "Thursday works for us", "here you go".
 */
const CONFIRM_INDEX = new PatternIndex<true>();
for (const p of [
  '(is|are|sounds) (fine|perfect|great|good|ok|okay|no problem)',
  '(works|work) (for|well|perfectly|fine|great)',
  '(that|this|it) works',
  '(suits|suit) (me|us|everyone)',
  '(no|not a) problem',
  '(happy|glad) to',
  '(all|we are|you are) set',
  'here (you go|you are|it is|they are)',
  'there you go',
])
  CONFIRM_INDEX.add(p, true);

export function confirms(tokens: Token[], from: number, to: number): boolean {
  return anyIn(CONFIRM_INDEX, tokens, from, to);
}

/** The reply acknowledges a complaint: an apology, "I understand", "you're right", "thanks for flagging". */
const ACKNOWLEDGE_INDEX = new PatternIndex<true>();
for (const p of [
  '(sorry|apologies|apologi*|apology|regret)',
  '(my|our) (mistake|fault|bad|error|oversight)',
  '(that|this|it) (is|was) (all)? on (me|us)',
  '(i|we) @intens? (understand|hear you|get it|see why|can see why|know how|appreciate how)',
  '(understandabl*|frustrat*|annoying|maddening|inconvenien*)',
  'you (are|were) @intens? right',
  'fair (point|enough|comment)',
  '(thanks|thank you|thank u|many thanks) @intens? (so much|very much)? for (flagging|letting|telling|pointing|raising|bringing|catching|spotting|reporting|highlighting|following|chasing|your patience|waiting|bearing|being patient|the reminder|the nudge|your understanding|the heads|the feedback|your feedback|your honesty|being so patient)',
  '(not|never) (acceptable|good enough|ok|okay|the standard|what you|how we|right)',
  'unacceptable',
  'should (not|never)? have (happened|been|told|warned|let|caught|checked|sent|flagged|noticed|done)',
  'should (not|never) (have)? happen',
  '(let you down|dropped the ball|fell short|fallen short|not up to)',
  '(good|great|nice) (catch|spot)',
  'well spotted',
  '^ (understood|point taken)',
  'appreciate (your|you) (patience|flagging|bearing|understanding|raising|letting|telling|chasing)',
])
  ACKNOWLEDGE_INDEX.add(p, true);

/** The reply thanks the client for waiting or owns the delay. */
const WAIT_INDEX = new PatternIndex<true>();
for (const p of [
  '(thanks|thank you|thank u|many thanks) @intens? (so much|very much)? for (your patience|waiting|bearing|being patient|being so patient|holding on|hanging on|hanging in|your understanding|following up|chasing|the nudge|the reminder|sticking with)',
  'appreciate (your|you) (patience|waiting|bearing|being patient|holding)',
  '(sorry|apologies|apologi*) @intens? (again)? (for|about) (the|my|our|this|that)? @intens? (late|slow|delayed|long|belated)? (delay|delays|wait|waiting|reply|response|silence|lateness|radio)',
  '(sorry|apologies|apologi*) @intens? (for|about) (the|my|our|this)? (late|slow|delayed|belated) %',
  '(sorry|apologies) (to keep|for keeping|to have kept|i kept|we kept|i have kept|we have kept) you waiting',
  '(sorry|apologies|apologi*) @intens? (that|for)? (it|this|that) (has|is|was)? (took|taken|been|taking) (me|us)? (so|this|too|a|longer|ages|forever)',
  '(sorry|apologies|apologi*) @intens? (that|for)? (it|this|that|they) (was|were|is|are|has|have) not (with|to|ready|sent|done)',
  '(sorry|apologies|apologi*) @intens? (for|about) (not|never) (getting|responding|replying|writing|answering|coming) (back)?',
  '(sorry|apologies|apologi*) @intens? (i|we) (am|are|was|were|have|had)? @intens? (late|slow|behind)',
  '(sorry|apologies|apologi*) @intens? (you|you have) (had to|have had to|have been|were|had) (wait|chase|waiting|chasing|ask|follow)',
  'patience',
  '(going|gone|went|been) (quiet|silent|awol|mia)',
  '(dragged|dragging) on',
  '(sorry|apologies|apologi*) @intens? (for|about) (the|this|that|my|our)? (hold-up|holdup|hold|lag|turnaround|gap)',
  'radio silence',
])
  WAIT_INDEX.add(p, true);

function anyIn(index: PatternIndex<true>, tokens: Token[], from: number, to: number): boolean {
  let hit = false;
  index.findAll(tokens, from, to, () => {
    hit = true;
  });
  return hit;
}

export function acknowledgesComplaint(tokens: Token[], from: number, to: number): boolean {
  return anyIn(ACKNOWLEDGE_INDEX, tokens, from, to) || anyIn(WAIT_INDEX, tokens, from, to);
}

/** An apology aimed at something other than the wait ("Sorry for the typo"). */
const OTHER_APOLOGY = new PatternIndex<true>();
for (const p of [
  '(sorry|apologies|apologi*) @intens? (again)? (for|about) (the|my|our|that|this|any)? @intens? (typo|typos|error|errors|mistake|mistakes|mix-up|mixup|confusion|formatting|misunderstanding|muddle|wrong|double|duplicate|spam|noise)',
])
  OTHER_APOLOGY.add(p, true);

/**
 * The reply acknowledges the wait: thanks for patience, an apology for the delay, or — when the
 * client complained about waiting — any apology or ownership that is not about something else.
 */
export function acknowledgesWait(
  tokens: Token[],
  from: number,
  to: number,
  complaint: ComplaintKind | null = null,
): boolean {
  if (anyIn(WAIT_INDEX, tokens, from, to)) return true;
  if (complaint !== 'waiting' && complaint !== 'chasing') return false;
  return anyIn(ACKNOWLEDGE_INDEX, tokens, from, to) && !anyIn(OTHER_APOLOGY, tokens, from, to);
}

/**
 * A holding answer: the reply says the ask is in hand and when or how it will be answered
 * ("I'm still waiting to hear from the landlord", "I'll confirm by Friday").
 */
const HOLDING_INDEX = new PatternIndex<true>();
for (const p of [
  'still (waiting|checking) (to|on|for|with)',
  'waiting to hear',
  '(have|has) not (yet)? heard (back)?',
  '(i|we) will (let you know|confirm|update you|find out|come back to you|get back to you|report back)',
  '(i|we) (am|are) (checking|finding out) (with|on|whether|if)',
  // A dated promise of the very thing asked for: "I'll send the full quote by Wednesday".
  '(i|we) will (send|have|get|email|share|forward) _4 (by|on|before|first thing|later) (today|tonight|tomorrow|@time|the|end|close|lunch|lunchtime|noon|midday)',
])
  HOLDING_INDEX.add(p, true);

export function isHolding(tokens: Token[], from: number, to: number): boolean {
  return anyIn(HOLDING_INDEX, tokens, from, to);
}
