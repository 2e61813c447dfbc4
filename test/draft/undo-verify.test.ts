import { applyEdits, extractText, UndoStack, verifyPassage } from '../../src/draft';

describe('UndoStack', () => {
  it('pops bodies in reverse order, byte for byte', () => {
    const stack = new UndoStack();
    stack.push('<p>one</p>');
    stack.push('<p>two &amp; \ud83d\ude00</p>');
    expect(stack.size).toBe(2);
    expect(stack.pop()).toBe('<p>two &amp; \ud83d\ude00</p>');
    expect(stack.pop()).toBe('<p>one</p>');
    expect(stack.pop()).toBeUndefined();
  });

  it('drops the oldest entries past the entry bound', () => {
    const stack = new UndoStack(3);
    ['a', 'b', 'c', 'd', 'e'].forEach((body) => stack.push(body));
    expect(stack.size).toBe(3);
    expect([stack.pop(), stack.pop(), stack.pop(), stack.pop()]).toEqual(['e', 'd', 'c', undefined]);
  });

  it('drops the oldest entries past the memory bound and refuses a body larger than it', () => {
    const stack = new UndoStack(100, 10);
    stack.push('12345');
    stack.push('6789');
    stack.push('abc');
    expect(stack.heldLength).toBeLessThanOrEqual(10);
    expect(stack.peek()).toBe('abc');
    expect(stack.size).toBe(2);
    stack.push('x'.repeat(11));
    expect(stack.peek()).toBe('abc');
    stack.clear();
    expect(stack.size).toBe(0);
    expect(stack.heldLength).toBe(0);
  });

  it('apply then undo restores the original', () => {
    const html = '<div class=WordSection1><p class=MsoNormal>I was <b>really</b> sick<o:p></o:p></p></div>';
    const stack = new UndoStack();
    const draft = extractText(html);
    stack.push(html);
    const result = applyEdits(html, draft, [{ start: 2, end: 17, text: 'am back' }]);
    expect(result.ok).toBe(true);
    expect(stack.pop()).toBe(html);
  });
});

describe('verifyPassage', () => {
  const html = '<p>Sorry, I was <b>sick</b>.</p>';
  const draft = extractText(html);
  const start = draft.text.indexOf('I was sick');
  const end = start + 'I was sick'.length;

  it('accepts an unchanged draft and returns the same extraction', () => {
    const check = verifyPassage(html, draft, start, end, 'I was sick');
    expect(check.ok && check.draft).toBe(draft);
  });

  it('accepts a draft changed elsewhere when the passage still reads the same', () => {
    const changed = '<p>Sorry, I was <b>sick</b>.</p><p>PS</p>';
    const check = verifyPassage(changed, draft, start, end, 'I was sick');
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.draft.html).toBe(changed);
      expect(applyEdits(changed, check.draft, [{ start, end, text: 'I am back' }])).toEqual({
        ok: true,
        html: '<p>Sorry, I am back<b></b>.</p><p>PS</p>',
      });
    }
  });

  it('refuses when the passage changed', () => {
    expect(verifyPassage('<p>Sorry, I was <b>ill</b>.</p>', draft, start, end, 'I was sick').ok).toBe(false);
    expect(verifyPassage('<p>Hi</p>', draft, start, end, 'I was sick').ok).toBe(false);
    expect(verifyPassage(html, draft, end, start, 'I was sick').ok).toBe(false);
  });
});
