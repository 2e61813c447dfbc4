import type { Category, Finding, Severity } from '../types';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { splitSentences } from '../text/sentences';
import { detectLanguage } from '../language';
import type { Sentence } from '../text/sentences';
import type { ThreadMessage } from '../../thread/types';
import type { ThreadSummary } from '../../thread/summary';
import { extractAsks, MAX_MESSAGE_CHARS } from './asks';
import type { Ask } from './asks';
import { WordIndex, answerEvidence, contentWord, isAnswerWord, isTimeToken } from './words';
import type { AnswerType, ContentWord } from './words';
import { KIND_RANK, acknowledgesComplaint, acknowledgesWait, complaintIn, confirms, isHolding } from './lexicon';
import type { ComplaintKind } from './lexicon';
import { answerLineEdit, layoutOf, openingEdit } from './layout';
import type { Layout } from './layout';

/**
 * Thread-aware coaching: checks that need the client's side of the conversation.
 *  - unanswered-question: an ask in the client's unanswered messages the reply does not address;
 *  - unacknowledged-complaint: the client is unhappy and the reply neither apologises nor acknowledges it;
 *  - long-wait: the client waited past the target and the reply does not thank them for their patience.
 *
 * Anchors. The reply has no passage that "is" the missing answer, and Finding requires
 * `text === input.slice(start, end)`, so findings are anchored on real text of the reply:
 * unanswered asks on the last sentence of the body (just above where the answer line goes),
 * complaints and long waits on the first sentence after the greeting (where the acknowledgment
 * goes). With an empty reply the span is empty at the end of the new text.
 */

export interface ThreadContext {
  /** The client's unanswered messages' bodies (after the user's last message), newest first. */
  clientMessages: string[];
  waitedBusinessMinutes: number | null;
  slaMinutes: number;
  clientName?: string | null;
}

export const THREAD_RULE_IDS = {
  unanswered: 'unanswered-question',
  complaint: 'unacknowledged-complaint',
  longWait: 'long-wait',
} as const;

/** What the settings screen lists for the thread-aware rules (same shape as the engine's RuleInfo). */
export const THREAD_RULE_INFO: Array<{
  id: string;
  category: Category;
  description: string;
  why: string;
  defaultSeverity: Severity;
}> = [
  {
    id: THREAD_RULE_IDS.unanswered,
    category: 'unanswered-question',
    description: 'A question or request in the client\u2019s unanswered messages that the reply does not address.',
    why: 'A skipped question tells the client you were not really paying attention; they have to ask again, and feel neglected. Answer each one, or say when you will.',
    defaultSeverity: 'warning',
  },
  {
    id: THREAD_RULE_IDS.complaint,
    category: 'unacknowledged-complaint',
    description:
      'The client is unhappy (something late, wrong, broken, or asked for again) and the reply does not acknowledge it.',
    why: 'Ignoring a complaint says "I don\u2019t care", even when the fix is attached. Acknowledge it first, own it without excuses, then give the fix.',
    defaultSeverity: 'serious',
  },
  {
    id: THREAD_RULE_IDS.longWait,
    category: 'long-wait',
    description:
      'The client waited longer than your reply target and the reply does not thank them for their patience.',
    why: 'A client should never feel they are waiting on you. When they have, a plain thank-you for their patience \u2014 not reasons \u2014 keeps them feeling they come first.',
    defaultSeverity: 'warning',
  },
];

/** Noun qualifiers remembered from the reply: plenty for real mail, bounded for hostile text. */
const MAX_MODIFIERS = 2000;
/** Reply sentences read for a "Thursday works" kind of yes. */
const MAX_CONFIRM_SENTENCES = 200;
/** Topic-free reply sentences remembered (a real reply has a few). */
const MAX_BARE = 50;
/** Asks considered across all unanswered messages: a real email has a handful; hostile text gets no more. */
export const MAX_ASKS = 30;
/** Unanswered client messages read. */
const MAX_MESSAGES = 10;
/** Words of an ask quoted in a placeholder line. */
const TOPIC_WORDS = 12;

export const PATIENCE_LINE = 'Thank you for your patience.';

