import type { Finding, Severity, Suggestion } from './types';
import type { EngineSettings, CustomPhrase } from './settings';
import type { FixSpec, PhraseFamily, Rule } from './rule';
import { tokenize } from './text/tokenize';
import type { Token } from './text/tokenize';
import { splitSentences } from './text/sentences';
import type { Sentence } from './text/sentences';
import { PatternIndex, literalPattern } from './pattern/pattern';
import type { Match } from './pattern/pattern';
import { OUTRANKED_BY } from './rules/precedence';
import { APOLOGY_PATTERNS, CONTENT_CLAUSE_PATTERNS } from './lexicons/apology';
import {
  NEXT_STEP,
  PATIENCE,
  SentenceView,
  asNextStep,
  fillTemplate,
  isFiller,
  keepSegments,
  lowerCommonStart,
  sentenceEdit,
  sentenceIsCapitalised,
  tidySentence,
} from './fix';
import { detectLanguage } from './language';
import type { LanguageInfo } from './language';
import { findNewText } from '../thread/split';

interface FamilyRef {
  rule: Rule;
  family: PhraseFamily;
  /** Index of the family in its rule, to key guard caches. */
  key: string;
  guard: PatternIndex<true> | null;
  requires: PatternIndex<true> | null;
  textGuard: PatternIndex<true> | null;
  custom?: CustomPhrase;
}

function guardIndex(patterns: string[] | undefined): PatternIndex<true> | null {
  if (!patterns || patterns.length === 0) return null;
  const idx = new PatternIndex<true>();
  for (const p of patterns) idx.add(p, true);
  return idx;
}

/** All patterns of a set of rules in one index, compiled once when the engine is created. */
function ruleIndex(rules: readonly Rule[]): PatternIndex<FamilyRef> {
  const index = new PatternIndex<FamilyRef>();
  for (const rule of rules) {
    rule.families.forEach((family, i) => {
      const ref: FamilyRef = {
        rule,
        family,
        key: rule.meta.id + '#' + i,
        guard: guardIndex(family.unless),
        requires: guardIndex(family.requires),
        textGuard: guardIndex(family.unlessText),
      };
      for (const p of family.patterns) index.add(p, ref);
    });
  }
  return index;
}

const APOLOGY_INDEX = new PatternIndex<true>();
for (const p of APOLOGY_PATTERNS) APOLOGY_INDEX.add(p, true);

/** Clauses that carry real content or a next step, not a reason for a delay. */
const CONTENT_INDEX = new PatternIndex<true>();
for (const p of CONTENT_CLAUSE_PATTERNS) CONTENT_INDEX.add(p, true);

/**
 * For families that need a reason clause: the other clause of the sentence that reads as the reason,
 * as a token range, or null when every other clause is real content, a question or too short.
 */
function reasonClause(ctx: Context, s: Sentence, m: Match): { start: number; end: number } | null {
  const questioned = s.termTok < s.tokEnd && ctx.tokens[s.termTok].norm === '?';
  if (questioned) return null;
  for (const seg of s.segments) {
    if (seg.tokStart < m.end && m.start < seg.tokEnd) continue;
    let words = 0;
    let firstWord = '';
    for (let t = seg.tokStart; t < seg.tokEnd; t++) {
      if (!ctx.tokens[t].isWord) continue;
      if (!words) firstWord = ctx.tokens[t].norm;
      words++;
    }
    // Too short to be a reason, or about the client (that is blame, not an excuse).
    if (words < 3 || firstWord === 'you' || firstWord === 'your') continue;
    let content = false;
    CONTENT_INDEX.findAll(ctx.tokens, seg.tokStart, seg.tokEnd, () => {
      content = true;
    });
    if (!content) return { start: seg.tokStart, end: seg.tokEnd };
  }
  return null;
}

export const CUSTOM_RULE_ID = 'custom-phrase';

const customCache: { key: string; index: PatternIndex<FamilyRef> | null } = { key: '', index: null };

