import type { Token } from '../text/tokenize';
import { WORD_CLASSES } from '../lexicons/classes';

/**
 * Content words and "does the reply talk about this?" matching. A reply rarely repeats the
 * client's words exactly ("parking" → "car park", "send" → "attached"), so words match by a light
 * stem, by a shared stem prefix (sign/signature, plumber/plumbing — derivations a Porter stemmer
 * keeps apart) and by a small table of related terms.
 */

function toSet(words: string[]): { [w: string]: true } {
  const out: { [w: string]: true } = Object.create(null);
  for (const w of words) out[w] = true;
  return out;
}

/** Function words and the generic words of asking ("could you let me know…"), which say nothing about the topic. */
export const STOPWORDS = toSet([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'so',
  'if',
  'then',
  'than',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'onto',
  'about',
  'as',
  'up',
  'out',
  'off',
  'over',
  'it',
  'its',
  "'s",
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'they',
  'them',
  'their',
  'is',
  'am',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'do',
  'does',
  'did',
  'done',
  'doing',
  'have',
  'has',
  'had',
  'having',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'not',
  'no',
  'yes',
  'please',
  'pls',
  'kindly',
  'let',
  'know',
  'knows',
  'also',
  'too',
  'just',
  'still',
  'again',
  'any',
  'anything',
  'some',
  'something',
  'all',
  'what',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'which',
  'why',
  'how',
  'whether',
  'able',
  'possible',
  'chance',
  'get',
  'gets',
  'getting',
  'make',
  'sure',
  'need',
  'needs',
  'want',
  'like',
  'would',
  'hi',
  'hello',
  'hey',
  'dear',
  'thanks',
  'thank',
  'quick',
  'question',
  'questions',
  'ok',
  'okay',
  'oh',
  'well',
  'really',
  'very',
  'much',
  'many',
  'more',
  'most',
  'one',
  'else',
  'now',
  'yet',
  'already',
  'maybe',
  'perhaps',
  'tell',
  'give',
  'think',
  'wonder',
  'wondering',
  'wondered',
  'mind',
  'happy',
  'help',
  'idea',
  'ideas',
  'way',
  'thing',
  'things',
  'go',
  'going',
  'gone',
  'come',
  'though',
  'via',
  'per',
  'plus',
  'other',
  'another',
  'same',
  'such',
  'own',
  'only',
  'even',
  'ever',
  'never',
  'always',
  'both',
  'each',
  'every',
  'few',
  'lot',
  'lots',
  'bit',
  'advise',
  'thoughts',
  'urgently',
  'soon',
  'possible',
  'asap',
  'x',
  'etc',
  'asap',
]);

/** Related terms: a word in one group answers a word of the same group. */
const RELATED: string[][] = [
  [
    'send',
    'resend',
    'sent',
    'attach',
    'attached',
    'attaching',
    'attachment',
    'enclosed',
    'enclose',
    'below',
    'forward',
    'forwarded',
    'share',
    'shared',
    'here',
  ],
  ['confirm', 'confirmed', 'confirmation', 'confirming', 'yes', 'yep', 'correct', 'certainly', 'definitely'],
  [
    'price',
    'prices',
    'pricing',
    'cost',
    'costs',
    'quote',
    'quotes',
    'quotation',
    'fee',
    'fees',
    'rate',
    'rates',
    'budget',
    'total',
    '\u00a3',
    '$',
    '\u20ac',
  ],
  ['receive', 'received', 'got', 'arrived', 'safely'],
  ['book', 'booked', 'booking', 'reserve', 'reserved', 'reservation'],
  ['cancel', 'cancelled', 'canceled', 'cancellation'],
  ['park', 'parking', 'car'],
  ['call', 'phone', 'ring', 'dial', 'reach', 'mobile'],
  ['login', 'log', 'password', 'credentials'],
  ['fix', 'fixed', 'corrected', 'correct', 'repaired', 'resolved', 'sorted'],
  ['availability', 'available', 'free', 'busy'],
  ['website', 'site', 'homepage', 'page', 'pages', 'web', 'webpage'],
  ['include', 'included', 'includes', 'including', 'cover', 'covers', 'covered', 'covering'],
  ['numbers', 'figures', 'totals', 'sums', 'stats', 'statistics'],
  ['dress', 'attire', 'wear', 'outfit', 'tie', 'formal', 'casual', 'smart', 'jacket', 'jackets'],
  ['bank', 'account', 'iban', 'sort', 'swift', 'bic', 'routing'],
  ['colour', 'color', 'colours', 'colors', 'shade', 'paint', 'tone'],
  ['discount', 'discounts', 'off', '%', 'percent', 'reduction', 'reduced', 'cheaper'],
];

