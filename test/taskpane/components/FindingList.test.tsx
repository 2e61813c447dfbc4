/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { findingKey as keyOf } from '../../../src/core/findingKey';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Finding } from '../../../src/core/types';
import { FindingList, type FindingListProps } from '../../../src/taskpane/components/FindingList';
import type { PaneState } from '../../../src/taskpane/controller';

const TEXT = "Hi Dana, I've been swamped this week. I'll try to get to it soon. Sorry for the slow reply.";

function at(passage: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return { start, end: start + passage.length, text: passage };
}

const SWAMPED: Finding = {
  ruleId: 'excuse.busy',
  category: 'excuse',
  severity: 'serious',
  ...at("I've been swamped this week."),
  message: 'Being busy tells the client they are not a priority.',
  suggestions: [{ label: 'Remove the excuse', edits: [{ ...at("I've been swamped this week. "), text: '' }] }],
};

const TRY: Finding = {
  ruleId: 'vague.try',
  category: 'vague-commitment',
  severity: 'warning',
  ...at("I'll try to get to it soon."),
  message: '"Try" and "soon" promise nothing.',
  suggestions: [
    { label: 'Commit to a day', edits: [{ ...at('try to get to it soon'), text: 'get to it by Friday' }] },
    { label: 'Commit to today', edits: [{ ...at('try to get to it soon'), text: 'send it today' }] },
  ],
};

const SORRY: Finding = {
  ruleId: 'excuse.slow',
  category: 'excuse',
  severity: 'info',
  ...at('Sorry for the slow reply.'),
  message: 'Thank them for their patience instead.',
  suggestions: [
    { label: 'Thank instead', edits: [{ ...at('Sorry for the slow reply.'), text: 'Thank you for your patience.' }] },
  ],
};

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: NoResizeObserver });
});

function paneState(patch: Partial<PaneState> = {}): PaneState {
  return {
    status: 'ready',
    error: null,
    notice: null,
    item: null,
    settings: DEFAULT_SETTINGS,
    settingsNotice: null,
    summary: null,
    findings: [SWAMPED, TRY, SORRY],
    text: TEXT,
    fromSend: [],
    language: { code: 'en' },
    canUndo: false,
    canSendNow: false,
    rules: [],
    lastAnalysisMs: 1,
    ...patch,
  };
}

function renderList(state: PaneState) {
  const props: FindingListProps = {
    state,
    onApply: jest.fn(),
    onIgnore: jest.fn(),
    onTurnOff: jest.fn(),
    onUndo: jest.fn(),
    onSendNow: jest.fn(),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingList {...props} />
    </FluentProvider>,
  );
  return props;
}

/** What a screen reader reads: the text outside aria-hidden subtrees. */
function spoken(element: Element): string {
  let text = '';
  element.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true') text += spoken(node);
  });
  return text;
}

function card(quote: string): HTMLElement {
  const found = screen.getAllByTestId('finding').find((el) => el.querySelector('blockquote')?.textContent === quote);
  if (!found) throw new Error(`no card for ${quote}`);
  return found;
}