function customIndex(phrases: CustomPhrase[] | undefined): PatternIndex<FamilyRef> | null {
  if (!phrases || phrases.length === 0) return null;
  const key = JSON.stringify(phrases);
  if (customCache.key === key) return customCache.index;
  const index = new PatternIndex<FamilyRef>();
  let count = 0;
  for (const phrase of phrases) {
    if (!phrase || typeof phrase.phrase !== 'string') continue;
    const norms = tokenize(phrase.phrase).map((t) => t.norm);
    if (norms.length === 0) continue;
    const note =
      phrase.note && phrase.note.trim()
        ? phrase.note.trim()
        : '"' + phrase.phrase.trim() + '" is on your list of phrases to avoid.';
    const rule: Rule = {
      meta: {
        id: CUSTOM_RULE_ID,
        category: phrase.category,
        description: 'Phrases you asked the coach to catch.',
        why: note,
        defaultSeverity: phrase.severity || 'warning',
        messages: { custom: note },
      },
      families: [],
    };
    const family: PhraseFamily = {
      message: 'custom',
      patterns: [],
      fix: { kind: 'replace', with: phrase.replacement || '' },
      label: phrase.replacement ? 'Use "' + phrase.replacement + '"' : 'Remove it',
    };
    index.addCompiled(literalPattern(phrase.phrase, norms), {
      rule,
      family,
      key: 'custom#' + count++,
      guard: null,
      requires: null,
      textGuard: null,
      custom: phrase,
    });
  }
  customCache.key = key;
  customCache.index = index;
  return index;
}

interface Hit {
  ref: FamilyRef;
  match: Match;
}

interface Context {
  text: string;
  /** Tokens of the block being analysed. */
  tokens: Token[];
  from: number;
  to: number;
  textGuardCache: { [key: string]: boolean };
}

function textGuardHit(ctx: Context, ref: FamilyRef): boolean {
  if (!ref.textGuard) return false;
  if (!(ref.key in ctx.textGuardCache)) {
    let hit = false;
    ref.textGuard.findAll(ctx.tokens, ctx.from, ctx.to, () => {
      hit = true;
    });
    ctx.textGuardCache[ref.key] = hit;
  }
  return ctx.textGuardCache[ref.key];
}

function anyMatch(ctx: Context, s: Sentence, index: PatternIndex<true>): boolean {
  let hit = false;
  index.findAll(ctx.tokens, s.tokStart, s.tokEnd, () => {
    hit = true;
  });
  return hit;
}

/** The family's sentence conditions rule this hit out (cached per sentence). */
function sentenceGuardHit(ctx: Context, s: Sentence, ref: FamilyRef, cache: { [key: string]: boolean }): boolean {
  if (ref.key in cache) return cache[ref.key];
  const out = (!!ref.guard && anyMatch(ctx, s, ref.guard)) || (!!ref.requires && !anyMatch(ctx, s, ref.requires));
  cache[ref.key] = out;
  return out;
}

function segmentsTouching(s: Sentence, startTok: number, endTok: number): number[] {
  const out: number[] = [];
  s.segments.forEach((seg, i) => {
    if (seg.tokStart < endTok && startTok < seg.tokEnd) out.push(i);
  });
  return out;
}

/** Segments that are only an apology for the delay ("Sorry for the late reply"). */
function apologySegments(ctx: Context, s: Sentence): number[] {
  const out: number[] = [];
  s.segments.forEach((seg, i) => {
    let covered = false;
    let first = seg.tokStart;
    while (first < seg.tokEnd && !ctx.tokens[first].isWord) first++;
    APOLOGY_INDEX.findAll(ctx.tokens, first, seg.tokEnd, (m) => {
      if (m.start === first && seg.tokEnd - m.end <= 6) covered = true;
    });
    // An apology for a specific mistake is the writer owning it: keep it.
    if (
      covered &&
      /\b(missed|typo|typos|mistake|error|wrong|mix-up|confusion)\b/i.test(ctx.text.slice(seg.start, seg.end))
    )
      covered = false;
    if (covered) out.push(i);
  });
  return out;
}