const ACKNOWLEDGMENTS: { [k in ComplaintKind]: string } = {
  chasing: "I'm sorry you've had to chase me on this \u2014 thank you for following up.",
  waiting: "I'm sorry about the wait on this \u2014 thank you for flagging it.",
  error: "I'm sorry about the trouble this has caused \u2014 thank you for flagging it.",
  repeat: "I'm sorry this has happened again \u2014 thank you for flagging it.",
  feeling: "I'm sorry about this, and I completely understand \u2014 thank you for telling me.",
};

interface DraftView {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  sentences: Sentence[];
  words: WordIndex;
  evidence: { [t in AnswerType]: boolean };
  /** Some sentence opens with "Yes", "Sure", "Done", "Of course"… */
  affirms: boolean;
  /** The reply has at least one content word. */
  hasContent: boolean;
  /** Word indexes of sentences holding a "[…]" placeholder (an answer line still to fill). */
  placeholders: WordIndex[];
  /** Words of sentences that name no topic of their own ("Will send tonight.", "Attached!"). */
  bareActions: WordIndex;
  /** Words of holding sentences ("I'm still waiting to hear about the printer lease"). */
  holding: WordIndex;
  /** Words of sentences that say yes or no ("Yes, I cover Cornwall", "Wednesday at 2pm is fine"). */
  affirming: WordIndex;
  /** Some sentence confirms an arrangement without opening with "yes" ("Thursday works", "Here you go"). */
  confirmsAnywhere: boolean;
  /** Qualifiers the reply puts before each noun ("english" before "version"), to tell one version from another. */
  modifiersBefore: { [stem: string]: string[] };
  /** The reply speaks of everything at once ("Both attached", "all of them"). */
  coversAll: boolean;
  /** Days, dates, times and numbers the reply names ("friday", "9:30", "12th"), the first few. */
  timeNorms: { [norm: string]: true };
  /** The body opens with a bare noun phrase ("Black tie.", "Just your laptop and the NDA"). */
  fragmentAnswer: boolean;
  /** Some sentence says the answer is on its way ("Still waiting on the council"). */
  hasHolding: boolean;
  layout: Layout;
}

const AFFIRM_FIRST: { [w: string]: true } = Object.create(null);
for (const w of 'yes yep yeah yup sure certainly absolutely definitely done confirmed received booked no nope unfortunately sadly correct indeed gladly both'.split(
  ' ',
))
  AFFIRM_FIRST[w] = true;
function wordSet(words: string): { [w: string]: true } {
  const out: { [w: string]: true } = Object.create(null);
  for (const w of words.split(' ')) out[w] = true;
  return out;
}