const CONCEPT_OF: { [w: string]: string[] } = Object.create(null);
RELATED.forEach((group) => {
  for (const w of group) {
    if (!CONCEPT_OF[w]) CONCEPT_OF[w] = [];
    CONCEPT_OF[w].push('c:' + group[0]);
  }
});

const ANSWER_CONCEPTS = toSet(['c:confirm', 'c:receive', 'c:fix', 'c:cancel']);

/**
 * "Confirmed", "received", "fixed", "cancelled": words that are themselves the answer to "can you confirm…?" or
 * "did you get…?", whatever else the ask names.
 */
export function isAnswerWord(w: ContentWord): boolean {
  for (const c of w.concepts) if (ANSWER_CONCEPTS[c]) return true;
  return false;
}

/** Words only worth matching through the related-term table (too common to count on their own). */
const CONCEPT_ONLY = toSet('here yes yep got car correct total certainly definitely safely'.split(' '));

const IRREGULAR_STEMS: { [w: string]: string } = {
  sent: 'send',
  got: 'get',
  paid: 'pay',
  went: 'go',
  made: 'make',
  gave: 'give',
  told: 'tell',
  found: 'find',
  bought: 'buy',
  brought: 'bring',
  left: 'leave',
  took: 'take',
  taken: 'take',
  saw: 'see',
  seen: 'see',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  written: 'write',
  kept: 'keep',
  met: 'meet',
  held: 'hold',
  children: 'child',
  people: 'person',
  ran: 'run',
  knew: 'know',
  known: 'know',
  chose: 'choose',
  chosen: 'choose',
  set: 'set',
};

/** A light English stem: plural and verb endings off, final e off, so update/updated/updating meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 40) w = w.slice(0, 40);
  const irregular = IRREGULAR_STEMS[w];
  if (irregular) return irregular;
  if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(xes|ches|shes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && /ing$/.test(w)) w = w.slice(0, -3);
  else if (w.length > 4 && /ied$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /ed$/.test(w)) w = w.slice(0, -2);
  // Undouble a final consonant left by -ing/-ed (planned → plann → plan).
  if (w.length > 3 && /([bdfgklmnprtvz])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
  return w;
}

export interface ContentWord {
  stem: string;
  concepts: string[];
  /** Matches only through a related term. */
  conceptOnly: boolean;
  /**
   * A verb of asking or doing ("send", "check", "confirm"): on its own it shows the reply did
   * something, not which of several asks it did.
   */
  weak: boolean;
}

const WEAK = toSet(
  'send resend check confirm updat share forward book arrang look sort fix find order provid giv do mak attach enclos below here yes yep correct certainly definitely get receiv arriv safely total confirmation booking shar forwarded'.split(
    ' ',
  ),
);

function hasLetterOrDigit(s: string): boolean {
  return /[a-z0-9\u00c0-\uffff]/.test(s);
}

/** The content word for one token, or null for function words and punctuation. */
export function contentWord(tok: Token): ContentWord | null {
  const norm = tok.norm;
  const concepts = CONCEPT_OF[norm] || null;
  if (!tok.isWord) {
    return concepts ? { stem: norm, concepts, conceptOnly: true, weak: false } : null;
  }
  if (!hasLetterOrDigit(norm)) return null;
  if (STOPWORDS[norm] && !concepts) return null;
  if (norm.length < 2 && !/[0-9]/.test(norm)) return null;
  const s = stem(norm);
  const allConcepts = concepts || CONCEPT_OF[s] || [];
  return {
    stem: s,
    concepts: allConcepts,
    conceptOnly: !!CONCEPT_ONLY[norm] || !!STOPWORDS[norm],
    weak: !!WEAK[s] || !!WEAK[norm],
  };
}

/** Stems of the reply, indexed for constant-time look-up of exact, prefix and related matches. */
export class WordIndex {
  private stems: { [s: string]: true } = Object.create(null);
  private concepts: { [c: string]: true } = Object.create(null);
  private byPrefix: { [p: string]: string[] } = Object.create(null);
  /** Distinct stems kept per 4-letter prefix: enough for real mail, bounded for hostile text. */
  private static readonly BUCKET_CAP = 48;

