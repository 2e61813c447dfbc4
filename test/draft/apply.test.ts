import { applyEdits, applyEditsToText, extractText, type Edit } from '../../src/draft';

/** Replaces the first occurrence of `find` in the draft text by `replacement`. */
function replaceIn(html: string, find: string, replacement: string, occurrence = 0): { html: string; text: string } {
  const draft = extractText(html);
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = draft.text.indexOf(find, start + 1);
  if (start < 0) throw new Error(`"${find}" not in ${JSON.stringify(draft.text)}`);
  const result = applyEdits(html, draft, [{ start, end: start + find.length, text: replacement }]);
  if (!result.ok) throw new Error(result.reason);
  return { html: result.html, text: extractText(result.html).text };
}

describe('applyEdits: table', () => {
  const cases: Array<[string, string, string, string, string, string]> = [
    // name, html, find, replacement, expected html, expected text
    [
      'simple paragraph',
      '<p>Sorry for the delay.</p>',
      'Sorry for the delay',
      'Thanks for waiting',
      '<p>Thanks for waiting.</p>',
      'Thanks for waiting.',
    ],
    [
      'span over <b>',
      '<p>I was <b>really</b> sick, so</p>',
      'was really sick',
      'was ill',
      '<p>I was ill<b></b>, so</p>',
      'I was ill, so',
    ],
    [
      'span over <i> starting inside it',
      '<p>I <i>was really</i> sick</p>',
      'really sick',
      'unwell',
      '<p>I <i>was unwell</i></p>',
      'I was unwell',
    ],
    [
      'span over styled span keeps attributes',
      '<p>A <span style="color:red;font-family:Calibri">late</span> reply</p>',
      'late reply',
      'quick answer',
      '<p>A <span style="color:red;font-family:Calibri">quick answer</span></p>',
      'A quick answer',
    ],
    [
      'span over link keeps the link element',
      '<div>see <a href="https://x.example/?a=1&amp;b=2">this page</a> now</div>',
      'this page now',
      'it',
      '<div>see <a href="https://x.example/?a=1&amp;b=2">it</a></div>',
      'see it',
    ],
    [
      'entity inside a span is replaced whole',
      '<p>Tom <span>&amp; Jerry</span> ok</p>',
      '& Jerry',
      'and Jerry',
      '<p>Tom <span>and Jerry</span> ok</p>',
      'Tom and Jerry ok',
    ],
    [
      'replacement is escaped',
      '<p>x</p>',
      'x',
      'a & b < c > d "q"',
      '<p>a &amp; b &lt; c &gt; d "q"</p>',
      'a & b < c > d "q"',
    ],
    ['newline in replacement becomes <br>', '<p>one two</p>', 'one two', 'one\ntwo', '<p>one<br>two</p>', 'one\ntwo'],
    [
      'deletion keeps surrounding spacing rules',
      '<p>I am so sorry that it was late.</p>',
      'so sorry that ',
      '',
      '<p>I am it was late.</p>',
      'I am it was late.',
    ],
    [
      'edit at start of a block',
      '<div>a</div><div>Honestly, fine</div>',
      'Honestly, ',
      '',
      '<div>a</div><div>fine</div>',
      'a\nfine',
    ],
    [
      'edit at end of a block',
      '<div>fine, I guess</div><div>b</div>',
      ', I guess',
      '.',
      '<div>fine.</div><div>b</div>',
      'fine.\nb',
    ],
    ['doubled spaces are kept visible', '<p>a b</p>', ' ', '   ', '<p>a&nbsp;&nbsp;&nbsp;b</p>', 'a   b'],
    [
      'leading space at line start is kept visible',
      '<div>x</div><div>y</div>',
      'y',
      ' y',
      '<div>x</div><div>&nbsp;y</div>',
      'x\n y',
    ],
    [
      'outlook MsoNormal with o:p',
      "<p class=MsoNormal><span style='font-size:11.0pt'>I was sick<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
      'I was sick',
      'I am back',
      "<p class=MsoNormal><span style='font-size:11.0pt'>I am back<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
      'I am back\n ',
    ],
    [
      'conditional comment between text survives',
      '<p>a<!--[if mso]><b>x</b><![endif]-->b c</p>',
      'ab',
      'Z',
      '<p>Z<!--[if mso]><b>x</b><![endif]--> c</p>',
      'Z c',
    ],
    [
      'gmail div html',
      '<div dir="ltr"><div>Hi Ann,</div><div><br></div><div>My dog ate it.</div></div>',
      'My dog ate it.',
      'Here it is.',
      '<div dir="ltr"><div>Hi Ann,</div><div><br></div><div>Here it is.</div></div>',
      'Hi Ann,\n\nHere it is.',
    ],
    ['br-separated lines, edit across the br', 'one<br>two<br>three', 'one\ntwo', 'uno', 'uno<br>three', 'uno\nthree'],
    ['nbsp replaced', '<p>a&nbsp;b</p>', 'a b', 'c', '<p>c</p>', 'c'],
    [
      'emoji replaced whole',
      '<p>ok \ud83d\ude00 bye</p>',
      '\ud83d\ude00',
      '\ud83d\udc4d',
      '<p>ok \ud83d\udc4d bye</p>',
      'ok \ud83d\udc4d bye',
    ],
    [
      'emptied line keeps its blank line',
      '<div>a</div><div>b</div><div>c</div>',
      'b',
      '',
      '<div>a</div><div><br></div><div>c</div>',
      'a\n\nc',
    ],
  ];
  it.each(cases)('%s', (_name, html, find, replacement, expectedHtml, expectedText) => {
    const result = replaceIn(html, find, replacement);
    expect(result.html).toBe(expectedHtml);
    expect(result.text).toBe(expectedText);
  });

  it('a cut that joins a literal < and a letter does not create a tag', () => {
    const html = '<p>a < b</p>';
    const result = replaceIn(html, ' ', '', 1);
    expect(result.text).toBe('a <b');
    expect(result.html).toBe('<p>a <<!---->b</p>');
  });

  it('a cut that joins & and a name does not create an entity', () => {
    const html = '<p>R& Xamp; D</p>';
    const result = replaceIn(html, ' X', '');
    expect(result.text).toBe('R&amp; D');
  });
});