/** Two-word openers that answer a yes/no ask. */
const AFFIRM_PAIRS = wordSet(
  'of_course will_do got_it no_problem happy_to not_yet all_done all_sorted sounds_good sounds_great works_for ' +
    'that_works count_me',
);
const GREETING_WORDS: { [w: string]: true } = Object.create(null);
for (const w of ['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'hiya', 'good'])
  GREETING_WORDS[w] = true;

function firstWordAfterGreeting(tokens: Token[], s: Sentence): number {
  let i = s.tokStart;
  if (i < s.tokEnd && GREETING_WORDS[tokens[i].norm]) {
    for (let k = i + 1; k < s.tokEnd && k <= i + 5; k++) {
      if (tokens[k].norm === ',' || tokens[k].norm === '!' || tokens[k].norm === '\u2014') return k + 1;
    }
  }
  while (i < s.tokEnd && !tokens[i].isWord) i++;
  return i;
}

const SHORT_SUBJECTS = wordSet('i we it they he she you that');
const ALL_WORDS = wordSet('both all everything');
const FRAGMENT_OPENERS = wordSet('just only simply');
const FRAGMENT_DETERMINERS = wordSet('the a an your my our some');
/** Words that make a short sentence something other than an answer ("Thanks!", "Will do."). */
const NOT_FRAGMENT = wordSet('thanks thank cheers ok okay noted great sure will hi hello hey best regards');

/**
 * A bare noun phrase that answers an open "what…?": "Black tie.", "Just your laptop and the NDA".
 * Either it opens with "just/only", or it is at most three words with no function word.
 */
function isFragment(tokens: Token[], from: number, to: number): boolean {
  let end = to;
  while (end > from && !tokens[end - 1].isWord) end--;
  if (end <= from || NOT_FRAGMENT[tokens[from].norm]) return false;
  if (FRAGMENT_OPENERS[tokens[from].norm]) {
    const next = from + 1 < end ? tokens[from + 1].norm : '';
    return FRAGMENT_DETERMINERS[next] === true || (from + 1 < end && contentWord(tokens[from + 1]) !== null);
  }
  if (end - from > 3) return false;
  for (let i = from; i < end; i++) {
    if (!tokens[i].isWord || NOT_FRAGMENT[tokens[i].norm] || contentWord(tokens[i]) === null) return false;
  }
  return true;
}
const SHORT_AUX = wordSet('do does did can will have has am is are was were');

/** "Yes…", "Sure…", "Of course…", or a short answer "I do —", "It does —", "They did." at token i. */
function answersAt(tokens: Token[], i: number, end: number): boolean {
  if (i >= end) return false;
  const w0 = tokens[i].norm;
  if (AFFIRM_FIRST[w0]) return true;
  const next = i + 1 < end ? tokens[i + 1].norm : '';
  if (AFFIRM_PAIRS[w0 + '_' + next]) return true;
  // "I'd love to".
  if (w0 === 'i' && next === 'would' && i + 2 < end && tokens[i + 2].norm === 'love') return true;
  if (SHORT_SUBJECTS[w0] && SHORT_AUX[next]) {
    let k = i + 2;
    if (k < end && tokens[k].norm === 'not') k++;
    return k >= end || !tokens[k].isWord;
  }
  return false;
}

/** The sentence, or one of its clauses ("Thanks for waiting — yes, they approved it"), opens with an answer. */
function opensWithAnswer(tokens: Token[], s: Sentence): boolean {
  if (answersAt(tokens, firstWordAfterGreeting(tokens, s), s.tokEnd)) return true;
  for (let k = 1; k < s.segments.length && k < 8; k++) {
    let i = s.segments[k].tokStart;
    while (i < s.tokEnd && !tokens[i].isWord) i++;
    if (answersAt(tokens, i, s.tokEnd)) return true;
  }
  return false;
}

function readDraft(text: string, start: number, end: number): DraftView {
  const tokens = tokenize(text, start, end);
  const sentences = splitSentences(tokens);
  const words = new WordIndex();
  const sentenceStarts: { [i: number]: true } = Object.create(null);
  const placeholders: WordIndex[] = [];
  const bareActions = new WordIndex();
  let bareSentences = 0;
  const holding = new WordIndex();
  let holdingSentences = 0;
  let affirms = false;
  let hasContent = false;
  const affirming = new WordIndex();
  let affirmingSentences = 0;
  let confirmsAnywhere = false;
  const modifiersBefore: { [stem: string]: string[] } = Object.create(null);
  let coversAll = false;
  const timeNorms: { [norm: string]: true } = Object.create(null);
  let timeCount = 0;
  let modifierCount = 0;
  let sentenceIndex = 0;
  let fragmentAnswer = false;
  let firstBody = true;
  const layout = layoutOf(text, start, end);
  for (const s of sentences) {
    if (firstBody && s.end > layout.bodyStart && s.start < layout.bodyEnd) {
      firstBody = false;
      fragmentAnswer = isFragment(tokens, firstWordAfterGreeting(tokens, s), s.tokEnd);
    }
    sentenceStarts[firstWordAfterGreeting(tokens, s)] = true;
    sentenceStarts[s.tokStart] = true;
    const opens = opensWithAnswer(tokens, s);
    if (!affirms && opens) affirms = true;
    // Answers sit near the top of a reply: later sentences of a long text are not read for a yes.
    sentenceIndex++;
    const confirming =
      sentenceIndex <= MAX_CONFIRM_SENTENCES && affirmingSentences < MAX_BARE && confirms(tokens, s.tokStart, s.tokEnd);
    if (confirming) confirmsAnywhere = true;
    if ((opens || confirming) && affirmingSentences < MAX_BARE) {
      affirmingSentences++;
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const w = contentWord(tokens[i]);
        if (w) affirming.add(w);
      }
    }
    let placeholder: WordIndex | null = null;
    let topical = false;
    let before: ContentWord | null = null;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const n = tokens[i].norm;
      if (ALL_WORDS[n]) coversAll = true;
      const isTime = tokens[i].isWord && isTimeToken(n);
      if (timeCount < MAX_BARE && (isTime || /^[0-9]/.test(n))) {
        timeCount++;
        timeNorms[n] = true;
      }
      const w = contentWord(tokens[i]);
      if (w) {
        words.add(w);
        hasContent = true;
        if (!w.weak && !w.conceptOnly && !isTime) topical = true;
        // "the English version": which qualifier the reply puts before each noun.
        if (
          before &&
          tokens[i].isWord &&
          !w.conceptOnly &&
          !before.conceptOnly &&
          !before.weak &&
          modifierCount < MAX_MODIFIERS
        ) {
          const list = modifiersBefore[w.stem] || (modifiersBefore[w.stem] = []);
          if (list.length < 8) {
            list.push(before.stem);
            modifierCount++;
          }
        }
      }
      before = tokens[i].isWord ? w : null;
      if (n === '[' && placeholders.length < MAX_ASKS) placeholder = placeholder || new WordIndex();
    }
    if (holdingSentences < MAX_BARE && isHolding(tokens, s.tokStart, s.tokEnd)) {
      holdingSentences++;
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const w = contentWord(tokens[i]);
        if (w) holding.add(w);
      }
    }
    if (!topical && bareSentences < MAX_BARE) {
      bareSentences++;
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const w = contentWord(tokens[i]);
        if (w) bareActions.add(w);
      }
    }
    if (placeholder) {
      for (let i = s.tokStart; i < s.tokEnd; i++) {
        const w = contentWord(tokens[i]);
        if (w) placeholder.add(w);
      }
      placeholders.push(placeholder);
    }
  }
  const evidence = answerEvidence(tokens, 0, tokens.length, (i) => sentenceStarts[i] === true);
  return {
    text,
    start,
    end,
    tokens,
    sentences,
    words,
    evidence,
    affirms,
    hasContent,
    placeholders,
    bareActions,
    holding,
    affirming,
    confirmsAnywhere,
    modifiersBefore,
    coversAll,
    timeNorms,
    fragmentAnswer,
    hasHolding: holdingSentences > 0,
    layout,
  };
}

