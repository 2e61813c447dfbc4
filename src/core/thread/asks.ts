import { tokenize } from '../text/tokenize';
import type { Token } from '../text/tokenize';
import { splitSentences } from '../text/sentences';
import { contentWord, isTimeToken, stem } from './words';
import type { AnswerType, ContentWord } from './words';

/**
 * Questions and requests in a client's message: sentences ending in "?", requests ("Can you…",
 * "Could you also…", "please send…", "let me know…") and the items of a numbered or bulleted list.
 */

export interface Ask {
  /** The ask as the client wrote it (a list item without its number). */
  text: string;
  /** Topic words of the ask. */
  words: ContentWord[];
  /** Words of the sentence before, for asks that point back at it ("Can you fix it?"). */
  context: ContentWord[];
  /** The kind of words that answer it, when the ask is "when / where / who / how much / how many". */
  answerType: AnswerType | null;
  /** A yes/no question or a request: "Yes, I'll be there" can answer it. */
  yesNo: boolean;
  /**
   * A request for news ("Any update on the logo?", "Where are we with the plan?"): any reply on
   * the topic is the update; `words` then holds only the topic.
   */
  status: boolean;
  /**
   * The thing asked for, before any "from / for / about …" phrase: "slides" in "send the slides
   * from yesterday's workshop". Empty when the ask has no such object.
   */
  head: ContentWord[];
  /**
   * The head is the predicate of a clause ("confirm the venue has step-free access"): an answer
   * word such as "confirmed" does not stand in for it.
   */
  headIsClause: boolean;
  /**
   * The thing asked for with its qualifiers ("Spanish" in "the Spanish version of the brochure"):
   * a reply that names the noun with another qualifier ("the English version") has not answered.
   */
  qualified: { noun: ContentWord; modifiers: ContentWord[] } | null;
  /**
   * Further things asked for with the same verb ("send the slides … and the minutes"): a reply
   * that names the first and not these has answered only part.
   */
  alsoObjects: ContentWord[][];
  /** An open "what…?" ask: a bare noun phrase ("Black tie.", "Just your laptop") can answer it. */
  openWhat: boolean;
  /** Days and times the ask itself names ("on Saturday"): a reply repeating them has not said when. */
  timeNorms: string[];
  /** Words of the whole sentence when the ask is one part of it ("How long will it take, and when can you start?"). */
  sentenceWords: ContentWord[];
}

interface Head {
  words: ContentWord[];
  clause: boolean;
  qualified: { noun: ContentWord; modifiers: ContentWord[] } | null;
}

const NO_HEAD: Head = { words: [], clause: false, qualified: null };

/**
 * Predicates of a question about something other than "you" ("Does the Starter plan include
 * phone support?", "Is breakfast included?"): what follows them is what is asked about.
 */
const PREDICATES = set(
  'include includes included cover covers covered offer offers offered allow allows allowed accept accepts accepted support supports supported provide provides provided come comes need needs needed require requires required take takes'.split(
    ' ',
  ),
);
/** Modifiers that do not set one thing apart from another of its kind. */
const GENERIC_MODIFIERS = set(
  'new final latest updated update revised full complete current old first last next other same attached signed edited amended corrected draft clean copy right correct proper whole'.split(
    ' ',
  ),
);
const OBJECT_DETERMINERS = set('the a an my our your his her their any all some'.split(' '));

/** Past participles that follow a subject: "has the courier sent…", "did you get…". */
const PARTICIPLES = set(
  'sent got gotten done made paid given taken brought bought found left written seen heard sold told'.split(' '),
);

/** Polite and discourse words around the asking frame. */
const HEAD_POLITE = set('please pls kindly also just possibly rather maybe quickly'.split(' '));
/** "could you", "do we", "have you": a modal or auxiliary and its subject. */
const HEAD_MODAL = set('can could would will should shall may might must do does did have has'.split(' '));
const HEAD_SUBJECT = set('you u i we'.split(' '));
const HEAD_STOP = set(
  'from for about on in at with before by to after during including near next around within than under between per via and or if whether when where who what which how why so that , ? . ! ; :'.split(
    ' ',
  ),
);

const CLAUSE_AUX = set('is are was were has have had can could will would should does do did'.split(' '));
const CHANCE = set('chance opportunity time moment minute'.split(' '));
const CHANCE_STEMS = set(Object.keys(CHANCE).map(stem));
const DETERMINERS = set('the a an my our your this that these those any some it not also'.split(' '));
const PARTICLES = set('me us over together up out back through down across along in on'.split(' '));

