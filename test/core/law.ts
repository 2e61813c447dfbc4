import { analyze, applySuggestion } from '../../src/core';
import type { Finding } from '../../src/core';

/** Words that a rewrite may drop or change without losing what the writer said. */
const FUNCTION_WORDS = new Set(
  (
    "could couldn't would wouldn't should shouldn't have haven't been with that this there then than just also very really " +
    'sorry because since until though although when were will shall what which your yours from into about after before being does ' +
    "doesn't didn't wasn't isn't can't cannot won't hasn't hadn't aren't weren't don't it's i've i'm we've we're they them " +
    'their these those here able unable much many some more most still even only apologies apologise apologize afraid ' +
    "though, ever never again once sure okay hence which that's there's what's here's let's you're you've"
  ).split(' '),
);

function words(s: string): string[] {
  return s.match(/[A-Za-z0-9\u00c0-\u024f'\u2019]+/g) || [];
}

/** Content words of `text` outside [from, to): names, numbers and longer words. */
export function contentWordsOutside(
  text: string,
  from: number,
  to: number,
  sentStart: number,
  sentEnd: number,
): string[] {
  const before = text.slice(sentStart, Math.max(sentStart, from));
  const after = text.slice(Math.min(sentEnd, to), sentEnd);
  return words(before + ' ' + after)
    .map((w) => w.replace(/\u2019/g, "'"))
    .filter((w) => /\d/.test(w) || (w.length >= 4 && !FUNCTION_WORDS.has(w.toLowerCase())));
}

/** Sentence around a finding: from the previous . ! ? or line break to the next one. */
function sentenceAround(text: string, f: Finding): { start: number; end: number } {
  let start = f.start;
  while (start > 0 && !/[.!?\n]/.test(text.charAt(start - 1))) start--;
  let end = f.end;
  while (end < text.length && !/[.!?\n]/.test(text.charAt(end))) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

export interface LawResult {
  ok: boolean;
  problems: string[];
  rewritten: string;
}

/**
 * The rewrite law: applying a finding's first suggestion clears it, keeps the content words of its
 * sentence, keeps the writer's casing and leaves clean punctuation and spacing.
 */
export function checkLaw(text: string, f: Finding, options?: { wholeText?: boolean }): LawResult {
  const problems: string[] = [];
  if (f.suggestions.length === 0) return { ok: false, problems: ['no suggestion'], rewritten: text };
  const rewritten = applySuggestion(text, f.suggestions[0]);
  const edits = f.suggestions[0].edits;
  const editStart = Math.min.apply(
    null,
    edits.map((e) => e.start),
  );
  const delta = edits.reduce((d, e) => d + e.text.length - (e.end - e.start), 0);
  const editEnd =
    Math.max.apply(
      null,
      edits.map((e) => e.end),
    ) + delta;
  const wholeText = !options || options.wholeText !== false;
  const before = analyze(text, { wholeText }).findings.filter((g) => g.ruleId === f.ruleId).length;
  const after = analyze(rewritten, { wholeText }).findings.filter((g) => g.ruleId === f.ruleId);
  if (after.length >= before) problems.push('finding not cleared');
  // Nothing the suggestion wrote may itself draw the same rule.
  for (const g of after)
    if (editEnd > editStart && g.start < editEnd && editStart < g.end)
      problems.push(`same rule still fires on "${g.text}"`);
  const sentence = sentenceAround(text, f);
  const lower = rewritten.toLowerCase().replace(/\u2019/g, "'");
  // Findings of the same rule fixed by the very same suggestion may drop their own words too.
  const key = JSON.stringify(f.suggestions[0].edits);
  const siblings = analyze(text, { wholeText }).findings.filter(
    (g) => g.ruleId === f.ruleId && g.suggestions[0] && JSON.stringify(g.suggestions[0].edits) === key,
  );
  const inSibling = (w: string): boolean => siblings.some((g) => g.text.toLowerCase().indexOf(w.toLowerCase()) >= 0);
  for (const w of contentWordsOutside(text, f.start, f.end, sentence.start, sentence.end)) {
    if (lower.indexOf(w.toLowerCase()) < 0 && !inSibling(w)) problems.push(`lost content word "${w}"`);
  }
  const changed = rewritten.slice(Math.max(0, editStart - 2), Math.min(rewritten.length, editEnd + 2));
  if (/ {2,}/.test(changed) && !/ {2,}/.test(text)) problems.push('double space');
  if (/ [,.;:!?]/.test(changed)) problems.push('space before punctuation');
  if (/[,;:] *[,.;:!?]/.test(changed)) problems.push('doubled punctuation');
  if (/(^|[.!?] )[.!?,;:]/.test(rewritten) && !/(^|[.!?] )[.!?,;:]/.test(text)) problems.push('empty sentence');
  const firstLetter = /[A-Za-z]/.exec(text);
  const newFirst = /[A-Za-z[]/.exec(rewritten);
  // A letter from after the edit kept the writer's own casing ("…. that just isn't true"): not the rewrite's doing.
  const writersOwn = newFirst !== null && newFirst.index >= editEnd;
  if (firstLetter && newFirst && /[A-Z]/.test(firstLetter[0]) && /[a-z]/.test(newFirst[0]) && !writersOwn)
    problems.push('lost capital at sentence start');
  if (
    firstLetter &&
    newFirst &&
    /[a-z]/.test(firstLetter[0]) &&
    /[A-Z]/.test(newFirst[0]) &&
    !/^(I\b|\[)/.test(rewritten.slice(newFirst.index))
  ) {
    problems.push('capitalised a writer who writes in lower case');
  }
  return { ok: problems.length === 0, problems, rewritten };
}
