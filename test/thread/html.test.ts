import { htmlToText as read } from '../../src/thread/html';

/** Blocks end their line, so the text ends in a newline after a closing block; these tests look past it. */
function htmlToText(html: string): ReturnType<typeof read> {
  const r = read(html);
  return { ...r, text: r.text.replace(/\n$/, '') };
}

describe('htmlToText', () => {
  it('decodes character references in text and alt text', () => {
    const r = htmlToText('<p>Tom &amp; Jerry&nbsp;&#8212;&#x2019;s <img alt="a &lt;b&gt;"> &bogus; &</p>');
    expect(r.text).toBe('Tom & Jerry \u2014\u2019s a <b> &bogus; &');
  });

  it('skips scripts, styles, head and comments', () => {
    const r = htmlToText(
      '<html><head><title>T</title><style>p{}</style></head><body><!-- c --><script>x<y</script><p>Hi</p></body></html>',
    );
    expect(r.text).toBe('Hi');
  });

  it('ends a head left open where the body starts', () => {
    expect(htmlToText('<head><meta charset=utf-8><body>Hello</body>').text).toBe('Hello');
  });

  it('puts block elements on their own lines, and br as a line break', () => {
    expect(htmlToText('<div>One</div><div>Two<br>Three</div>Four</br>Five<p>Six').text).toBe(
      'One\nTwo\nThree\nFour\nFive\nSix',
    );
  });

  it('keeps white space in pre', () => {
    expect(htmlToText('<pre>a  b\r\nc</pre>d').text).toBe('a  b\nc\nd');
  });

  it('finds quote markup and nested citing blockquotes, with stray and missing end tags', () => {
    const html =
      '<div>Reply</div></span><div id="divRplyFwdMsg">From: A</div>' +
      '<blockquote type="cite"><p>one<blockquote type="cite">two</blockquote>three</p></div></blockquote>after';
    const r = htmlToText(html);
    expect(r.text).toBe('Reply\nFrom: A\none\ntwo\nthree\nafter');
    expect(r.quoteStart).toBe(r.text.indexOf('From: A'));
    expect(r.quoteSpans.map((s) => [r.text.slice(s.start, s.end).trim(), s.depth])).toEqual([
      ['one', 1],
      ['two', 2],
      ['three', 1],
    ]);
  });

  it('closes a self-closing element at once', () => {
    const r = htmlToText('<blockquote type="cite"/>x<div/>y');
    expect(r.quoteSpans).toEqual([]);
    expect(r.text).toBe('x\ny');
  });

  it('reads an unescaped address as text', () => {
    expect(htmlToText('<div>Jane Roe <jane@example.com> wrote:</div>').text).toBe('Jane Roe <jane@example.com> wrote:');
  });

  it('marks signatures', () => {
    const r = htmlToText('<div>Thanks</div><div id="Signature">Dana</div>');
    expect(r.signatureStarts).toEqual([r.text.indexOf('Dana')]);
  });

  it('never throws on broken input, and drops a tag cut off at the end', () => {
    expect(htmlToText('<div>ok</div><a href="x').text).toBe('ok');
    expect(htmlToText('text </').text).toBe('text </');
    expect(htmlToText(undefined as unknown as string).text).toBe('');
  });
});