describe('applyEdits: insertions', () => {
  it('inserts into the preceding text node', () => {
    const html = '<p>Thanks <b>Ann</b>!</p>';
    const draft = extractText(html);
    const at = draft.text.indexOf('!');
    const result = applyEdits(html, draft, [{ start: at, end: at, text: ' & welcome' }]);
    expect(result).toEqual({ ok: true, html: '<p>Thanks <b>Ann &amp; welcome</b>!</p>' });
  });

  it('inserts at the very start of the text', () => {
    const html = '<html><body><div>Hello</div></body></html>';
    const result = applyEdits(html, extractText(html), [{ start: 0, end: 0, text: 'Hi. ' }]);
    expect(result).toEqual({ ok: true, html: '<html><body><div>Hi. Hello</div></body></html>' });
  });

  it('inserts at the end of the text with a trailing space kept visible', () => {
    const html = '<div>Hello</div>';
    const draft = extractText(html);
    const result = applyEdits(html, draft, [{ start: 5, end: 5, text: ' there ' }]);
    expect(result.ok && extractText(result.html).text).toBe('Hello there ');
  });

  it('inserts next to a <br> on an otherwise empty line', () => {
    const html = '<div>a</div><div><br></div>';
    const draft = extractText(html);
    expect(draft.text).toBe('a\n\n');
    const result = applyEdits(html, draft, [{ start: 2, end: 2, text: 'x' }]);
    expect(result).toEqual({ ok: true, html: '<div>a</div><div>x<br></div>' });
  });

  it('refuses an insertion with no text or br next to it', () => {
    const html = '<p>a</p><p>b</p>';
    const draft = extractText(html);
    expect(draft.text).toBe('a\n\nb');
    // Offset 2 sits on the blank line between two paragraphs: no text node to put it in.
    expect(applyEdits(html, draft, [{ start: 2, end: 2, text: 'x' }]).ok).toBe(false);
    expect(applyEdits(html, draft, [{ start: 1, end: 1, text: 'x' }])).toEqual({ ok: true, html: '<p>ax</p><p>b</p>' });
  });
});