describe('FindingList', () => {
  test('groups findings by category under headings, in category order, with counts', () => {
    renderList(paneState());
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Excuse', 'Vague commitment']);
    const excuse = screen.getByRole('region', { name: 'Excuse' });
    expect(
      within(excuse)
        .getAllByTestId('finding')
        .map((el) => el.getAttribute('data-rule')),
    ).toEqual(['excuse.busy', 'excuse.slow']);
    expect(excuse.textContent).toContain('2');
    expect(screen.getByText(/3 things to fix/)).toBeTruthy();
  });

  test('a card shows the quote, severity, message and an accessible name', () => {
    renderList(paneState());
    const swamped = screen.getByRole('article', { name: "Excuse: I've been swamped this week." });
    expect(swamped.querySelector('blockquote')?.textContent).toBe("I've been swamped this week.");
    expect(swamped.textContent).toContain('serious');
    expect(swamped.textContent).toContain('Being busy tells the client they are not a priority.');
    expect(card("I'll try to get to it soon.").textContent).toContain('warning');
  });

  test('the rewrite is shown as a word diff with <del> and <ins>', () => {
    renderList(paneState());
    const [first, second] = within(card("I'll try to get to it soon.")).getAllByTestId('suggestion');
    const diff = within(first).getByTestId('diff');
    expect(diff.textContent).toBe("I'll try to get to it soon.by Friday.");
    expect(Array.from(diff.querySelectorAll('del')).map((d) => d.textContent)).toEqual(['try to ', 'soon.']);
    expect(Array.from(diff.querySelectorAll('ins')).map((d) => d.textContent)).toEqual(['by Friday.']);
    // Screen readers get the rewritten passage, not a run of old and new words.
    expect(diff.getAttribute('aria-hidden')).toBe('true');
    expect(spoken(first.querySelector('p') as HTMLElement)).toBe("Rewrite: I'll get to it by Friday.");
    // Few words kept: the whole old passage, then the whole new one.
    const fallback = within(second).getByTestId('diff');
    expect(fallback.querySelector('del')?.textContent).toBe("I'll try to get to it soon.");
    expect(fallback.querySelector('ins')?.textContent).toBe(" I'll send it today.");
    // A deletion says so to a screen reader instead of an empty rewrite.
    const removal = within(card("I've been swamped this week.")).getByTestId('suggestion').querySelector('p');
    expect(spoken(removal as HTMLElement)).toBe('Rewrite: (remove the passage)');
    expect(removal?.querySelector('ins')).toBeNull();
  });

  test('Apply, Ignore and Turn off this rule call back with the right finding and suggestion', async () => {
    const user = userEvent.setup();
    const props = renderList(paneState());
    const tryCard = card("I'll try to get to it soon.");
    await user.click(within(tryCard).getByRole('button', { name: 'Apply rewrite: Commit to today' }));
    expect(props.onApply).toHaveBeenCalledWith(TRY, TRY.suggestions[1]);
    await user.click(within(tryCard).getByRole('button', { name: 'Apply rewrite: Commit to a day' }));
    expect(props.onApply).toHaveBeenLastCalledWith(TRY, TRY.suggestions[0]);

    const sorry = card('Sorry for the slow reply.');
    await user.click(within(sorry).getByRole('button', { name: 'Ignore' }));
    expect(props.onIgnore).toHaveBeenCalledWith(SORRY);
    await user.click(within(sorry).getByRole('button', { name: 'Turn off this rule' }));
    expect(props.onTurnOff).toHaveBeenCalledWith('excuse.slow');
    expect(props.onApply).toHaveBeenCalledTimes(2);
    expect(props.onSendNow).not.toHaveBeenCalled();
  });

  test('every button is reachable with Tab and works with Enter and Space', async () => {
    const user = userEvent.setup();
    const props = renderList(paneState({ findings: [SORRY] }));
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Apply rewrite: Thank instead');
    await user.keyboard('{Enter}');
    expect(props.onApply).toHaveBeenCalledWith(SORRY, SORRY.suggestions[0]);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Ignore');
    await user.keyboard(' ');
    expect(props.onIgnore).toHaveBeenCalledWith(SORRY);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Turn off this rule');
    await user.keyboard('{Enter}');
    expect(props.onTurnOff).toHaveBeenCalledWith('excuse.slow');
  });

  test('a clean draft says "Ready to send", with undo when a rewrite can be undone', async () => {
    const user = userEvent.setup();
    const props = renderList(paneState({ findings: [], canUndo: true }));
    const clean = screen.getByTestId('clean');
    expect(clean.textContent).toContain('Ready to send');
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Undo last rewrite' }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Send now' })).toBeNull();
  });

  test('a draft not in English shows the note and no findings', () => {
    renderList(paneState({ language: { code: 'other', note: 'Dieser Entwurf ist auf Deutsch.' } }));
    expect(screen.getByText('Dieser Entwurf ist auf Deutsch.')).toBeTruthy();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.queryByText('Ready to send')).toBeNull();
  });

  test('a non-English draft without a note gets the default wording', () => {
    renderList(paneState({ language: { code: 'other' } }));
    expect(screen.getByText('This draft is not in English, so it is not coached.')).toBeTruthy();
  });

  test('findings that stopped the send come first, under "Your send was paused", with Send now', async () => {
    const user = userEvent.setup();
    const props = renderList(
      paneState({
        findings: [TRY, SWAMPED, SORRY],
        fromSend: [keyOf(TRY)],
        canSendNow: true,
      }),
    );
    expect(screen.getByText('Your send was paused')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Vague commitment', 'Excuse']);
    expect(screen.getAllByTestId('finding')[0].getAttribute('data-rule')).toBe('vague.try');
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    expect(props.onSendNow).toHaveBeenCalledTimes(1);
  });

  test('without sendAsync the paused bar offers no Send now', () => {
    renderList(paneState({ fromSend: [keyOf(SWAMPED)], canSendNow: false }));
    expect(screen.getByText('Your send was paused')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send now' })).toBeNull();
  });

  test('no paused bar when the pane was not opened from the send dialog', () => {
    renderList(paneState({ canSendNow: true }));
    expect(screen.queryByText('Your send was paused')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send now' })).toBeNull();
  });

  test('once everything that stopped the send is fixed, Send now stays on the clean view', async () => {
    const user = userEvent.setup();
    const props = renderList(paneState({ findings: [], fromSend: [keyOf(SWAMPED)], canSendNow: true }));
    expect(screen.getByText('Ready to send')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    expect(props.onSendNow).toHaveBeenCalledTimes(1);
  });
});