/** Topic words between the asking verb and the first preposition: the object the client wants. */
function headOf(u: Unit, first: number): Head {
  let i = first;
  let framed = false;
  for (let guard = 0; guard < 4 && i < u.to; guard++) {
    while (i < u.to && HEAD_POLITE[u.tokens[i].norm]) i++;
    if (i + 1 < u.to && HEAD_MODAL[u.tokens[i].norm] && HEAD_SUBJECT[u.tokens[i + 1].norm]) {
      i += 2;
      framed = true;
    } else break;
  }
  while (i < u.to && HEAD_POLITE[u.tokens[i].norm]) i++;
  if (framed && i + 1 < u.to && u.tokens[i].norm === 'not') i++;
  // "Has the photographer sent the edited shots?": the verb comes after the subject.
  let predicate = false;
  if (
    !framed &&
    i + 1 < u.to &&
    (HEAD_MODAL[u.tokens[i].norm] || CLAUSE_AUX[u.tokens[i].norm]) &&
    u.tokens[i + 1].norm !== 'there'
  ) {
    for (let k = i + 1; k < u.to && k <= i + 6 && !HEAD_STOP[u.tokens[k].norm]; k++) {
      const n = u.tokens[k].norm;
      if (k > i + 1 && (IMPERATIVES[n] || PARTICIPLES[n] || (n.length > 4 && /ed$/.test(n)))) {
        i = k;
        framed = true;
        break;
      }
      // "Does the Starter plan include phone support?": the subject is the topic, what follows is asked.
      if (k > i + 1 && PREDICATES[n]) {
        i = k;
        framed = true;
        predicate = true;
        break;
      }
    }
  }
  // "Are the cupcakes nut-free?", "Is the conference room wheelchair accessible?": the last word
  // of a sentence that opens "is/are the <thing>" is what is asked (not when a phrase such as
  // "in stock" follows, which may be the predicate itself).
  if (!framed && i + 3 < u.to && BE[u.tokens[i].norm] && VALUE_DETERMINERS[u.tokens[i + 1].norm]) {
    let last: ContentWord | null = null;
    let k = i + 3;
    for (; k < u.to && !HEAD_STOP[u.tokens[k].norm]; k++) {
      const w = contentWord(u.tokens[k]);
      if (w && !w.weak && !w.conceptOnly && !isTimeToken(u.tokens[k].norm)) last = w;
    }
    const endsSentence = k >= u.to || !u.tokens[k].isWord;
    if (contentWord(u.tokens[i + 2]) && last && endsSentence) return { words: [last], clause: true, qualified: null };
  }
  // The verb itself ("send", "chase", "pull together"): any word after "could you", a known
  // instruction verb otherwise. A telling verb counts as part of what is asked.
  if (
    i >= u.to ||
    !u.tokens[i].isWord ||
    !(IMPERATIVES[u.tokens[i].norm] || (framed && !DETERMINERS[u.tokens[i].norm]))
  )
    return NO_HEAD;
  const out: ContentWord[] = [];
  let verb = contentWord(u.tokens[i]);
  i++;
  // "had a chance to look at the contract": the verb that matters is "look".
  let k = i;
  while (k < u.to && k < i + 2 && DETERMINERS[u.tokens[k].norm]) k++;
  if (k + 2 < u.to && CHANCE[u.tokens[k].norm] && u.tokens[k + 1].norm === 'to' && u.tokens[k + 2].isWord) {
    verb = contentWord(u.tokens[k + 2]);
    i = k + 3;
  }
  while (i < u.to && (PARTICLES[u.tokens[i].norm] || u.tokens[i].norm === 'at')) i++;
  const objectStart = out.length;
  let clause = false;
  // Words after "of" qualify the thing asked for: "20 copies of the handout".
  let secondary: ContentWord[] | null = null;
  for (; i < u.to && !HEAD_STOP[u.tokens[i].norm]; i++) {
    if (u.tokens[i].norm === 'of' && out.length > objectStart && secondary === null) {
      secondary = [];
      continue;
    }
    // "confirm the venue has step-free access": what is asked is the part after "has".
    if (CLAUSE_AUX[u.tokens[i].norm] && out.length > objectStart) {
      out.length = objectStart;
      secondary = null;
      clause = true;
      continue;
    }
    const w = contentWord(u.tokens[i]);
    // "today" says when, not what.
    if (w && !w.weak && !w.conceptOnly && !isTimeToken(u.tokens[i].norm)) (secondary || out).push(w);
  }
  // "check whether the caterers can do gluten-free": what is asked is the part after the verb
  // of the clause ("gluten-free"), not its subject.
  if (out.length === objectStart && i < u.to && (u.tokens[i].norm === 'whether' || u.tokens[i].norm === 'if')) {
    let k = i + 1;
    while (k < u.to && k < i + 8 && !CLAUSE_AUX[u.tokens[k].norm] && !HEAD_STOP[u.tokens[k].norm]) k++;
    if (k < u.to && CLAUSE_AUX[u.tokens[k].norm]) {
      clause = true;
      for (k++; k < u.to && !HEAD_STOP[u.tokens[k].norm]; k++) {
        const w = contentWord(u.tokens[k]);
        if (w && !w.weak && !w.conceptOnly && !isTimeToken(u.tokens[k].norm)) out.push(w);
      }
    } else if (k >= u.to || !u.tokens[k].isWord) {
      // "confirm whether the contract auto-renews": no auxiliary, so the clause's last word is its verb.
      let last: ContentWord | null = null;
      let count = 0;
      for (let j = i + 1; j < k; j++) {
        const w = contentWord(u.tokens[j]);
        if (w && !w.weak && !w.conceptOnly && !isTimeToken(u.tokens[j].norm)) {
          last = w;
          count++;
        }
      }
      if (last && count >= 2) {
        clause = true;
        out.push(last);
      }
    }
  }
  // "Is breakfast included?": the predicate itself is what is asked.
  if (predicate && out.length === objectStart && verb && !verb.weak)
    return { words: [verb], clause: true, qualified: null };
  // No object named (or only "time" in "do you have time for…"): no head to insist on.
  if (out.length === objectStart || (out.length === objectStart + 1 && CHANCE_STEMS[out[objectStart].stem]))
    return NO_HEAD;
  // "the Spanish version": the last word is the thing, the ones before it set it apart.
  let qualified: Head['qualified'] = null;
  if (out.length - objectStart >= 2) {
    const noun = out[out.length - 1];
    const modifiers = out
      .slice(objectStart, out.length - 1)
      .filter((w) => !GENERIC_MODIFIERS[w.stem] && !/^[0-9]/.test(w.stem));
    if (modifiers.length > 0) qualified = { noun, modifiers };
  }
  // A clause's predicate is the question itself (and so is what follows "include"): the verb does not stand in for it.
  if (predicate) clause = true;
  if (!clause && verb && !verb.weak && !verb.conceptOnly) out.push(verb);
  return { words: out, clause, qualified };
}

