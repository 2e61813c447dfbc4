/**
 * Property tests: random edits on real mail HTML (read from ../shared/corpus) and on
 * generated HTML. For each accepted edit:
 *  (1) undo (restoring the pushed body) gives the original byte for byte;
 *  (2) the source before the first affected character and after the last one is
 *      byte-identical, and the new HTML reads as the old text with the edit applied
 *      (exactly, or modulo the whitespace collapse documented in normalizeRendered);
 *  (3) outside <br>s that the edit itself removes or writes, the tag sequence is unchanged.
 * Refusals are only allowed where the spec allows them.
 */
import fc from 'fast-check';
import {
  applyEdits,
  applyEditsToText,
  CharKind,
  extractText,
  UndoStack,
  type DraftText,
  type Edit,
} from '../../src/draft';
import {
  corpusHtmlFiles,
  CORPUS_DIR,
  editArb,
  isBr,
  normalizeRendered,
  refusalAllowed,
  snapOffset,
  tagNames,
} from './support';

interface Tally {
  runs: number;
  applied: number;
  refused: number;
  exact: number;
}

function checkEdit(html: string, draft: DraftText, rawEdit: Edit, tally: Tally): void {
  const edit: Edit = {
    start: snapOffset(draft.text, rawEdit.start),
    end: snapOffset(draft.text, rawEdit.end),
    text: rawEdit.text,
  };
  tally.runs++;
  const undo = new UndoStack(3);
  undo.push(html);
  const result = applyEdits(html, draft, [edit]);
  if (!result.ok) {
    if (!refusalAllowed(draft, edit))
      throw new Error(`refused without cause: ${result.reason} ${JSON.stringify(edit)}`);
    tally.refused++;
    return;
  }
  tally.applied++;
  const next = result.html;

  // (1) undo is the exact previous body.
  expect(undo.pop()).toBe(html);

  // (2a) source outside the affected characters is untouched.
  // Bounds: the neighbouring characters' sources. Between a neighbour and the edited
  // characters only white space that rendered as nothing may go.
  const last = draft.text.length;
  const left = edit.start > 0 ? draft.srcEnd[edit.start - 1] : 0;
  const right = edit.end < last ? draft.srcStart[edit.end] : html.length;
  if (edit.start === edit.end && edit.text === '') {
    expect(next).toBe(html);
    return;
  }
  expect(next.slice(0, left)).toBe(html.slice(0, left));
  expect(next.slice(next.length - (html.length - right))).toBe(html.slice(right));
  if (edit.start < edit.end) {
    const strictLeft = draft.srcStart[edit.start];
    const strictRight = draft.srcEnd[edit.end - 1];
    // From the gaps between the neighbours and the edited characters only white space may go.
    const stripWs = (value: string): string => value.replace(/[ \t\r\n\f]+/g, '');
    const newMiddle = stripWs(next.slice(left, next.length - (html.length - right)));
    expect(newMiddle.startsWith(stripWs(html.slice(left, strictLeft)))).toBe(true);
    expect(newMiddle.endsWith(stripWs(html.slice(strictRight, right)))).toBe(true);
  }

  // (2b) the new HTML reads as the edited text.
  const expected = applyEditsToText(draft.text, [edit]);
  if (!expected.ok) throw new Error(expected.reason);
  const actual = extractText(next).text;
  if (actual === expected.text) tally.exact++;
  else expect(normalizeRendered(actual)).toBe(normalizeRendered(expected.text));

  // (3) no tag appears or disappears except the edit's own <br>s.
  const before = tagNames(html).filter((name) => !isBr(name));
  const after = tagNames(next).filter((name) => !isBr(name));
  expect(after).toEqual(before);
  let removedBrs = 0;
  for (let k = edit.start; k < edit.end; k++) {
    const isBreak = draft.kind[k] === CharKind.LineBreak || draft.kind[k] === CharKind.BlockLineBreak;
    if (isBreak && html.charAt(draft.srcStart[k]) === '<') removedBrs++;
  }
  const writtenBrs = (edit.text.match(/\r\n|\r|\n/g) || []).length;
  const brDelta = tagNames(next).filter(isBr).length - tagNames(html).filter(isBr).length;
  // One extra <br> may keep a blank line visible before a block edge.
  expect([writtenBrs - removedBrs, writtenBrs - removedBrs + 1]).toContain(brDelta);
}

