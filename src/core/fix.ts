import type { Edit } from './types';
import type { Token } from './text/tokenize';
import type { Sentence, Segment } from './text/sentences';
import { isLower, isUpper } from './text/chars';

/** Placeholder for the writer to fill when an excuse leaves nothing else in the sentence. */
export const NEXT_STEP = '[Next step and time]';
export const PATIENCE = 'Thank you for your patience';

/** Words that may be lower-cased when they stop starting a sentence (never names). */
const COMMON_STARTS = [
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'we',
  'our',
  'your',
  'you',
  'a',
  'an',
  'here',
  'there',
  'please',
  'attached',
  'everything',
  'all',
  'both',
  'my',
  'they',
  'he',
  'she',
  'now',
  'today',
  'tomorrow',
  'then',
  'let',
  'once',
  'just',
  'still',
  'also',
  'and',
  'but',
  'so',
  'as',
  'if',
  'when',
  'what',
  'which',
  'everyone',
  'thanks',
  'thank',
  'one',
  'some',
  'most',
  'any',
  'no',
  'not',
  'only',
  'even',
  'again',
  'finally',
  'anyway',
  'hopefully',
  'sorry',
  'apologies',
  'forgive',
  'totally',
  'completely',
  'honestly',
  'really',
  'actually',
  'unfortunately',
  'luckily',
  'their',
  'his',
  'her',
  'its',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'to',
  'by',
  'after',
  'before',
  'since',
  'until',
  'while',
  'had',
  'have',
  'been',
  'was',
  'were',
  'is',
  'are',
  'running',
  'forgot',
  'meant',
  'sadly',
  'currently',
  'sure',
  'quick',
  'good',
  'great',
  'happy',
  'glad',
  'yes',
  'ok',
  'okay',
  'well',
  'things',
];

function isCapitalised(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (isUpper(ch)) return true;
    if (isLower(ch)) return false;
  }
  return true;
}

function upperFirst(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (isLower(ch)) return s.slice(0, i) + ch.toUpperCase() + s.slice(i + 1);
    if (isUpper(ch) || /[0-9[]/.test(ch)) return s;
  }
  return s;
}

function lowerFirstLetter(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (isUpper(ch)) return s.slice(0, i) + ch.toLowerCase() + s.slice(i + 1);
    if (isLower(ch)) return s;
  }
  return s;
}

/** Lower-cases a leading common word ("The report…" → "the report…"); names and "I" keep their capital. */
export function lowerCommonStart(s: string): string {
  const m = /^([A-Za-z]+)/.exec(s);
  if (!m) return s;
  const word = m[1];
  if (word.length > 1 && word === word.toUpperCase()) return s;
  if (COMMON_STARTS.indexOf(word.toLowerCase()) < 0) return s;
  return word.charAt(0).toLowerCase() + s.slice(1);
}

/** Clauses that say nothing once what they hung on is gone ("to be honest", "lol"). */
export function isFiller(clause: string): boolean {
  return /^(?:to be honest|honestly|tbh|lol|haha|sorry|so sorry|really|though|anyway|ugh|just saying|if i am honest|if i'm honest|to be fair|frankly|sadly|unfortunately|i'm afraid|i am afraid)[\s.!?,]*$/i.test(
    clause.trim(),
  );
}