interface Overlap {
  /** A topic word of the ask is in the reply. */
  strong: boolean;
  /** A word that is itself an answer ("confirmed", "received") is in the reply. */
  answerWord: boolean;
  /** Keys (stem and related-term groups) of the asking verbs the reply shares with the ask. */
  weakKeys: string[];
}

function strongCount(words: ContentWord[]): number {
  let n = 0;
  for (const w of words) if (!w.weak && !w.conceptOnly) n++;
  return n;
}

function keysOf(w: ContentWord): string[] {
  return [w.stem].concat(w.concepts);
}

function overlapOf(index: WordIndex, words: ContentWord[]): Overlap {
  const out: Overlap = { strong: false, answerWord: false, weakKeys: [] };
  for (const w of words) {
    if (!index.has(w)) continue;
    if (isAnswerWord(w)) out.answerWord = true;
    if (w.weak || w.conceptOnly) out.weakKeys = out.weakKeys.concat(keysOf(w));
    else out.strong = true;
  }
  return out;
}

function strongOverlap(index: WordIndex, words: ContentWord[]): boolean {
  return overlapOf(index, words).strong;
}

interface AskMatch {
  ask: Ask;
  overlap: Overlap;
}

/**
 * Does the reply address the ask? Topic words in common, plus the right kind of answer for
 * when/where/who/how much. A shared asking verb alone ("send") counts only when no other ask that
 * the reply clearly answers claims it: "I'll send the brochure" answers "send the brochure", not
 * "also send the price list".
 */
