import { findingKey, normalisePassage } from '../../src/core/findingKey';

describe('findingKey', () => {
  it('ignores case, curly quotes and whitespace changes the user may make', () => {
    const a = findingKey({ ruleId: 'excuse.busy', text: 'I\u2019ve been  SO busy\n' });
    const b = findingKey({ ruleId: 'excuse.busy', text: " i've been so\u00A0busy" });
    expect(a).toBe(b);
    expect(a).toBe("excuse.busy|i've been so busy");
  });

  it('tells rules and passages apart', () => {
    expect(findingKey({ ruleId: 'excuse.busy', text: 'busy' })).not.toBe(
      findingKey({ ruleId: 'excuse.sick', text: 'busy' }),
    );
    expect(findingKey({ ruleId: 'excuse.busy', text: 'busy' })).not.toBe(
      findingKey({ ruleId: 'excuse.busy', text: 'swamped' }),
    );
  });

  it('does not depend on offsets', () => {
    const key = findingKey({ ruleId: 'r', text: 'x' });
    expect(findingKey({ ruleId: 'r', text: 'x', start: 5, end: 6 } as never)).toBe(key);
  });

  it('is linear on a huge passage', () => {
    const huge = ' \u00A0\t'.repeat(300_000) + 'x';
    expect(normalisePassage(huge)).toBe('x');
  });
});

describe('findingKey for unanswered asks', () => {
  it('tells apart asks anchored on the same sentence by the ask they quote', () => {
    const a = { ruleId: 'unanswered-question', text: 'Best,', message: 'The client asked “Can you send the icons?”' };
    const b = { ruleId: 'unanswered-question', text: 'Best,', message: 'The client asked “What would it cost?”' };
    expect(findingKey(a)).not.toEqual(findingKey(b));
    // Editing the anchor sentence keeps an ignored ask ignored.
    expect(findingKey({ ...a, text: 'Kind regards,' })).toEqual(findingKey(a));
  });
});