describe('applyEdits: several edits and refusals', () => {
  const html = '<p>I was <b>sick</b> and my <i>dog</i> ate it.</p>';
  const draft = extractText(html);
  const at = (s: string): number => draft.text.indexOf(s);

  it('applies several edits at once', () => {
    const edits: Edit[] = [
      { start: at('dog'), end: at('dog') + 3, text: 'cat' },
      { start: at('sick'), end: at('sick') + 4, text: 'busy' },
    ];
    const result = applyEdits(html, draft, edits);
    expect(result).toEqual({ ok: true, html: '<p>I was <b>busy</b> and my <i>cat</i> ate it.</p>' });
  });

  it('refuses overlapping edits', () => {
    const result = applyEdits(html, draft, [
      { start: 2, end: 8, text: 'x' },
      { start: 6, end: 10, text: 'y' },
    ]);
    expect(result.ok).toBe(false);
  });

  it('refuses offsets outside the text', () => {
    expect(applyEdits(html, draft, [{ start: -1, end: 2, text: '' }]).ok).toBe(false);
    expect(applyEdits(html, draft, [{ start: 0, end: draft.text.length + 1, text: '' }]).ok).toBe(false);
    expect(applyEdits(html, draft, [{ start: 3, end: 2, text: '' }]).ok).toBe(false);
    expect(applyEdits(html, draft, [{ start: 1.5, end: 2, text: '' }]).ok).toBe(false);
  });

  it('refuses a draft from another HTML string', () => {
    expect(applyEdits(html + ' ', draft, [{ start: 0, end: 1, text: 'x' }]).ok).toBe(false);
  });

  it('refuses an edit across a paragraph boundary', () => {
    const two = '<p>one</p><p>two</p>';
    const result = applyEdits(two, extractText(two), [{ start: 1, end: 7, text: 'x' }]);
    expect(result.ok).toBe(false);
  });

  it('refuses an edit that splits a surrogate pair', () => {
    const emoji = '<p>a\ud83d\ude00b</p>';
    const d = extractText(emoji);
    expect(applyEdits(emoji, d, [{ start: 2, end: 3, text: 'x' }]).ok).toBe(false);
    expect(applyEdits(emoji, d, [{ start: 1, end: 2, text: 'x' }]).ok).toBe(false);
    expect(applyEdits(emoji, d, [{ start: 2, end: 2, text: 'x' }]).ok).toBe(false);
    expect(applyEdits(emoji, d, [{ start: 1, end: 3, text: 'x' }])).toEqual({ ok: true, html: '<p>axb</p>' });
  });

  it('an emoji from a numeric reference is replaced with its whole reference', () => {
    const ref = '<p>a&#x1F600;b</p>';
    const d = extractText(ref);
    expect(applyEdits(ref, d, [{ start: 1, end: 3, text: '!' }])).toEqual({ ok: true, html: '<p>a!b</p>' });
  });
});