/**
 * "Please send the slides from yesterday and the minutes": the noun phrases joined by "and" after
 * the first object, when they are plain objects (no verb of their own).
 */
function alsoObjectsOf(u: Unit, first: number): ContentWord[][] {
  const out: ContentWord[][] = [];
  const end = Math.min(u.termTok, u.to);
  for (let i = first + 2; i < end && out.length < 3; i++) {
    if (u.tokens[i].norm !== 'and' || i + 2 > end || !OBJECT_DETERMINERS[u.tokens[i + 1].norm]) continue;
    const words: ContentWord[] = [];
    let verbal = false;
    let k = i + 2;
    for (; k < end && u.tokens[k].norm !== 'and' && !HEAD_STOP[u.tokens[k].norm]; k++) {
      const n = u.tokens[k].norm;
      if (CLAUSE_AUX[n] || HEAD_MODAL[n]) verbal = true;
      const w = contentWord(u.tokens[k]);
      if (w && !w.weak && !w.conceptOnly && !isTimeToken(n)) words.push(w);
    }
    if (!verbal && words.length > 0) out.push(words);
    i = k - 1;
  }
  return out;
}

const STATUS_NOUNS = set(['news', 'progress', 'status']);
const STATUS_FILLER = set('update updates news progress status going coming along latest where we'.split(' '));

/** "Any update…", "update me on…", "what's the status of…", "where are we with…", "how is … going". */
function isStatusAsk(u: Unit, first: number): boolean {
  const t = u.tokens;
  const [w0, w1, w2, w3] = norms(u, first, 4);
  if (w0 === 'where' && w1 === 'are' && w2 === 'we') return true;
  if (w0 === 'where' && w1 === 'is' && (w2 === 'it' || w2 === 'this') && (w3 === 'at' || w3 === 'up')) return true;
  if (w0 === 'how' && (w1 === 'is' || w1 === 'are')) {
    for (let i = first + 2; i < u.to; i++) if (t[i].norm === 'going' || t[i].norm === 'coming') return true;
  }
  for (let i = first; i < u.to; i++) {
    const n = t[i].norm;
    if (STATUS_NOUNS[n]) return true;
    if (n === 'update' || n === 'updates') {
      const before = i > first ? t[i - 1].norm : '';
      const after = i + 1 < u.to ? t[i + 1].norm : '';
      if (
        before === 'any' ||
        before === 'an' ||
        before === 'some' ||
        before === 'quick' ||
        before === 'latest' ||
        after === 'me' ||
        after === 'us' ||
        after === 'on'
      )
        return true;
    }
  }
  return false;
}