function captureTexts(ctx: Context, m: Match): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const name in m.captures) {
    const c = m.captures[name];
    if (c.end > c.start) out[name] = ctx.text.slice(ctx.tokens[c.start].start, ctx.tokens[c.end - 1].end);
  }
  return out;
}

interface Built {
  start: number;
  end: number;
  rewritten: string;
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)$/;

/**
 * "I have surgery on Friday, so I'm out that day." → "I'm out on Friday.": when the dropped words
 * held the day, carry it into what stays.
 */
function keepTimeFact(ctx: Context, s: Sentence, dropped: number[], kept: string): string {
  let day = '';
  for (const i of dropped) {
    const seg = s.segments[i];
    for (let t = seg.tokStart; t < seg.tokEnd && !day; t++) {
      if (WEEKDAY.test(ctx.tokens[t].norm)) {
        const prev = t > seg.tokStart ? ctx.tokens[t - 1].norm : '';
        const word = ctx.text.slice(ctx.tokens[t].start, ctx.tokens[t].end);
        day =
          (prev === 'on' || prev === 'this' || prev === 'next'
            ? prev + ' '
            : /day$/.test(ctx.tokens[t].norm) && !/^to/.test(ctx.tokens[t].norm)
              ? 'on '
              : '') + word;
      }
    }
  }
  if (!day || /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)\b/i.test(kept))
    return kept;
  // Only an availability statement needs the day ("I'm out that day" → "I'm out on Friday").
  if (!/\b(out|away|off|offline|unavailable|available|back|in the office|reachable|around)\b/i.test(kept)) return kept;
  if (/\bthat day\b/i.test(kept)) return kept.replace(/\b(on )?that day\b/i, day);
  const m = /^(.*?)([.!?]*)$/.exec(kept);
  return m ? m[1] + ' ' + day + m[2] : kept;
}

/** Segment-level fixes for all hits of one rule in one sentence. */
function buildSegmentFix(ctx: Context, s: Sentence, hits: Hit[], fix: FixSpec): Built | null {
  const view: SentenceView = { text: ctx.text, sentence: s, tokens: ctx.tokens };
  const drop: { [i: number]: true } = {};
  for (const h of hits) for (const i of segmentsTouching(s, h.match.start, h.match.end)) drop[i] = true;
  const dropped = Object.keys(drop).map(Number);
  if (dropped.length === 0) return null;
  if (fix.kind === 'patience') for (const i of apologySegments(ctx, s)) drop[i] = true;
  // Clauses that only made sense with the dropped ones go too: fillers, and "which …" after a dropped clause.
  s.segments.forEach((seg, i) => {
    if (drop[i]) return;
    const clause = ctx.text.slice(seg.start, seg.end);
    const afterDropped = i > 0 && drop[i - 1] === true;
    if (isFiller(clause) || (afterDropped && /^(?:which|who)\b/i.test(clause) && !/^which is why\b/i.test(clause)))
      drop[i] = true;
  });
  const all = Object.keys(drop)
    .map(Number)
    .sort((a, b) => a - b);
  const start = s.segments[all[0]].start;
  const end = s.segments[all[all.length - 1]].end;
  const capital = sentenceIsCapitalised(view);
  let kept = keepSegments(view, (_seg, i) => drop[i] === true, fix.kind !== 'patience');
  kept = tidySentence(kept, fix.kind === 'patience' ? 'keep' : capital);
  let rewritten: string;
  if (fix.kind === 'patience') {
    const lead = s.segments.length ? ctx.text.slice(s.start, s.segments[0].start) : '';
    if (kept === '') rewritten = PATIENCE + '. ' + NEXT_STEP + '.';
    else if (/^(thanks|thank you)\b/i.test(kept)) rewritten = kept;
    else rewritten = PATIENCE + ' \u2014 ' + lowerCommonStart(asNextStep(kept));
    rewritten = lead + tidySentence(rewritten, capital);
  } else if (fix.kind === 'drop') {
    rewritten = kept === '' ? tidySentence(fix.fallback || '', capital) : keepTimeFact(ctx, s, all, asNextStep(kept));
  } else {
    return null;
  }
  return { start, end, rewritten };
}