function addressed(m: AskMatch, draft: DraftView, askCount: number, claimed: { [k: string]: true }): boolean {
  const ask = m.ask;
  // "I'm still waiting to hear about the printer lease": saying when an answer will come is an answer.
  if (overlapOf(draft.holding, ask.words).strong) return true;
  // An answer line still to fill ("[Answer: …]") names the ask: the writer has it in hand.
  const hasStrong = ask.words.some((w) => !w.weak && !w.conceptOnly);
  for (const p of draft.placeholders) {
    const o = overlapOf(p, ask.words);
    if (o.strong || (!hasStrong && o.weakKeys.length > 0)) return true;
  }
  // "Any update?" with no topic: any reply with substance is the update.
  if (ask.status && ask.words.length === 0) return draft.hasContent;
  // The only ask is for news, and the reply says where things stand and when more will come.
  if (ask.status && askCount === 1 && (draft.hasHolding || draft.evidence.when)) return true;
  // "What's the dress code?" → "Black tie.": a bare answer to the only open question.
  if (ask.openWhat && askCount === 1 && draft.fragmentAnswer) return true;
  let onTopic = m.overlap.strong;
  // "Send the slides from yesterday's workshop" is not answered by "great workshop yesterday": the
  // thing asked for must be there.
  if (onTopic && ask.head.length > 0 && !overlapOf(draft.words, ask.head).strong) {
    onTopic = false;
  }
  // "the Spanish version" is not answered by "the English version".
  if (otherQualifier(ask, draft)) return false;
  // "the slides … and the minutes" is not answered by the slides alone.
  if (onTopic && !draft.coversAll) {
    for (const also of ask.alsoObjects) if (!overlapOf(draft.words, also).strong) return false;
  }
  // "Yes, I cover Cornwall", "Wednesday at 2pm is fine": a yes beside the ask's own topic words.
  if (
    !ask.answerType &&
    ask.yesNo &&
    overlapOf(draft.affirming, ask.words).strong &&
    (ask.head.length === 0 || overlapOf(draft.affirming, ask.head).strong)
  )
    return true;
  // A shared verb alone does not say the reply is about "the attached brochure" when it names neither word.
  if (!onTopic && !ask.headIsClause) {
    // A sentence that only acts ("Will send tonight.") can answer a one-topic ask; one that names
    // something else ("The report is attached.") cannot.
    const strong = strongCount(ask.words);
    const weakKeys =
      strong === 0 || m.overlap.answerWord
        ? m.overlap.weakKeys
        : strong === 1
          ? overlapOf(draft.bareActions, ask.words).weakKeys
          : [];
    for (const k of weakKeys) if (!claimed[k]) onTopic = true;
  }
  if (ask.answerType) {
    if (!draft.evidence[ask.answerType]) return false;
    // "What time should we arrive on Saturday?" is not answered by "See you Saturday!".
    // A yes/no proposal ("Can we push it to the 30th?") is agreed to by repeating the date.
    if (ask.answerType === 'when' && !ask.yesNo && ask.timeNorms.length > 0 && !newTime(draft, ask)) return false;
    // With a single ask, an answer of the right kind needs no shared words ("Who covers?" → "Mia will…").
    // One part of a split sentence shares the topic of the whole ("How long will it take, and when can you start?").
    return onTopic || askCount === 1 || (ask.sentenceWords.length > 0 && strongOverlap(draft.words, ask.sentenceWords));
  }
  if (onTopic) return true;
  // "Are you able to join on Monday?" → "Yes, I'll be there.": only safe when there is one ask to answer.
  return ask.yesNo && askCount === 1 && (draft.affirms || draft.confirmsAnywhere);
}

/** The reply names a day or time the ask did not. */
function newTime(draft: DraftView, ask: Ask): boolean {
  const asked: { [n: string]: true } = Object.create(null);
  for (const n of ask.timeNorms) asked[n] = true;
  // Clock times and dates ("9:30", "12th") are kept with the time words.
  for (const n in draft.timeNorms) if (!asked[n]) return true;
  return false;
}

/** The reply names the thing asked for with a different qualifier, and none of the client's. */
function otherQualifier(ask: Ask, draft: DraftView): boolean {
  const q = ask.qualified;
  if (!q) return false;
  const seen = draft.modifiersBefore[q.noun.stem];
  if (!seen || seen.length === 0) return false;
  if (overlapOf(draft.words, q.modifiers).strong) return false;
  for (const mod of seen) if (!GENERIC_QUALIFIERS[mod]) return true;
  return false;
}

/** Stems of modifiers that do not set one thing apart from another ("the new version", "the final draft"). */
const GENERIC_QUALIFIERS = wordSet(
  'new final latest updat revis full complet current old first last next other same attach sign edit amend correct draft clean copy right proper whole',
);

function matchAsks(asks: Ask[], draft: DraftView): { matches: AskMatch[]; claimed: { [k: string]: true } } {
  const claimed: { [k: string]: true } = Object.create(null);
  const matches = asks.map((ask) => {
    const own = overlapOf(draft.words, ask.words);
    const overlap =
      own.strong || ask.context.length === 0
        ? own
        : { strong: strongOverlap(draft.words, ask.context), answerWord: own.answerWord, weakKeys: own.weakKeys };
    if (overlap.strong)
      for (const w of ask.words) if (w.weak || w.conceptOnly) for (const k of keysOf(w)) claimed[k] = true;
    return { ask, overlap };
  });
  return { matches, claimed };
}

