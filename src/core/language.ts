import type { Token } from './text/tokenize';
import { isNonLatinLetter } from './text/chars';

export interface LanguageInfo {
  code: 'en' | 'other';
  note?: string;
}

/** Frequent English function words: real English prose is full of them. */
const ENGLISH = [
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'i',
  'you',
  'we',
  'it',
  'this',
  'that',
  'my',
  'your',
  'our',
  'have',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'not',
  'do',
  'did',
  'so',
  'if',
  'as',
  'me',
  'us',
  'just',
  'all',
  'am',
  'what',
  'please',
  'thanks',
  'thank',
  'hi',
  'hello',
  'dear',
  'sorry',
  'let',
  'know',
  'get',
  'send',
  'sent',
  'attached',
  'here',
  'there',
];
/** Frequent function words of other Latin-script languages that rarely occur in English. */
const OTHER = [
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'ich',
  'sie',
  'wir',
  'mit',
  'für',
  'auf',
  'ein',
  'eine',
  'zu',
  'den',
  'dem',
  'le',
  'la',
  'les',
  'et',
  'est',
  'je',
  'vous',
  'nous',
  'pour',
  'avec',
  'une',
  'des',
  'du',
  'que',
  'pas',
  'merci',
  'bonjour',
  'el',
  'los',
  'las',
  'y',
  'es',
  'que',
  'por',
  'para',
  'con',
  'una',
  'yo',
  'gracias',
  'hola',
  'muy',
  'del',
  'il',
  'di',
  'che',
  'e',
  'per',
  'non',
  'sono',
  'grazie',
  'ciao',
  'della',
  'de',
  'het',
  'een',
  'ik',
  'niet',
  'van',
  'je',
  'wij',
  'bedankt',
  'dank',
  'o',
  'os',
  'um',
  'uma',
  'não',
  'obrigado',
  'obrigada',
  'você',
  'em',
  'och',
  'att',
  'jag',
  'är',
  'det',
  'inte',
  'og',
  'er',
  'ikke',
  'jeg',
  'til',
  'nie',
  'jest',
  'się',
  'w',
  'na',
  'z',
];

const englishSet: { [w: string]: true } = {};
for (const w of ENGLISH) englishSet[w] = true;
const otherSet: { [w: string]: true } = {};
for (const w of OTHER) if (englishSet[w] !== true) otherSet[w] = true;

/**
 * Decides whether the new text is English enough to coach. Short texts count as English: there is
 * too little to judge and the rules need English phrasing to fire anyway.
 */
export function detectLanguage(text: string, tokens: Token[]): LanguageInfo {
  let words = 0;
  let english = 0;
  let other = 0;
  let nonLatin = 0;
  let letters = 0;
  for (const t of tokens) {
    if (!t.isWord) continue;
    words++;
    if (englishSet[t.norm] === true) english++;
    else if (otherSet[t.norm] === true) other++;
    const first = text.charCodeAt(t.start);
    letters++;
    if (isNonLatinLetter(first)) nonLatin++;
  }
  if (words < 4) return { code: 'en' };
  if (nonLatin / letters > 0.5) {
    return {
      code: 'other',
      note: 'The reply is mostly in a script other than Latin; the coach checks English text only.',
    };
  }
  if (other >= 3 && other > english) {
    return { code: 'other', note: 'The reply looks mostly non-English; the coach checks English text only.' };
  }
  return { code: 'en' };
}