interface ReplaceHit {
  hit: Hit;
  start: number;
  end: number;
  insert: string;
}

function replaceSpan(ctx: Context, s: Sentence, hit: Hit): ReplaceHit {
  const fix = hit.ref.family.fix as { kind: 'replace'; with: string; mid?: string };
  const span = hit.match.captures.span || hit.match;
  const start = ctx.tokens[span.start].start;
  const end = ctx.tokens[span.end - 1].end;
  let atStart = true;
  for (let i = s.tokStart; i < span.start; i++) if (ctx.tokens[i].isWord) atStart = false;
  let insert = fillTemplate(
    atStart ? fix.with : fix.mid !== undefined ? fix.mid : fix.with,
    captureTexts(ctx, hit.match),
  );
  if (!atStart) insert = lowerCommonStart(insert);
  return { hit, start, end, insert };
}

/**
 * One rewrite of the sentence that applies every word-level fix of a rule in it, so that applying
 * any one finding's suggestion leaves none of that rule's problems behind in the sentence.
 */
function buildReplaceAll(ctx: Context, s: Sentence, spans: ReplaceHit[]): string {
  const view: SentenceView = { text: ctx.text, sentence: s, tokens: ctx.tokens };
  let out = '';
  let pos = s.start;
  for (const r of spans) {
    let before = ctx.text.slice(pos, r.start);
    let skip = r.end;
    if (r.insert === '') {
      // Removing words: take the comma that belonged to them.
      const rest = ctx.text.slice(r.end, s.end);
      const comma = /^\s*,/.exec(rest);
      if (comma) skip = r.end + comma[0].length;
      else if (/,\s*$/.test(out + before) && /^\s*[.!?]*$/.test(rest)) {
        const joined = (out + before).replace(/,\s*$/, '');
        out = joined;
        before = '';
      }
    }
    out += before + r.insert;
    pos = skip;
  }
  out += ctx.text.slice(pos, s.end);
  return tidySentence(out, sentenceIsCapitalised(view));
}

/**
 * The writer's own next step elsewhere in the sentence ("so I couldn't finish the layout" →
 * "finish the layout"), so a sentence-level rewrite keeps it.
 */