describe('applyEditsToText', () => {
  it('applies from the end backwards', () => {
    expect(
      applyEditsToText('I was sick and late.', [
        { start: 2, end: 10, text: 'got' },
        { start: 15, end: 19, text: 'busy' },
      ]),
    ).toEqual({ ok: true, text: 'I got and busy.' });
  });
  it('refuses overlaps, bad ranges and split surrogates', () => {
    expect(
      applyEditsToText('abcdef', [
        { start: 1, end: 3, text: '' },
        { start: 2, end: 4, text: '' },
      ]).ok,
    ).toBe(false);
    expect(applyEditsToText('abc', [{ start: 2, end: 5, text: '' }]).ok).toBe(false);
    expect(applyEditsToText('a\ud83d\ude00', [{ start: 2, end: 3, text: '' }]).ok).toBe(false);
  });
  it('keeps insertions at one offset in the given order', () => {
    expect(
      applyEditsToText('ab', [
        { start: 1, end: 1, text: 'x' },
        { start: 1, end: 1, text: 'y' },
      ]),
    ).toEqual({ ok: true, text: 'axyb' });
  });
});

describe('applyEdits: line breaks next to block edges', () => {
  it('deletes a Gmail blank line (<div><br></div>) exactly', () => {
    const html = '<div>Hi,</div><div><br></div><div>Thanks</div>';
    const draft = extractText(html);
    expect(draft.text).toBe('Hi,\n\nThanks');
    const result = applyEdits(html, draft, [{ start: 4, end: 5, text: '' }]);
    expect(result.ok && extractText(result.html).text).toBe('Hi,\nThanks');
  });

  it('refuses to replace a <br> that shares its line end with the next block by plain text', () => {
    const html = '<div>Hi,</div><div><br></div><div>Thanks</div>';
    const draft = extractText(html);
    expect(applyEdits(html, draft, [{ start: 4, end: 5, text: 'x' }]).ok).toBe(false);
    const withNewline = applyEdits(html, draft, [{ start: 4, end: 5, text: 'x\n' }]);
    expect(withNewline.ok && extractText(withNewline.html).text).toBe('Hi,\nx\nThanks');
  });

  it('refuses to join a line ending in <br> with the next block', () => {
    const html = '<div>one<br></div><div>two</div>';
    const draft = extractText(html);
    expect(draft.text).toBe('one\ntwo');
    expect(applyEdits(html, draft, [{ start: 2, end: 4, text: '' }]).ok).toBe(false);
  });

  it('deletes whitespace the renderer dropped next to a deleted <br>', () => {
    const html = '<div>aa <br> bb</div>';
    const draft = extractText(html);
    expect(draft.text).toBe('aa\nbb');
    const result = applyEdits(html, draft, [{ start: 2, end: 3, text: '' }]);
    expect(result).toEqual({ ok: true, html: '<div>aa' + 'bb</div>' });
  });

  it('a replacement ending in a newline at a block end stays visible', () => {
    const html = '<div>ab</div><div>c</div>';
    const result = applyEdits(html, extractText(html), [{ start: 1, end: 2, text: 'x\n' }]);
    expect(result).toEqual({ ok: true, html: '<div>ax<br><br></div><div>c</div>' });
    expect(result.ok && extractText(result.html).text).toBe('ax\n\nc');
  });

  it('keeps an emptied table cell', () => {
    const html = '<table><tr><td>a</td><td>0</td><td>b</td></tr></table>';
    const draft = extractText(html);
    expect(draft.text).toBe('a\t0\tb');
    const result = applyEdits(html, draft, [{ start: 2, end: 3, text: '' }]);
    expect(result.ok && extractText(result.html).text).toBe('a\t\tb');
  });

  it('edits inside <pre> keep its whitespace', () => {
    const html = '<pre>x = 1;\n  y = 2;\n</pre><p>after</p>';
    const draft = extractText(html);
    expect(draft.text).toBe('x = 1;\n  y = 2;\n\nafter');
    const result = applyEdits(html, draft, [{ start: 9, end: 15, text: 'z = 3;' }]);
    expect(result).toEqual({ ok: true, html: '<pre>x = 1;\n  z = 3;\n</pre><p>after</p>' });
  });
});