  add(w: ContentWord): void {
    for (const c of w.concepts) this.concepts[c] = true;
    if (w.conceptOnly || this.stems[w.stem]) return;
    this.addStem(w.stem);
    // "print-ready" also says "ready"; "nut-free" also says "nut".
    if (w.stem.indexOf('-') > 0) {
      const parts = w.stem.split('-');
      for (let k = 0; k < parts.length && k < 4; k++) if (parts[k].length >= 3) this.addStem(stem(parts[k]));
    }
  }

  private addStem(s: string): void {
    if (this.stems[s]) return;
    this.stems[s] = true;
    if (s.length >= 4) {
      const key = s.slice(0, 4);
      const bucket = this.byPrefix[key] || (this.byPrefix[key] = []);
      if (bucket.length < WordIndex.BUCKET_CAP) bucket.push(s);
    }
  }

  has(w: ContentWord): boolean {
    for (const c of w.concepts) if (this.concepts[c]) return true;
    if (w.conceptOnly) return false;
    if (this.stems[w.stem]) return true;
    if (w.stem.length < 4 || /^[0-9]/.test(w.stem)) return false;
    const bucket = this.byPrefix[w.stem.slice(0, 4)];
    if (!bucket) return false;
    for (const other of bucket) if (prefixRelated(w.stem, other)) return true;
    return false;
  }
}

/** "sign" / "signatur", "plumb" / "plumber": the shorter stem (4+ letters) starts the longer one. */
function prefixRelated(a: string, b: string): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  return short.length >= 4 && long.length - short.length <= 6 && long.slice(0, short.length) === short;
}

// ---------------------------------------------------------------------------------------------
// Answer types: what kind of words answer "when", "where", "who", "how much", "how many".

const TIME_WORDS = toSet(
  WORD_CLASSES.time.concat([
    'yesterday',
    'tonight',
    'weeks',
    'months',
    'year',
    'years',
    'midnight',
    'eta',
    'noon',
    "o'clock",
    'oclock',
    'fortnight',
    'mins',
    'hrs',
  ]),
);

/** 9am, 4pm, 10:30, 12th, 3rd, 2029, 14/06 parts. */
function isTimeNumber(norm: string): boolean {
  return (
    /^[0-9]{1,2}(am|pm|h)$/.test(norm) ||
    /^[0-9]{1,2}[:.][0-9]{2}(am|pm)?$/.test(norm) ||
    /^[0-9]{1,2}(st|nd|rd|th)$/.test(norm) ||
    /^(19|20)[0-9]{2}$/.test(norm)
  );
}

/** Units of time are amounts ("32 hours"), not a when. */
const TIME_UNITS = toSet(
  'hour hours hrs minute minutes mins day days week weeks month months year years fortnight'.split(' '),
);

/** A day, date or time: "tonight", "Friday", "4pm", "12th" (not a unit such as "hours"). */
export function isTimeToken(norm: string): boolean {
  if (TIME_UNITS[norm]) return false;
  return !!TIME_WORDS[norm] || isTimeNumber(norm);
}

const MONEY_WORDS = toSet(
  '\u00a3 $ \u20ac \u00a5 pounds pound dollars dollar euros euro gbp usd eur cad aud pence cents free complimentary % percent k'.split(
    ' ',
  ),
);
const NUMBER_WORDS = toSet(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred dozen none nobody all both half few several'.split(
    ' ',
  ),
);
const PLACE_WORDS = toSet(
  'attached below above link links url http https www folder drive dropbox sharepoint onedrive box desk drawer office room reception cabinet shelf inbox here there street road lane avenue in on at under inside near behind next upstairs downstairs saved stored kept'.split(
    ' ',
  ),
);
const PERSON_WORDS = toSet(
  'i me we he she they myself team colleague manager assistant nobody everyone someone only'.split(' '),
);

/** Words that give a reason: "because", "due to", "the reason", "caused by". */
const REASON_WORDS = toSet(
  'because cause caused causing reason reasons due since happened result glitch bug error mistake'.split(' '),
);

const READY = toSet('live ready done up available back open online finished complete fixed'.split(' '));

/** "name": a proper name, for "can you recommend a florist?" (stricter than "who"). */
export type AnswerType = 'when' | 'where' | 'who' | 'name' | 'amount' | 'count' | 'why' | 'duration' | 'what';