/** Client text read per message: real asks sit near the top; the cap keeps hostile input bounded. */
export const MAX_MESSAGE_CHARS = 20000;
/** Topic words kept per ask. */
const MAX_WORDS = 40;

function set(words: string[]): { [w: string]: true } {
  const out: { [w: string]: true } = Object.create(null);
  for (const w of words) out[w] = true;
  return out;
}

const GREETINGS = set(['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'hiya', 'greetings', 'good']);
const DISCOURSE = set(
  'and also so but plus oh ok okay then lastly finally btw separately additionally one more thing quick question , : - \u2014 \u2013 if not yes'.split(
    ' ',
  ),
);
const AUX = set('can could would will do does did is are was were have has should shall may any might'.split(' '));
/** Verbs that start an instruction ("Book flights…", "Send the brochure…"). */
const IMPERATIVES = set(
  'book find send resend update confirm order check double-check cancel call ring email add remove change move schedule reschedule arrange print pay buy sort fix review share set create prepare make ask remind reply forward draft write chase organise organize renew upload post publish research look contact invite reserve proofread edit return submit sign tell get put file collect pick drop clean tidy delete archive follow notify inform ensure give try run test translate design redo finish complete call text respond register enrol enroll apply request approve transfer refund invoice bring take deliver'.split(
    ' ',
  ),
);
const NOT_REQUESTS_AFTER_PLEASE = set([
  'find',
  'see',
  'note',
  'ignore',
  'disregard',
  'excuse',
  'forgive',
  'accept',
  'do',
  "don't",
  'feel',
  'bear',
]);
const PRONOUNS = set(['it', 'them', 'this', 'that', 'these', 'those', 'one', 'ones']);
const PRICE_WORDS = set('cost costs price prices pricing quote quotation fee fees rate rates charge total'.split(' '));
const SOFT_PRICE_WORDS = set('bill bills rent salary budget spend invoice premium deposit'.split(' '));
const DATE_WORDS = set(['date', 'deadline', 'eta', 'timeline', 'timeframe', 'timescale']);
const SOCIAL_STARTS = [
  'how are you',
  'how are things',
  'how is it going',
  'how is everything',
  'how was your',
  'how have you',
  'hope you',
  'hope all',
  'you ok',
  'all good',
  'how is your',
  "how's your",
  'does that make sense',
  'does this make sense',
  'hope that makes sense',
  'hope this makes sense',
  'hope this helps',
  'hope that helps',
  'make sense',
  'makes sense',
  'sound good',
  'sounds good',
  'you know',
];
/** Boilerplate that says "please" to nobody in particular: disclaimers and footers. */
const BOILERPLATE = [
  'in error',
  'this email',
  'this e-mail',
  'this message',
  'intended recipient',
  'the environment',
  'unsubscribe',
  'hesitate',
];

function isBoilerplate(u: Unit): boolean {
  const t = u.tokens;
  for (const phrase of BOILERPLATE) {
    const parts = phrase.split(' ');
    for (let i = u.from; i + parts.length <= u.to; i++) {
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) ok = t[i + k].norm === parts[k];
      if (ok) return true;
    }
  }
  return false;
}
/** A list marker at the start of a line: "1.", "2)", "(3)", "-", "*", "•". */
const LIST_MARKER = /^[ \t]*(?:\(?[0-9]{1,2}[.)]|[-*\u2022\u2013])[ \t]+/;
/** An intro line that makes the list below it a list of tasks. */
const TASK_INTRO = /\b(?:can|could|would|will|please|pls|need|list|to-?do|tasks?|following|favou?rs?|jobs?)\b/i;

interface Unit {
  tokens: Token[];
  from: number;
  to: number;
  /** End of the sentence body, before closing punctuation. */
  termTok: number;
  listItem: boolean;
  /** A list item under a line like "Could you:". */
  underTaskIntro: boolean;
  /** Set for a part of a split sentence: it inherits being a question or a request from the whole. */
  question?: boolean;
  request?: boolean;
  /** The whole sentence a part was split from. */
  parent?: Unit;
}

function norms(u: Unit, start: number, count: number): string[] {
  const out: string[] = [];
  for (let i = start; i < u.to && out.length < count; i++) out.push(u.tokens[i].norm);
  return out;
}

/** Skips a greeting ("Hi Sam,") at the start of a unit; returns the first token after it. */
function skipGreeting(u: Unit): number {
  const t = u.tokens;
  if (u.from >= u.to || !GREETINGS[t[u.from].norm]) return u.from;
  for (let i = u.from + 1; i < u.to && i <= u.from + 5; i++) {
    if (t[i].norm === ',' || t[i].norm === '!' || t[i].norm === '\u2014' || t[i].norm === '-') return i + 1;
  }
  return u.from;
}

/** First token after discourse openers ("Also,", "And", "If not,"). */
function skipDiscourse(u: Unit, from: number): number {
  let i = from;
  while (i < u.to && i < from + 6 && DISCOURSE[u.tokens[i].norm]) i++;
  return i;
}

function isQuestion(u: Unit): boolean {
  if (u.question !== undefined) return u.question;
  for (let i = u.termTok; i < u.to; i++) if (u.tokens[i].norm === '?') return true;
  return false;
}

function containsSeq(u: Unit, seq: string[]): boolean {
  const t = u.tokens;
  for (let i = u.from; i + seq.length <= u.to; i++) {
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      if (t[i + k].norm !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

function isRequest(u: Unit, first: number): boolean {
  if (u.request) return true;
  const [w0, w1, w2] = norms(u, first, 3);
  if (w0 === 'please' || w0 === 'pls' || w0 === 'kindly') return !NOT_REQUESTS_AFTER_PLEASE[w1 || ''];
  if (
    (w0 === 'can' || w0 === 'could' || w0 === 'would' || w0 === 'will') &&
    (w1 === 'you' || w1 === 'u' || w1 === 'i' || w1 === 'we')
  )
    return true;
  if (w0 === 'any' && w1 === 'chance') return true;
  if (w0 === 'let' && (w1 === 'me' || w1 === 'us') && w2 === 'know') return !courtesy(u);
  if (w0 === 'remind' || w0 === 'make') return true;
  if (u.listItem && IMPERATIVES[w0 || '']) return true;
  if (IMPERATIVES[w0 || ''] && w0 !== 'find' && w0 !== 'look' && w0 !== 'get') {
    // Prose that opens with an instruction: "Send me the file when you can."
    const next = first + 1 < u.to ? u.tokens[first + 1] : null;
    if (w1 === 'me' || w1 === 'us' || w1 === 'all' || DETERMINERS[w1 || ''] || (next && next.isWord && next.capital))
      return true;
  }
  if (containsSeq(u, ['let', 'me', 'know']) || containsSeq(u, ['let', 'us', 'know'])) return !courtesy(u);
  if (
    containsSeq(u, ['could', 'you']) ||
    containsSeq(u, ['can', 'you']) ||
    containsSeq(u, ['would', 'you']) ||
    containsSeq(u, ['if', 'you', 'could'])
  )
    return true;
  if (containsSeq(u, ['i', 'need', 'you', 'to']) || containsSeq(u, ['i', 'would', 'like', 'you', 'to'])) return true;
  if (
    containsSeq(u, ['please']) &&
    !containsSeq(u, ['please', 'find']) &&
    !containsSeq(u, ['please', 'see']) &&
    !containsSeq(u, ['please', 'note'])
  ) {
    return !containsSeq(u, ['please', 'let', 'me', 'know', 'if', 'you']) || !courtesy(u);
  }
  return false;
}

/** "Let me know if you need anything" is politeness, not an ask. */
function courtesy(u: Unit): boolean {
  return (
    containsSeq(u, ['know', 'if', 'you', 'need']) ||
    containsSeq(u, ['know', 'if', 'you', 'have', 'any']) ||
    containsSeq(u, ['know', 'if', 'you', 'want']) ||
    containsSeq(u, ['know', 'if', 'there', 'is', 'anything']) ||
    containsSeq(u, ['know', 'if', 'anything'])
  );
}

/** "Why hasn't anyone replied?" wants an apology, not an answer: the complaint check covers it. */
function isReproach(u: Unit, first: number): boolean {
  if (u.tokens[first].norm !== 'why') return false;
  for (let i = first + 1; i < u.to && i < first + 4; i++) if (u.tokens[i].norm === 'not') return true;
  return false;
}

function isSocial(u: Unit, first: number): boolean {
  const head = norms(u, first, 4).join(' ');
  for (const s of SOCIAL_STARTS) if (head.indexOf(s) === 0) return true;
  return false;
}

const DONE_WORDS = set('done ready finished complete completed live fixed sorted sent back available up'.split(' '));

function notifyWhenDone(u: Unit, when: number): boolean {
  for (let i = when + 1; i < u.to && i <= when + 4; i++) if (DONE_WORDS[u.tokens[i].norm]) return true;
  return false;
}

function answerTypeOf(u: Unit, first: number, question: boolean): AnswerType | null {
  const [w0, w1] = norms(u, first, 2);
  if (w0 === 'when' || (w0 === 'by' && w1 === 'when')) return 'when';
  if ((w0 === 'what' || w0 === 'which') && (w1 === 'time' || w1 === 'date' || w1 === 'day')) return 'when';
  if (w0 === 'how' && w1 === 'soon') return 'when';
  // "How long will it take?" wants a length of time ("about ten weeks"), not a start date.
  if (w0 === 'how' && w1 === 'long') return 'duration';
  if (w0 === 'where') return 'where';
  if (w0 === 'why') return 'why';
  if (w0 === 'who' || w0 === 'whom' || w0 === 'whose') return 'who';
  if (w0 === 'how' && w1 === 'much') {
    const w2 = first + 2 < u.to ? u.tokens[first + 2].norm : '';
    // "How much notice / time do you need?" wants a duration.
    return w2 === 'notice' || w2 === 'time' || w2 === 'longer' || w2 === 'lead' || w2 === 'warning' ? 'when' : 'amount';
  }
  // "Can you recommend a florist?" is answered by a name.
  for (let i = first; i < u.to && i < first + 5; i++) {
    const n = u.tokens[i].norm;
    if (n === 'recommend' || n === 'suggest') return 'name';
  }
  if (w0 === 'how' && w1 === 'many') return 'count';
  // The client already names the amount ("what this £312 charge is"): they want an explanation.
  let namesAmount = false;
  for (let i = first; i < u.to; i++)
    if (/^[\u00a3$\u20ac]$/.test(u.tokens[i].norm) || /^[0-9]/.test(u.tokens[i].norm)) namesAmount = true;
  // Embedded: "Could you tell me who is handling…", "let me know where you saved it".
  for (let i = first + 1; i + 1 < u.to; i++) {
    const n = u.tokens[i].norm;
    const p = u.tokens[i - 1].norm;
    const asking =
      p === 'me' ||
      p === 'us' ||
      p === 'know' ||
      p === 'confirm' ||
      p === 'check' ||
      p === 'wondering' ||
      p === 'idea' ||
      p === 'sure' ||
      p === 'out' ||
      p === 'ask';
    if (!asking) continue;
    if (n === 'who') return 'who';
    if (n === 'where') return 'where';
    // "Let me know when it's done" asks to be told, and "Done" tells them.
    if (n === 'when') return notifyWhenDone(u, i) ? null : 'when';
    if (n === 'how' && u.tokens[i + 1].norm === 'much') return 'amount';
    if (n === 'how' && u.tokens[i + 1].norm === 'many') return 'count';
    if ((n === 'what' || n === 'which') && /^(time|date|day)$/.test(u.tokens[i + 1].norm)) return 'when';
    // "tell me which file format the printer needs": a value.
    if ((n === 'what' || n === 'which') && asksForValue(u, i)) return 'what';
  }
  // "Could you explain what this charge is?": a definition or a reason answers it.
  for (let i = first; i < u.to && i < first + 6; i++) if (u.tokens[i].norm === 'explain') return 'what';
  // "the attendee numbers", "a headcount": a count answers it.
  for (let i = first; i < u.to; i++) {
    const n = u.tokens[i].norm;
    const numberOf = n === 'number' && i + 1 < u.to && u.tokens[i + 1].norm === 'of';
    if (n === 'headcount' || n === 'numbers' || n === 'breakdown' || numberOf) return 'count';
  }
  let price = false;
  let softPrice = false;
  let date = false;
  // A question about a date wants a date; one that merely mentions a price list does not want a price.
  let asksToTell = false;
  for (let i = first; i < u.to; i++) {
    const n = u.tokens[i].norm;
    if (PRICE_WORDS[n]) price = true;
    if (SOFT_PRICE_WORDS[n]) softPrice = true;
    if (DATE_WORDS[n]) date = true;
    if (
      n === 'what' ||
      n === 'how' ||
      n === 'know' ||
      n === 'tell' ||
      n === 'remind' ||
      n === 'give' ||
      n === 'quote' ||
      n === 'confirm'
    )
      asksToTell = true;
  }
  if (date && (asksToTell || question)) return 'when';
  if (price && asksToTell && !namesAmount) return 'amount';
  // "what my tax bill is likely to be": a bill or a rent is an amount only when asked what it is.
  if (softPrice && !namesAmount && hasWhat(u, first)) return 'amount';
  // "What's the dress code?", "Which paint colour did we pick?": a value or a name answers it.
  if ((w0 === 'what' || w0 === 'which') && question && asksForValue(u, first)) return 'what';
  return null;
}

function hasWhat(u: Unit, first: number): boolean {
  for (let i = first; i < u.to; i++) if (u.tokens[i].norm === 'what' || u.tokens[i].norm === 'how') return true;
  return false;
}

const VALUE_DETERMINERS = set('the your our my this that these those his her their'.split(' '));
const BE = set(['is', 'are', 'was', 'were']);

/** "what colour…", "which hotel…", "what is the dress code": a thing's value, not "what do you think". */
function asksForValue(u: Unit, first: number): boolean {
  const [, w1, w2] = norms(u, first, 3);
  if (!w1) return false;
  if ((w1 === 'is' || w1 === 'are' || w1 === 'was' || w1 === 'were') && VALUE_DETERMINERS[w2 || '']) return true;
  const t = u.tokens[first + 1];
  if (!t.isWord || AUX[w1] || CLAUSE_AUX[w1] || HEAD_SUBJECT[w1] || DETERMINERS[w1]) return false;
  const w = contentWord(t);
  return !!w && !w.weak && !w.conceptOnly;
}

function timeNormsOf(u: Unit, first: number): string[] {
  const out: string[] = [];
  for (let i = first; i < u.to && out.length < 8; i++) if (isTimeToken(u.tokens[i].norm)) out.push(u.tokens[i].norm);
  return out;
}

function wordsOf(u: Unit, from: number): ContentWord[] {
  const out: ContentWord[] = [];
  for (let i = from; i < u.to && out.length < MAX_WORDS; i++) {
    const w = contentWord(u.tokens[i]);
    if (w) out.push(w);
  }
  return out;
}

function pointsBack(u: Unit, first: number, words: ContentWord[]): boolean {
  let strong = 0;
  for (const w of words) if (!w.conceptOnly) strong++;
  if (strong === 0) return true;
  // "If not, what would you suggest instead?" is about the ask before it.
  if (
    containsSeq(u, ['if', 'not']) ||
    containsSeq(u, ['if', 'so']) ||
    containsSeq(u, ['instead']) ||
    containsSeq(u, ['otherwise'])
  )
    return true;
  // "And does it have step-free access?" names its own topic: the sentence before does not answer for it.
  let ownTopic = 0;
  for (const w of words) if (!w.conceptOnly && !w.weak && !isTimeToken(w.stem) && !/^[0-9]/.test(w.stem)) ownTopic++;
  if (ownTopic >= 2) return false;
  for (let i = first; i < u.to; i++) if (PRONOUNS[u.tokens[i].norm]) return true;
  return false;
}

function unitText(body: string, u: Unit, from: number): string {
  if (from >= u.to) return '';
  return body.slice(u.tokens[from].start, u.tokens[u.to - 1].end).trim();
}

const CONJUNCT_SKIP = set(['also', 'please', 'then', 'maybe', 'possibly']);
const QUESTION_AUX = set('can could would will is are do does did should has have was were'.split(' '));
const QUESTION_SUBJECT = set('you we i there it they the this that our my your he she'.split(' '));
const WH = set('when where what how who which why whether'.split(' '));
/** Parts of one sentence a split may make: real mail joins two or three asks, never more. */
const MAX_PARTS = 4;

/**
 * "Could you send the contract and confirm the start date?", "Do you travel to Cornwall, and is
 * there a travel fee?": one sentence, two asks. Splits at "and" when a new asking verb, question
 * or wh-word follows; each part keeps the sentence's question mark or request.
 */
function splitAsks(u: Unit, first: number, question: boolean, request: boolean): Unit[] {
  if (!question && !request) return [u];
  const parts: Unit[] = [];
  let from = u.from;
  const end = Math.min(u.termTok, u.to);
  for (let i = first + 2; i < end && parts.length < MAX_PARTS - 1; i++) {
    if (u.tokens[i].norm !== 'and') continue;
    let k = i + 1;
    while (k < end && k < i + 3 && CONJUNCT_SKIP[u.tokens[k].norm]) k++;
    if (k + 1 >= end) continue;
    const n = u.tokens[k].norm;
    const next = u.tokens[k + 1];
    // "… and order lunch", "… and confirm the date": an instruction verb with something after it.
    const verbPart = request && IMPERATIVES[n] === true && next.isWord && !HEAD_STOP[next.norm];
    const questionPart = question && ((QUESTION_AUX[n] && QUESTION_SUBJECT[next.norm]) || WH[n]);
    if (!verbPart && !questionPart) continue;
    let cut = i;
    while (cut > from && !u.tokens[cut - 1].isWord) cut--;
    if (cut <= from) continue;
    parts.push({
      tokens: u.tokens,
      from,
      to: cut,
      termTok: cut,
      listItem: u.listItem,
      underTaskIntro: u.underTaskIntro,
      question,
      request,
      parent: u,
    });
    from = k;
    i = k;
  }
  if (parts.length === 0) return [u];
  parts.push({
    tokens: u.tokens,
    from,
    to: u.to,
    termTok: u.termTok,
    listItem: u.listItem,
    underTaskIntro: u.underTaskIntro,
    question,
    request,
    parent: u,
  });
  return parts;
}

/** Asks in one message, in reading order, at most `limit`. */
export function extractAsks(body: string, limit: number): Ask[] {
  const asks: Ask[] = [];
  if (typeof body !== 'string' || body.length === 0 || limit <= 0) return asks;
  const text = body.length > MAX_MESSAGE_CHARS ? body.slice(0, MAX_MESSAGE_CHARS) : body;
  let prev: Unit | null = null;
  let taskIntro = false;

  const consider = (whole: Unit): void => {
    if (asks.length >= limit || whole.from >= whole.to) return;
    const wholeFirst = skipDiscourse(whole, skipGreeting(whole));
    if (wholeFirst >= whole.to) {
      prev = whole;
      return;
    }
    const parts = splitAsks(whole, wholeFirst, isQuestion(whole), isRequest(whole, wholeFirst));
    for (const part of parts) considerPart(part);
  };

  const considerPart = (u: Unit): void => {
    if (asks.length >= limit || u.from >= u.to) return;
    const start = skipGreeting(u);
    const first = skipDiscourse(u, start);
    if (first >= u.to) {
      prev = u;
      return;
    }
    const question = isQuestion(u);
    // "Before Thursday, could you:" introduces the asks below it; it is not one itself.
    if (!question && u.tokens[u.to - 1].norm === ':') {
      prev = u;
      return;
    }
    const ask =
      (question || isRequest(u, first) || u.underTaskIntro) &&
      !isSocial(u, first) &&
      !isReproach(u, first) &&
      !isBoilerplate(u);
    if (ask) {
      const status = isStatusAsk(u, first);
      const all = wordsOf(u, first);
      const words = status ? all.filter((w) => !STATUS_FILLER[w.stem] && w.stem !== 'updat') : all;
      if (words.length > 0 || status) {
        const context = prev && !status && pointsBack(u, first, words) ? wordsOf(prev, prev.from) : [];
        const w0 = u.tokens[first].norm;
        // A choice ("ours or yours?") is answered by naming an option, not the thing asked about.
        const head = status || containsSeq(u, ['or']) ? NO_HEAD : headOf(u, first);
        asks.push({
          text: unitText(text, u, start),
          words,
          context,
          answerType: status ? null : answerTypeOf(u, first, question),
          yesNo: !!AUX[w0] || w0 === 'please' || w0 === 'let' || u.listItem || IMPERATIVES[w0] === true,
          status,
          head: head.words,
          headIsClause: head.clause && head.words.length > 0,
          qualified: head.qualified,
          alsoObjects: status ? [] : alsoObjectsOf(u, first),
          openWhat: w0 === 'what' || w0 === 'which',
          timeNorms: timeNormsOf(u, first),
          sentenceWords: u.parent ? wordsOf(u.parent, u.parent.from) : [],
        });
      }
    }
    prev = u;
  };

  const block = (from: number, to: number): void => {
    if (to <= from) return;
    const tokens = tokenize(text, from, to);
    const sentences = splitSentences(tokens);
    for (const s of sentences) {
      consider({ tokens, from: s.tokStart, to: s.tokEnd, termTok: s.termTok, listItem: false, underTaskIntro: false });
      if (asks.length >= limit) return;
    }
    const last = sentences.length ? sentences[sentences.length - 1] : null;
    taskIntro = !!last && /:\s*$/.test(text.slice(last.start, to)) && TASK_INTRO.test(text.slice(last.start, to));
  };

  let blockStart = -1;
  let pos = 0;
  while (pos <= text.length && asks.length < limit) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd);
    const marker = LIST_MARKER.exec(line);
    if (marker && /[A-Za-z]/.test(line.slice(marker[0].length))) {
      if (blockStart >= 0) block(blockStart, pos);
      blockStart = -1;
      const itemStart = pos + marker[0].length;
      const tokens = tokenize(text, itemStart, lineEnd);
      if (tokens.length > 0) {
        let termTok = tokens.length;
        while (termTok > 0 && !tokens[termTok - 1].isWord && /^[.!?;:,]$/.test(tokens[termTok - 1].norm)) termTok--;
        const item: Unit = { tokens, from: 0, to: tokens.length, termTok, listItem: true, underTaskIntro: taskIntro };
        // Items of a list belong to the intro, not to each other.
        const saved: Unit | null = prev;
        consider(item);
        prev = saved;
      }
    } else if (line.trim() === '') {
      if (blockStart >= 0) block(blockStart, pos);
      blockStart = -1;
    } else if (blockStart < 0) {
      blockStart = pos;
    }
    pos = lineEnd + 1;
  }
  if (blockStart >= 0 && asks.length < limit) block(blockStart, text.length);
  return asks;
}