const corpus = corpusHtmlFiles();
/** DRAFT_PROPERTY_RUNS=1000 for a deeper soak run; the default keeps the suite quick. */
const RUNS_PER_FILE = Number(process.env.DRAFT_PROPERTY_RUNS) > 0 ? Number(process.env.DRAFT_PROPERTY_RUNS) : 150;

describe('property: random edits on real mail HTML', () => {
  if (corpus.length === 0) {
    it.skip(`corpus not found at ${CORPUS_DIR}: real-HTML properties skipped`, () => undefined);
    return;
  }
  const total: Tally = { runs: 0, applied: 0, refused: 0, exact: 0 };
  afterAll(() => {
    // Visible in the jest output so the coverage of the properties is known.
    console.log(`draft corpus properties: ${corpus.length} files, ${JSON.stringify(total)}`);
  });
  it.each(corpus.map((file) => [file.name, file.html] as [string, string]))('%s', (_name, html) => {
    const draft = extractText(html);
    if (draft.text.length === 0) return;
    fc.assert(
      fc.property(editArb(draft.text.length), (edit) => {
        checkEdit(html, draft, edit, total);
      }),
      { numRuns: RUNS_PER_FILE },
    );
  });
});

/** Generated mail-like HTML: nested inline and block elements, entities, comments, emoji. */
const textArb = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'word',
      ' ',
      '  ',
      '\n',
      '\t',
      '&amp;',
      '&nbsp;',
      '&lt;',
      '&#8217;',
      '&eacute;',
      '\u00a0',
      '\ud83d\ude00',
      '<',
      '&',
      'x',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const htmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    textArb,
    fc.constantFrom(
      '<br>',
      '<br/>',
      '<!-- note -->',
      '<!--[if mso]><p>hidden</p><![endif]-->',
      '<o:p></o:p>',
      '<img src="x.png">',
      '<![if !supportLists]>',
    ),
    fc
      .tuple(
        fc.constantFrom(
          'b',
          'i',
          'u',
          'strong',
          'span style="color:red"',
          'a href="https://x.example/?a=1&amp;b=2"',
          'font face="Arial"',
          'p',
          'p class=MsoNormal',
          'div',
          'div dir="ltr"',
          'blockquote',
          'li',
          'h2',
          'o:p',
        ),
        tie('nodes'),
      )
      .map(([open, inner]) => `<${open}>${inner}</${open.split(' ')[0]}>`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((parts) => parts.join('')),
})).nodes;

describe('property: random edits on generated HTML', () => {
  const total: Tally = { runs: 0, applied: 0, refused: 0, exact: 0 };
  afterAll(() => {
    console.log(`draft generated-HTML properties: ${JSON.stringify(total)}`);
  });
  it('keeps the source outside the edit and reads back the edited text', () => {
    fc.assert(
      fc.property(
        htmlArb.chain((html) => {
          const length = extractText(html).text.length;
          return fc.tuple(fc.constant(html), editArb(length));
        }),
        ([html, edit]) => {
          checkEdit(html, extractText(html), edit, total);
        },
      ),
      { numRuns: RUNS_PER_FILE * 20 },
    );
  });

  it('applies two disjoint edits like two single edits would read', () => {
    fc.assert(
      fc.property(
        htmlArb.chain((html) => {
          const length = extractText(html).text.length;
          return fc.tuple(fc.constant(html), editArb(length), editArb(length));
        }),
        ([html, first, second]) => {
          const draft = extractText(html);
          const a = { ...first, start: snapOffset(draft.text, first.start), end: snapOffset(draft.text, first.end) };
          const b = { ...second, start: snapOffset(draft.text, second.start), end: snapOffset(draft.text, second.end) };
          const [x, y] = a.start <= b.start ? [a, b] : [b, a];
          // Keep them apart by a visible character so their spacing contexts do not interact.
          fc.pre(y.start > x.end + 1 && y.start > x.end);
          const result = applyEdits(html, draft, [y, x]);
          if (!result.ok) {
            expect(refusalAllowed(draft, x) || refusalAllowed(draft, y)).toBe(true);
            return;
          }
          const expected = applyEditsToText(draft.text, [x, y]);
          expect(expected.ok).toBe(true);
          if (expected.ok)
            expect(normalizeRendered(extractText(result.html).text)).toBe(normalizeRendered(expected.text));
        },
      ),
      { numRuns: RUNS_PER_FILE * 7 },
    );
  });
});