// ---------------------------------------------------------------------------------------------
// Suggestion wording.

/** Openers before the ask proper: "Hi,", "Also,", "And", "If not,", "Quick question:". */
const DISCOURSE = wordSet(
  'hi hello hey dear also and so plus then btw ok okay oh quick question one more thing lastly finally if not yes',
);
const POLITE = wordSet('please pls kindly also possibly just maybe');
const TOPIC_VERBS = wordSet(
  'send resend confirm check double-check update share forward book order find arrange cancel give provide recommend get do ' +
    'make look sort fix redo email call move add remove change review remind tell',
);
const TOPIC_STARTS =
  /^(?:the|a|an|my|our|your|his|her|their|this|that|these|those|whether|if|what|when|where|who|which|how|why)\b|^[0-9]/i;
const MAX_QUOTE = 120;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The line that stands in for a missing answer: a request becomes "About the PNG icons: [answer]",
 * a question "[Answer: What's the deadline for the copy?]". Either keeps the ask's own words, so
 * the ask counts as addressed once the line is in the reply.
 */
export function answerLineFor(askText: string): string {
  const tokens = tokenize(askText);
  const n = tokens.length;
  let i = 0;
  // Greeting with the name: "Hi Sam, …".
  if (i < n && (tokens[i].norm === 'hi' || tokens[i].norm === 'hello' || tokens[i].norm === 'hey')) {
    for (let k = 1; k < n && k <= 4; k++) if (tokens[k].norm === ',') i = k + 1;
  }
  while (i < n && i < 12 && (DISCOURSE[tokens[i].norm] || !tokens[i].isWord)) i++;
  const questionStart = i;
  let j = i;
  let framed = false;
  if (
    j + 1 < n &&
    /^(can|could|would|will)$/.test(tokens[j].norm) &&
    (tokens[j + 1].norm === 'you' || tokens[j + 1].norm === 'u')
  ) {
    j += 2;
    framed = true;
  }
  while (j < n && POLITE[tokens[j].norm]) {
    j++;
    framed = true;
  }
  if (
    j + 2 < n &&
    tokens[j].norm === 'let' &&
    (tokens[j + 1].norm === 'me' || tokens[j + 1].norm === 'us') &&
    tokens[j + 2].norm === 'know'
  ) {
    j += 3;
    framed = true;
  } else if (j < n && TOPIC_VERBS[tokens[j].norm] && (framed || j === questionStart)) {
    j++;
    framed = true;
  }
  while (
    j < n &&
    (tokens[j].norm === 'me' || tokens[j].norm === 'us' || tokens[j].norm === 'over' || tokens[j].norm === 'out')
  )
    j++;
  let endTok = n;
  while (endTok > j && !tokens[endTok - 1].isWord) endTok--;
  if (framed && j < endTok && endTok - j <= TOPIC_WORDS) {
    const rest = askText.slice(tokens[j].start, tokens[endTok - 1].end).replace(/\s+/g, ' ');
    if (TOPIC_STARTS.test(rest)) {
      const topic = rest.replace(/^if\b/i, 'whether');
      return (
        'About ' + (/^[A-Z][a-z]/.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic) + ': [answer]'
      );
    }
  }
  const from = questionStart < n ? tokens[questionStart].start : 0;
  let quote = askText.slice(from).replace(/\s+/g, ' ').trim();
  if (quote.length > MAX_QUOTE) quote = quote.slice(0, MAX_QUOTE - 1) + '\u2026';
  return '[Answer: ' + capitalise(quote) + ']';
}

function quoteForMessage(ask: string): string {
  const flat = ask.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? flat.slice(0, 159) + '\u2026' : flat;
}

// ---------------------------------------------------------------------------------------------

function clamp(n: number, lo: number, hi: number): number {
  if (!isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.floor(n)));
}

function span(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** The last sentence of the body: where the answers are missing. */
function closingAnchor(draft: DraftView): { start: number; end: number; text: string } {
  const { layout, sentences, text } = draft;
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k];
    if (s.end <= layout.bodyEnd && s.start >= layout.bodyStart) return span(text, s.start, s.end);
  }
  // No body (a greeting and a sign-off): the greeting.
  if (sentences.length > 0) return span(text, sentences[0].start, sentences[0].end);
  return span(text, draft.end, draft.end);
}