/** "I'd go for roses", "we went with Skimming Stone": a choice named, the answer to "which…?" or "what would you suggest?". */
const CHOICE_VERBS = toSet('went chose chosen picked settled opted decided recommend suggest go'.split(' '));
const CHOICE_NEXT = toSet('with for on the a an'.split(' '));
/** A sentence that opens by defining something: "It's cocktail attire", "That's a late-filing penalty". */
const COPULA_SUBJECTS = toSet('it that they this those these'.split(' '));
const COPULA = toSet('is are was were'.split(' '));
/** Words that count a span of time: "about ten weeks", "a couple of days". */
const DURATION_COUNTS = toSet(
  'a an one two three four five six seven eight nine ten twelve few couple several half'.split(' '),
);

/** Sentence-initial words that are not names. */
const COMMON_CAPITALS = toSet(
  'the this that these those it we our your you a an here there please attached everything all both my they he she now today tomorrow then let once just still also and but so as if when what which thanks thank one some most any no not only yes sure of done sorry hi hello dear hey right unfortunately i got good great perfect ok okay best regards cheers kind will can could would quick'.split(
    ' ',
  ),
);

/**
 * Which answer types the reply's tokens show. `sentenceStart[i]` says token i starts a sentence
 * (capitals there are not names).
 */
export function answerEvidence(
  tokens: Token[],
  from: number,
  to: number,
  sentenceStart: (i: number) => boolean,
): { [t in AnswerType]: boolean } {
  const out = {
    when: false,
    where: false,
    who: false,
    name: false,
    amount: false,
    count: false,
    why: false,
    duration: false,
    what: false,
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const n = t.norm;
    if (!t.isWord) {
      // Punctuation only ever says "amount" (£, $, %).
      if (MONEY_WORDS[n]) out.amount = true;
      continue;
    }
    if (out.when && out.where && out.who && out.name && out.amount && out.count && out.why && out.duration && out.what)
      break;
    if (TIME_UNITS[n] && i > from) {
      const p = tokens[i - 1].norm;
      const pp = i > from + 1 ? tokens[i - 2].norm : '';
      if (/^[0-9]/.test(p) || DURATION_COUNTS[p] || (p === 'of' && pp === 'couple')) out.duration = true;
    }
    // "by Friday", "until the 12th": a finish date answers "how long" too.
    if ((n === 'by' || n === 'until' || n === 'till') && i + 1 < to) {
      const next = tokens[i + 1].norm;
      const after = i + 2 < to ? tokens[i + 2].norm : '';
      if (isTimeToken(next) || ((next === 'the' || next === 'next' || next === 'end') && isTimeToken(after)))
        out.duration = true;
    }
    if (CHOICE_VERBS[n] && i + 1 < to && (CHOICE_NEXT[tokens[i + 1].norm] || tokens[i + 1].capital)) {
      out.what = true;
      if (n !== 'went' && n !== 'decided') out.name = true;
    }
    if (sentenceStart(i) && COPULA_SUBJECTS[n] && i + 1 < to && COPULA[tokens[i + 1].norm]) out.what = true;
    const hasDigit = /[0-9]/.test(n);
    // "am"/"pm" only after a number: "I'm" is i + am.
    const clock = n === 'am' || n === 'pm' || n === 'a.m' || n === 'p.m';
    if (clock ? i > from && /^[0-9]/.test(tokens[i - 1].norm) : TIME_WORDS[n] || (hasDigit && isTimeNumber(n)))
      out.when = true;
    // "now" answers "when" only as a state: "live now", "now available" — not "working on it now".
    if (n === 'now' && ((i > from && READY[tokens[i - 1].norm]) || (i + 1 < to && READY[tokens[i + 1].norm])))
      out.when = true;
    if (MONEY_WORDS[n] || (hasDigit && /^[0-9][0-9.,]*k$/.test(n))) out.amount = true;
    if (hasDigit || NUMBER_WORDS[n]) out.count = true;
    if (PLACE_WORDS[n]) out.where = true;
    if (REASON_WORDS[n]) out.why = true;
    if (PERSON_WORDS[n]) out.who = true;
    if (t.isWord && t.capital && !TIME_WORDS[n] && /^[a-z]/.test(n) && n !== 'i') {
      if (!sentenceStart(i) || !COMMON_CAPITALS[n]) out.who = true;
      if (!sentenceStart(i)) out.name = true;
    }
  }
  // A name, a number or an amount is a value too.
  if (out.name || out.amount || out.count) out.what = true;
  return out;
}