/** Makes a rewritten sentence read cleanly: single spaces, no orphan commas, capital start. */
export function tidySentence(s: string, capitalise: boolean | 'keep'): string {
  let out = s
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/([,;:])\s*([,.;:!?])/g, '$2')
    .replace(/\(\s*\)/g, '')
    .replace(/\s*[\u2014\u2013]\s*([.!?,;:])/g, '$1')
    .replace(/^[\s,;:\u2014\u2013-]+/, '')
    .replace(/[\s,;:\u2014\u2013-]+$/, '')
    .replace(/[\s,;:\u2014\u2013-]+([.!?]+["')\]]*)$/, '$1');
  out = out.replace(/^(?:and|but|so|because|then|or|which is why|which means|that is why|that's why|hence)\s+/i, '');
  if (!/[A-Za-z0-9\u00c0-\uffff]/.test(out.replace(/[\u2000-\u2bff\ud800-\udfff]/g, ''))) return '';
  if (capitalise === 'keep') return out;
  return capitalise ? upperFirst(out) : lowerFirstLetter(out);
}

/** Fills $name references from captures. */
export function fillTemplate(template: string, captures: { [name: string]: string }): string {
  return template.replace(/\$([a-z]+)/g, (whole, name: string) => (name in captures ? captures[name] : whole));
}

export interface SentenceView {
  text: string;
  sentence: Sentence;
  tokens: Token[];
}

function sentenceText(v: SentenceView): string {
  return v.text.slice(v.sentence.start, v.sentence.end);
}

export function sentenceIsCapitalised(v: SentenceView): boolean {
  return isCapitalised(sentenceText(v));
}

/** Text of a sentence with the given segments removed, joined by the separators that stay. */
export function keepSegments(v: SentenceView, drop: (seg: Segment, index: number) => boolean, withLead = true): string {
  const { text, sentence } = v;
  let out = '';
  let prevEnd = sentence.start;
  let started = false;
  // After dropped segments, join with the separator that came before the first of them.
  let droppedRunStart = -1;
  sentence.segments.forEach((seg, i) => {
    if (!drop(seg, i)) {
      if (started) out += text.slice(prevEnd, droppedRunStart >= 0 ? droppedRunStart : seg.start);
      out += text.slice(seg.start, seg.end);
      started = true;
      prevEnd = seg.end;
      droppedRunStart = -1;
    } else if (droppedRunStart < 0) {
      droppedRunStart = seg.start;
    }
  });
  if (!started) return '';
  // Keep what opened the sentence before its first clause (an emoji, a bullet).
  if (withLead && sentence.segments.length) out = text.slice(sentence.start, sentence.segments[0].start) + out;
  const term = sentence.termTok < sentence.tokEnd ? text.slice(v.tokens[sentence.termTok].start, sentence.end) : '';
  return out + term;
}

const NOT_A_STEP =
  /^(?:be|been|read (?:\w+ )?minds?|guess|know|imagine|believe|understand|do everything|do miracles|work miracles)\b/i;

const UNTIL_NOW = /\s+until (now|today|this morning|this afternoon|tonight)\b/i;

/** "so I couldn't finish the layout" → "I'll finish the layout by [day]": a concrete next step. */
export function asNextStep(clause: string): string {
  const m =
    /^(I|we)\s+(?:couldn't|could not|can't|cannot|wasn't able to|weren't able to|haven't been able to|have not been able to|was unable to|were unable to|am unable to|didn't get to|did not get to|haven't had a chance to|haven't got to|haven't gotten to|have not had a chance to|didn't get a chance to)\s+(.+?)([.!?]*)$/i.exec(
      clause,
    );
  if (!m) return clause;
  // "I can't be expected to guess", "we can't read minds": a reproach, not work still to do.
  if (NOT_A_STEP.test(m[2])) return clause;
  // "couldn't look at it until today" promises it for today, not "until today".
  const step = m[2].replace(UNTIL_NOW, ' $1');
  const hasTime =
    /\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|by|at|before|within|this|next|end of|eod)\b/i.test(
      step,
    );
  const subject = m[1].toLowerCase() === 'we' ? 'we' : 'I';
  return subject + "'ll " + step + (hasTime ? '' : ' by [day]') + (m[3] || '.');
}

/** The smallest single edit that turns `before` into `after`, offset by `base`. */
export function diffEdit(base: number, before: string, after: string): Edit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: base + p, end: base + before.length - s, text: after.slice(p, after.length - s) };
}

/** An edit that deletes a whole sentence with the space that belongs to it. */
export function deleteSentenceEdit(v: SentenceView): Edit {
  const { text, sentence } = v;
  let end = sentence.end;
  while (end < text.length && (text.charAt(end) === ' ' || text.charAt(end) === '\t')) end++;
  const nextIsBreak = end >= text.length || text.charAt(end) === '\n' || text.charAt(end) === '\r';
  let start = sentence.start;
  if (nextIsBreak) {
    // Last sentence on its line: take the spaces before it instead, or the whole line.
    let s = start;
    while (s > 0 && (text.charAt(s - 1) === ' ' || text.charAt(s - 1) === '\t')) s--;
    const lineStart = s === 0 || text.charAt(s - 1) === '\n';
    if (!lineStart) {
      start = s;
      end = sentence.end;
    } else {
      start = s;
      if (text.charAt(end) === '\r') end++;
      if (text.charAt(end) === '\n') end++;
    }
  }
  return { start, end, text: '' };
}

/** The edit that turns the sentence into `rewritten` ('' deletes it). */
export function sentenceEdit(v: SentenceView, rewritten: string): Edit {
  if (rewritten === '') return deleteSentenceEdit(v);
  return diffEdit(v.sentence.start, sentenceText(v), rewritten);
}

/** Applies edits (non-overlapping) to text. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = edits.slice().sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.start < 0 || e.end > out.length || e.start > e.end || e.end > limit) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