/** The first sentence after the greeting: where the acknowledgment is missing. */
function openingAnchor(draft: DraftView): { start: number; end: number; text: string } {
  const { layout, sentences, text } = draft;
  for (const s of sentences)
    if (s.end > layout.bodyStart) return span(text, Math.max(s.start, layout.bodyStart), s.end);
  if (sentences.length > 0) return span(text, sentences[0].start, sentences[0].end);
  return span(text, draft.end, draft.end);
}

/** The engine already rewrites an excuse about the delay into a thank-you for the client's patience. */
function excuseRewriteThanks(engineFindings: Finding[], start: number, end: number): boolean {
  if (!Array.isArray(engineFindings)) return false;
  for (const f of engineFindings) {
    if (!f || f.category !== 'excuse' || f.start < start || f.end > end) continue;
    const first = f.suggestions && f.suggestions[0];
    if (!first || !Array.isArray(first.edits)) continue;
    for (const e of first.edits) if (e && typeof e.text === 'string' && /patience/i.test(e.text)) return true;
  }
  return false;
}

function cleanMessages(context: ThreadContext): string[] {
  const list = context && Array.isArray(context.clientMessages) ? context.clientMessages : [];
  const out: string[] = [];
  for (const m of list) {
    if (out.length >= MAX_MESSAGES) break;
    if (typeof m === 'string' && m.trim() !== '')
      out.push(m.length > MAX_MESSAGE_CHARS ? m.slice(0, MAX_MESSAGE_CHARS) : m);
  }
  return out;
}

/**
 * Findings that need the thread: unanswered asks, unacknowledged complaints, long waits.
 * Offsets index `text`; only `newText` (the user's own new words) is read as the reply.
 *
 * Long waits and excuses: when the engine found an excuse in the reply whose rewrite already
 * thanks the client for their patience, no separate long-wait finding is made — fixing the
 * excuse is the fix for the wait too.
 */
export function threadFindings(
  text: string,
  newText: { start: number; end: number },
  context: ThreadContext,
  engineFindings: Finding[],
): Finding[] {
  if (typeof text !== 'string') return [];
  const messages = cleanMessages(context);
  if (messages.length === 0) return [];
  const start = clamp(newText ? newText.start : 0, 0, text.length);
  const end = clamp(newText ? newText.end : text.length, start, text.length);
  const draft = readDraft(text, start, end);
  // Like the engine, coach English replies only: the wording of every suggestion is English.
  if (detectLanguage(text, draft.tokens).code !== 'en') return [];
  const findings: Finding[] = [];

  // Unanswered asks, oldest message first so answer lines follow the client's order.
  const asks: Ask[] = [];
  for (let m = messages.length - 1; m >= 0 && asks.length < MAX_ASKS; m--) {
    const found = extractAsks(messages[m], MAX_ASKS - asks.length);
    for (const a of found) asks.push(a);
  }
  const seen: { [t: string]: true } = Object.create(null);
  const anchorEnd = closingAnchor(draft);
  const { matches, claimed } = matchAsks(asks, draft);
  for (const match of matches) {
    const ask = match.ask;
    const key = ask.text.toLowerCase();
    if (seen[key]) continue;
    seen[key] = true;
    if (addressed(match, draft, asks.length, claimed)) continue;
    const line = answerLineFor(ask.text);
    findings.push({
      ruleId: THREAD_RULE_IDS.unanswered,
      category: 'unanswered-question',
      severity: 'warning',
      start: anchorEnd.start,
      end: anchorEnd.end,
      text: anchorEnd.text,
      message:
        'The client asked \u201c' +
        quoteForMessage(ask.text) +
        '\u201d and the reply does not answer it. Answer every question, or say when you will.',
      suggestions: [{ label: 'Add a line answering it', edits: [answerLineEdit(text, draft.layout, line)] }],
    });
  }

  const opening = openingAnchor(draft);

  // Complaints: the strongest one across the unanswered messages.
  let complaint: ComplaintKind | null = null;
  for (const m of messages) {
    const tokens = tokenize(m);
    const kind = complaintIn(tokens, splitSentences(tokens));
    if (kind && (complaint === null || KIND_RANK[kind] > KIND_RANK[complaint])) complaint = kind;
  }
  if (complaint && !acknowledgesComplaint(draft.tokens, 0, draft.tokens.length)) {
    const sentence = ACKNOWLEDGMENTS[complaint];
    findings.push({
      ruleId: THREAD_RULE_IDS.complaint,
      category: 'unacknowledged-complaint',
      severity: 'serious',
      start: opening.start,
      end: opening.end,
      text: opening.text,
      message: complaintMessage(complaint),
      suggestions: [{ label: 'Acknowledge it first', edits: [openingEdit(text, draft.layout, end, sentence)] }],
    });
  }

  const waited = context.waitedBusinessMinutes;
  const sla = context.slaMinutes;
  if (
    typeof waited === 'number' &&
    isFinite(waited) &&
    typeof sla === 'number' &&
    isFinite(sla) &&
    waited > sla &&
    !acknowledgesWait(draft.tokens, 0, draft.tokens.length, complaint) &&
    !excuseRewriteThanks(engineFindings, start, end)
  ) {
    findings.push({
      ruleId: THREAD_RULE_IDS.longWait,
      category: 'long-wait',
      severity: 'warning',
      start: opening.start,
      end: opening.end,
      text: opening.text,
      message:
        'The client has waited longer than your reply target. Thank them for their patience before anything else \u2014 no reasons, just thanks.',
      suggestions: [
        { label: 'Thank them for their patience', edits: [openingEdit(text, draft.layout, end, PATIENCE_LINE)] },
      ],
    });
  }
  return findings;
}