function nextStepFromSentence(ctx: Context, s: Sentence): string {
  for (const seg of s.segments) {
    const clause = ctx.text.slice(seg.start, seg.end);
    const step = asNextStep(clause);
    if (step !== clause)
      return step
        .replace(/^(I|we)'ll /, '')
        .replace(/ by \[day\]/, '')
        .replace(/[.!?]+$/, '');
  }
  return '';
}

function severityFor(settings: EngineSettings | undefined, ref: FamilyRef): Severity {
  const rs = settings && settings.rules ? settings.rules[ref.rule.meta.id] : undefined;
  if (rs && rs.severity) return rs.severity;
  return ref.family.severity || ref.rule.meta.defaultSeverity;
}

function ruleEnabled(settings: EngineSettings | undefined, id: string): boolean {
  const rs = settings && settings.rules ? settings.rules[id] : undefined;
  return !(rs && rs.enabled === false);
}

function makeFinding(
  ctx: Context,
  s: Sentence,
  ref: FamilyRef,
  built: Built,
  settings: EngineSettings | undefined,
): Finding {
  const view: SentenceView = { text: ctx.text, sentence: s, tokens: ctx.tokens };
  const suggestions: Suggestion[] = [{ label: ref.family.label, edits: [sentenceEdit(view, built.rewritten)] }];
  return {
    ruleId: ref.rule.meta.id,
    category: ref.rule.meta.category,
    severity: severityFor(settings, ref),
    start: built.start,
    end: built.end,
    text: ctx.text.slice(built.start, built.end),
    message: ref.rule.meta.messages[ref.family.message] || ref.rule.meta.description,
    suggestions,
  };
}

function findingsForSentence(
  ctx: Context,
  s: Sentence,
  hits: Hit[],
  settings: EngineSettings | undefined,
  out: Finding[],
): void {
  // Group by rule; keep the order in which rules are registered.
  const byRule: { [id: string]: Hit[] } = {};
  const order: string[] = [];
  for (const h of hits) {
    const id = h.ref.rule.meta.id + (h.ref.custom ? '#' + h.ref.key : '');
    if (!byRule[id]) {
      byRule[id] = [];
      order.push(id);
    }
    byRule[id].push(h);
  }
  for (const id of order) {
    const ruleHits = byRule[id];
    const segmentHits = ruleHits.filter(
      (h) => h.ref.family.fix.kind === 'patience' || h.ref.family.fix.kind === 'drop',
    );
    const sentenceHits = ruleHits.filter((h) => h.ref.family.fix.kind === 'sentence');
    const replaceHits = ruleHits.filter((h) => h.ref.family.fix.kind === 'replace');
    if (sentenceHits.length) {
      // Prefer the hit whose template can name what it is about.
      let h = sentenceHits[0];
      for (const x of sentenceHits)
        if (Object.keys(x.match.captures).length > Object.keys(h.match.captures).length) h = x;
      const fix = h.ref.family.fix as { kind: 'sentence'; with: string };
      const view: SentenceView = { text: ctx.text, sentence: s, tokens: ctx.tokens };
      const captures = captureTexts(ctx, h.match);
      if (!captures.next) captures.next = nextStepFromSentence(ctx, s) || '[next step]';
      const rewritten = tidySentence(fillTemplate(fix.with, captures), sentenceIsCapitalised(view));
      out.push(makeFinding(ctx, s, h.ref, { start: s.start, end: s.end, rewritten }, settings));
      continue;
    }
    if (segmentHits.length) {
      const built = buildSegmentFix(ctx, s, segmentHits, segmentHits[0].ref.family.fix);
      if (built) {
        out.push(makeFinding(ctx, s, segmentHits[0].ref, built, settings));
        continue;
      }
    }
    const spans: ReplaceHit[] = [];
    let lastEnd = -1;
    for (const h of replaceHits) {
      const r = replaceSpan(ctx, s, h);
      if (r.start < lastEnd) continue;
      spans.push(r);
      lastEnd = r.end;
    }
    if (spans.length === 0) continue;
    const rewritten = buildReplaceAll(ctx, s, spans);
    for (const r of spans)
      out.push(makeFinding(ctx, s, r.hit.ref, { start: r.start, end: r.end, rewritten }, settings));
  }
}

/** Drops the hits of rules outranked by another rule that fired in the same sentence (rules/index.ts). */
function outranked(hits: Hit[]): Hit[] {
  const fired: { [id: string]: true } = {};
  for (const h of hits) if (!h.ref.custom) fired[h.ref.rule.meta.id] = true;
  return hits.filter((h) => {
    const over = h.ref.custom ? undefined : OUTRANKED_BY[h.ref.rule.meta.id];
    return !over || !over.some((id) => fired[id]);
  });
}

/** Keeps the longest match per family and start, and drops matches inside an earlier one of the same rule. */
function pruneHits(hits: Hit[]): Hit[] {
  const captureCount = (h: Hit): number => Object.keys(h.match.captures).length;
  hits.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end || captureCount(b) - captureCount(a));
  const out: Hit[] = [];
  const reach: { [rule: string]: number } = {};
  for (const h of hits) {
    const id = h.ref.rule.meta.id + (h.ref.custom ? '#' + h.ref.key : '');
    if (reach[id] !== undefined && h.match.start < reach[id]) continue;
    out.push(h);
    reach[id] = h.match.end;
  }
  return out;
}

/** More findings than anyone can read; past this the rest of the text is not analysed. */
export const MAX_FINDINGS = 500;

export interface EngineResult {
  findings: Finding[];
  /** True when analysis stopped at MAX_FINDINGS. */
  truncated: boolean;
  language: LanguageInfo;
  range: { start: number; end: number };
}

function safeRange(text: string): { start: number; end: number } {
  try {
    const r = findNewText(text);
    const start = Math.max(0, Math.min(text.length, r.start | 0));
    const end = Math.max(start, Math.min(text.length, r.end | 0));
    return { start, end };
  } catch {
    return { start: 0, end: text.length };
  }
}

