import { CharKind, extractText } from '../../src/draft';

/** Every Text character must map to source that reads as that character. */
function expectMapConsistent(html: string): void {
  const draft = extractText(html);
  for (let i = 0; i < draft.text.length; i++) {
    const start = draft.srcStart[i];
    const end = draft.srcEnd[i];
    expect(start).toBeLessThanOrEqual(end);
    if (i > 0) expect(start).toBeGreaterThanOrEqual(draft.srcStart[i - 1]);
    if (draft.kind[i] === CharKind.LineBreak) expect(html.slice(start, start + 3).toLowerCase()).toMatch(/^<\/?b/);
  }
}

describe('extractText', () => {
  const cases: Array<[string, string, string]> = [
    ['plain paragraphs get a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['div lines', '<div>One</div><div>Two</div>', 'One\nTwo'],
    [
      'inline formatting is transparent',
      '<p>I was <b>really</b> <i>very</i> <span style="color:red">sick</span></p>',
      'I was really very sick',
    ],
    ['whitespace collapses, edges trimmed', '<div>\n   a \n\t b   </div>', 'a b'],
    ['space across inline tags collapses once', '<div>a <b> b</b></div>', 'a b'],
    [
      'entities',
      '<p>A &amp; B &lt;C&gt; &quot;x&quot; &#8217; &#x2019; &eacute; &hellip;</p>',
      'A & B <C> "x" \u2019 \u2019 \u00e9 \u2026',
    ],
    ['unknown entity stays literal', '<p>&bogus; &amp &copy</p>', '&bogus; & \u00a9'],
    ['nbsp is a plain space that does not collapse', '<p>a&nbsp;&nbsp;b\u00a0c</p>', 'a  b c'],
    ['C1 numeric references use Windows-1252', '<p>&#146;&#150;</p>', '\u2019\u2013'],
    ['astral numeric reference', '<p>&#128512;!</p>', '\ud83d\ude00!'],
    ['br lines', 'one<br>two<br/>three', 'one\ntwo\nthree'],
    ['br closing a block adds no empty line', '<div>a<br></div><div>b</div>', 'a\nb'],
    [
      'gmail empty line',
      '<div dir="ltr"><div>Hi Ann,</div><div><br></div><div>Thanks</div></div>',
      'Hi Ann,\n\nThanks',
    ],
    ['trailing space before br is dropped', '<div>a <br>b</div>', 'a\nb'],
    [
      'outlook MsoNormal paragraphs are single lines',
      '<p class=MsoNormal>Hi,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class=MsoNormal>Bye<o:p></o:p></p>',
      'Hi,\n \nBye',
    ],
    [
      'conditional comments and head are ignored',
      '<html><head><meta charset="utf-8"><style>p {color:red}</style><title>T</title><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head><body><!--[if mso]><p>hidden</p><![endif]--><![if !supportLists]>visible<![endif]></body></html>',
      'visible',
    ],
    ['script and comments ignored', '<div>a<script>var x = "</div>";</script>b<!-- c -->d</div>', 'abd'],
    [
      'headings, lists and blockquote break lines',
      '<h1>T</h1><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote><hr>end',
      'T\na\nb\nq\nend',
    ],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\tb\nc'],
    ['pre keeps whitespace', '<pre>\n a  b\nc</pre>', ' a  b\nc'],
    ['emoji literal', '<p>ok \ud83d\udc4d done</p>', 'ok \ud83d\udc4d done'],
    ['literal < that starts no tag', '<p>a < b and 3<4</p>', 'a < b and 3<4'],
    ['attribute with > inside quotes', '<p title="a>b">x</p>', 'x'],
    ['leading and trailing breaks removed', '<div><div><p>x</p></div></div>', 'x'],
    ['white space written as references collapses too', '<p>a&#10;&#32; b</p>', 'a b'],
    ['an empty table cell keeps its tab', '<table><tr><td>a</td><td></td><td>b</td></tr></table>', 'a\t\tb'],
    ['uppercase tags', '<P>One</P><DIV>Two<BR>Three</DIV>', 'One\n\nTwo\nThree'],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(extractText(html).text).toBe(expected);
    expectMapConsistent(html);
  });

  it('maps an entity, a collapsed run and a br to their whole source', () => {
    const html = '<p>a&amp;b  \n c<br>d</p>';
    const draft = extractText(html);
    expect(draft.text).toBe('a&b c\nd');
    const source = (i: number): string => html.slice(draft.srcStart[i], draft.srcEnd[i]);
    expect(source(1)).toBe('&amp;');
    expect(source(3)).toBe('  \n ');
    expect(source(5)).toBe('<br>');
    expect(draft.kind[5]).toBe(CharKind.LineBreak);
  });

  it('gives block breaks no source', () => {
    const draft = extractText('<div>a</div><div>b</div>');
    expect(draft.kind[1]).toBe(CharKind.Block);
    expect(draft.srcEnd[1] - draft.srcStart[1]).toBe(0);
  });

  it('never throws on non-string or broken input', () => {
    expect(extractText(undefined as unknown as string).text).toBe('');
    expect(extractText('<div class="x').text).toBe('');
    expect(extractText('a<!-- never closed').text).toBe('a');
    expect(extractText('a</').text).toBe('a</');
  });
});