function complaintMessage(kind: ComplaintKind): string {
  switch (kind) {
    case 'chasing':
      return 'The client has had to ask more than once. Acknowledge that before anything else \u2014 fixing it silently still leaves them feeling ignored.';
    case 'waiting':
      return 'The client is unhappy about waiting. Acknowledge it and apologise before giving the update.';
    case 'error':
      return 'The client reported something wrong. Acknowledge the problem and apologise \u2014 a silent fix still leaves them feeling unheard.';
    case 'repeat':
      return 'The client says this keeps happening. Acknowledge it and apologise before explaining the fix.';
    default:
      return 'The client is unhappy. Acknowledge how they feel and apologise before anything else.';
  }
}

// ---------------------------------------------------------------------------------------------

function samePerson(
  a: { name: string | null; address: string | null } | null,
  b: { name: string | null; address: string | null } | null,
): boolean {
  if (!a || !b) return false;
  const addrA = a.address ? a.address.trim().toLowerCase() : '';
  const addrB = b.address ? b.address.trim().toLowerCase() : '';
  if (addrA !== '' && addrB !== '') return addrA === addrB;
  const nameA = a.name ? a.name.trim().toLowerCase() : '';
  const nameB = b.name ? b.name.trim().toLowerCase() : '';
  return nameA !== '' && nameA === nameB;
}

/**
 * The thread context from the thread reader's summary: the client's messages since the user last
 * wrote (newest first), the business-time wait and the target. Nobody waiting → no messages.
 */
export function threadContextFrom(
  summary: Pick<ThreadSummary, 'messages' | 'client' | 'waitingSince' | 'waited' | 'sla'>,
): ThreadContext {
  const clientMessages: string[] = [];
  const messages: ThreadMessage[] = summary && Array.isArray(summary.messages) ? summary.messages : [];
  const client = summary ? summary.client : null;
  const state = summary && summary.sla ? summary.sla.state : 'none';
  if (client && state !== 'none') {
    for (const m of messages) {
      if (clientMessages.length >= MAX_MESSAGES) break;
      // Older than the wait: already answered.
      if (summary.waitingSince && typeof m.sentAt === 'string' && m.sentAt < summary.waitingSince) break;
      const fromClient = samePerson(m.from, client);
      if (fromClient && typeof m.body === 'string') clientMessages.push(m.body);
      // The earliest waiting message closes the run; without a date, the first non-client message does.
      if (summary.waitingSince ? fromClient && m.sentAt === summary.waitingSince : !fromClient) break;
    }
  }
  return {
    clientMessages,
    waitedBusinessMinutes: summary && summary.waited ? summary.waited.businessMinutes : null,
    slaMinutes: summary && summary.sla ? summary.sla.targetMinutes : 0,
    clientName: client ? client.name : null,
  };
}