/** Long texts are analysed in blocks of about this many characters, so their tokens die young. */
const BLOCK_CHARS = 16384;

/** Where the block starting at `from` ends: after a sentence end or line break, never inside a word. */
function blockEnd(text: string, from: number, end: number): number {
  if (end - from <= BLOCK_CHARS) return end;
  const limit = from + BLOCK_CHARS;
  const floor = from + BLOCK_CHARS / 2;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const ch = text.charAt(i);
    if (ch === '\n') return i + 1;
    if ((ch === ' ' || ch === '\t') && space < 0) space = i;
    if (ch === ' ' && /[.!?]/.test(text.charAt(i - 1))) return i + 1;
  }
  if (space > 0) return space + 1;
  // One unbroken run: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

export type RunEngine = (text: string, settings: EngineSettings | undefined, wholeText: boolean) => EngineResult;

/**
 * An engine for one set of rules. The task pane, the CLI and the browser send check use every rule;
 * classic Outlook's send script, which has a size budget, carries fewer (see sendCore.ts).
 */
export function createEngine(rules: readonly Rule[]): RunEngine {
  const index = ruleIndex(rules);
  return (text, settings, wholeText) => runEngine(index, text, settings, wholeText);
}

function runEngine(
  rulePatterns: PatternIndex<FamilyRef>,
  text: string,
  settings: EngineSettings | undefined,
  wholeText: boolean,
): EngineResult {
  const range = wholeText ? { start: 0, end: text.length } : safeRange(text);
  const custom = customIndex(settings ? settings.customPhrases : undefined);
  const findings: Finding[] = [];
  let language: LanguageInfo = { code: 'en' };
  let truncated = false;
  let from = range.start;
  let first = true;
  // One visitor for every sentence (not a closure per sentence): it collects into `hits`.
  let hits: Hit[] = [];
  const visit = (match: Match, ref: FamilyRef): void => {
    if (!ref.custom && !ruleEnabled(settings, ref.rule.meta.id)) return;
    if (ref.custom && !ruleEnabled(settings, CUSTOM_RULE_ID)) return;
    hits.push({ ref, match });
  };
  while (from < range.end && !truncated) {
    const to = blockEnd(text, from, range.end);
    const tokens = tokenize(text, from, to);
    if (first) {
      // The first block (up to 16 KB) is plenty to tell the language.
      language = detectLanguage(text, tokens);
      if (language.code !== 'en') return { findings: [], truncated: false, language, range };
      first = false;
    }
    const ctx: Context = {
      text,
      tokens,
      from: 0,
      to: tokens.length,
      // Text-wide guards ("as you asked") look at the whole block: all of a normal reply, and
      // the surrounding 16 KB of a huge draft, so the work stays linear.
      textGuardCache: {},
    };
    for (const s of splitSentences(tokens)) {
      if (findings.length >= MAX_FINDINGS) {
        truncated = true;
        break;
      }
      hits = [];
      rulePatterns.findAll(tokens, s.tokStart, s.tokEnd, visit);
      if (custom) custom.findAll(tokens, s.tokStart, s.tokEnd, visit);
      if (hits.length === 0) continue;
      const guardCache: { [key: string]: boolean } = {};
      hits = hits.filter((h) => !sentenceGuardHit(ctx, s, h.ref, guardCache) && !textGuardHit(ctx, h.ref));
      // A bare apology is fine; with a reason clause next to it, the hit covers the reason too.
      hits = hits.filter((h) => {
        if (!h.ref.family.needsReasonClause) return true;
        const reason = reasonClause(ctx, s, h.match);
        if (!reason) return false;
        h.match =
          h.ref.family.needsReasonClause === 'reason-only'
            ? { start: reason.start, end: reason.end, captures: {} }
            : {
                start: Math.min(h.match.start, reason.start),
                end: Math.max(h.match.end, reason.end),
                captures: h.match.captures,
              };
        return true;
      });
      if (hits.length === 0) continue;
      findingsForSentence(ctx, s, pruneHits(outranked(hits)), settings, findings);
    }
    from = to;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, truncated, language, range };
}
