/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decideSend } from '../../../src/commands/decide';
import { SETTINGS_KEY } from '../../../src/core/settings';
import { DRAFT, FakeHost, NOW, readModeHost } from '../fakeHost';
import { App } from '../../../src/taskpane/App';
import { PaneController } from '../../../src/taskpane/controller';

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
// The settings form is large (a switch per rule); role queries over it are slow in jsdom.
jest.setTimeout(60_000);

beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.assign(window, { ResizeObserver: NoResizeObserver });
  // Fluent moves focus through Tabster, which skips elements it thinks are not displayed. jsdom
  // lays nothing out (offsetParent is always null, the body has no size), so give it a layout.
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  const size = { x: 0, y: 0, top: 0, left: 0, right: 400, bottom: 800, width: 400, height: 800 };
  document.body.getBoundingClientRect = () => ({ ...size, toJSON: () => size });
});

async function renderPane(host = new FakeHost()) {
  const controller = new PaneController(host, () => NOW);
  const { unmount } = render(<App controller={controller} host={host} />);
  await act(() => controller.start());
  return { host, controller, unmount, user: userEvent.setup() };
}

/** The default draft plus a passive-aggressive reminder: two findings to move between. */
function twoFindingsHost(): FakeHost {
  const host = new FakeHost();
  host.body = {
    content: host.body.content.replace(
      'The brochure is attached.',
      'The brochure is attached. As I already said in my last email, the prices are on page 2.',
    ),
    isHtml: true,
  };
  return host;
}

function excuseCard(): HTMLElement {
  return screen.getAllByRole('article', { name: /^Excuse:/ })[0];
}

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Settings' }));
  return screen.findByText('Save settings');
}

describe('App', () => {
  test('shows a spinner while loading, then the wait and the findings', async () => {
    const host = new FakeHost();
    const controller = new PaneController(host, () => NOW);
    render(<App controller={controller} host={host} />);
    expect(screen.getByText('Reading the thread…')).toBeTruthy();
    expect(screen.queryByTestId('findings')).toBeNull();

    await act(() => controller.start());
    expect(screen.queryByText('Reading the thread…')).toBeNull();
    expect(screen.getByTestId('client').textContent).toBe('Dana Whitfield <dana@whitfieldstudio.com>');
    expect(screen.getByTestId('wait-header').getAttribute('data-sla')).toBe('overdue');
    expect(excuseCard().textContent).toContain('swamped');
  });

  test('Apply rewrites the draft, says so, and Undo restores the exact body', async () => {
    const { host, user } = await renderPane();
    const card = excuseCard();
    const quote = card.querySelector('blockquote')?.textContent;
    await user.click(within(card).getAllByRole('button', { name: /^Apply rewrite:/ })[0]);

    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Rewrite applied.'));
    expect(host.writes).toHaveLength(1);
    expect(host.body.content).not.toBe(DRAFT);
    expect(host.body.content).not.toContain('swamped');
    expect(screen.queryAllByRole('article', { name: `Excuse: ${quote}` })).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Rewrite undone.'));
    expect(host.body).toEqual({ content: DRAFT, isHtml: true });
    expect(screen.getAllByRole('article', { name: `Excuse: ${quote}` })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  test('Ignore hides the finding and records it for the send check', async () => {
    const { host, user } = await renderPane();
    const card = excuseCard();
    const rule = card.getAttribute('data-rule');
    await user.click(within(card).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(host.session.get('replyCoach.ignored')).toBeDefined());
    expect(screen.queryAllByTestId('finding').some((el) => el.getAttribute('data-rule') === rule)).toBe(false);
  });

  test('settings: a new reply target and working hours are saved to roaming settings', async () => {
    const { host, user } = await renderPane();
    await openSettings(user);
    const target = screen.getByLabelText('Reply target (business hours)');
    await user.clear(target);
    await user.type(target, '4');
    const start = screen.getByLabelText('Start');
    await user.clear(start);
    await user.type(start, '08:30');
    const end = screen.getByLabelText('End');
    await user.clear(end);
    await user.type(end, '18:00');
    await user.click(screen.getByLabelText('Sat'));
    await user.click(screen.getByText('Save settings').closest('button') as HTMLElement);

    await waitFor(() => expect(host.settings.has(SETTINGS_KEY)).toBe(true));
    const saved = JSON.parse(host.settings.get(SETTINGS_KEY) as string);
    expect(saved.slaMinutes).toBe(240);
    expect(saved.schedule).toMatchObject({ start: '08:30', end: '18:00', days: [1, 2, 3, 4, 5, 6] });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('Settings saved.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('settings: an end before the start is refused with an alert and nothing is saved', async () => {
    const { host, user } = await renderPane();
    await openSettings(user);
    const end = screen.getByLabelText('End');
    await user.clear(end);
    await user.type(end, '07:00');
    await user.click(screen.getByText('Save settings').closest('button') as HTMLElement);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Working hours need a start before the end, as HH:MM (24 h).',
    );
    expect(host.saves).toBe(0);
    expect(host.settings.has(SETTINGS_KEY)).toBe(false);
  });

  test('settings: a reply target of zero is refused', async () => {
    const { host, user } = await renderPane();
    await openSettings(user);
    const target = screen.getByLabelText('Reply target (business hours)');
    await user.clear(target);
    await user.type(target, '0');
    await user.click(screen.getByText('Save settings').closest('button') as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toMatch(/reply target/);
    expect(host.saves).toBe(0);
  });

  test('a failed Office call shows the error and "Try again" recovers', async () => {
    const host = new FakeHost();
    host.failReads = true;
    const { user } = await renderPane(host);
    expect(screen.getByText('Couldn\u2019t read this email'.replace('\u2019', "'"))).toBeTruthy();
    expect(screen.getByText(/simulated/)).toBeTruthy();
    expect(screen.queryByTestId('findings')).toBeNull();

    host.failReads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('findings')).toBeTruthy());
    expect(screen.queryByText(/simulated/)).toBeNull();
  });

  test('no open item asks the user to open one', async () => {
    const host = new FakeHost();
    host.item = null;
    await renderPane(host);
    expect(screen.getByText(/Open a message or start a reply/)).toBeTruthy();
  });

  test('keyboard only: apply and undo a rewrite with Tab, Enter and Space', async () => {
    const { host, user } = await renderPane();
    const apply = within(excuseCard()).getAllByRole('button', { name: /^Apply rewrite:/ })[0];
    // Tab from the top of the pane until the first Apply button has focus.
    for (let i = 0; i < 20 && document.activeElement !== apply; i++) await user.tab();
    expect(document.activeElement).toBe(apply);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.writes).toHaveLength(1));

    // The Apply button left with its card: focus moves to the notice that reports the rewrite,
    // and the next Tab reaches Undo.
    const notice = await screen.findByTestId('notice');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await user.keyboard(' ');
    await waitFor(() => expect(host.body.content).toBe(DRAFT));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('notice')));
    expect(screen.getByTestId('notice').textContent).toContain('Rewrite undone.');
  });

  test('keyboard only: Turn off this rule saves the setting and focus lands on the notice', async () => {
    const { host, user } = await renderPane(twoFindingsHost());
    const card = excuseCard();
    const rule = card.getAttribute('data-rule') as string;
    const turnOff = within(card).getByRole('button', { name: 'Turn off this rule' });
    for (let i = 0; i < 20 && document.activeElement !== turnOff; i++) await user.tab();
    expect(document.activeElement).toBe(turnOff);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.settings.has(SETTINGS_KEY)).toBe(true));
    expect(JSON.parse(host.settings.get(SETTINGS_KEY) as string).rules[rule]).toEqual({ enabled: false });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('notice')));
    expect(screen.getByTestId('notice').textContent).toContain('Rule turned off.');
    // Dismissing the notice by keyboard hands focus to the next finding.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('notice')).toBeNull());
    await waitFor(() => expect(screen.getAllByTestId('finding')[0].contains(document.activeElement)).toBe(true));
  });

  test('keyboard only: after Ignore, focus moves to the next finding instead of the page', async () => {
    const { user } = await renderPane(twoFindingsHost());
    const cards = screen.getAllByTestId('finding');
    expect(cards.length).toBeGreaterThan(1);
    const ignore = within(cards[0]).getByRole('button', { name: 'Ignore' });
    for (let i = 0; i < 20 && document.activeElement !== ignore; i++) await user.tab();
    expect(document.activeElement).toBe(ignore);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(cards[0].isConnected).toBe(false));
    await waitFor(() => expect(cards[1].contains(document.activeElement)).toBe(true));
  });

  test('keyboard only: reach Settings, change the reply target and save with Enter', async () => {
    const { host, user } = await renderPane();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Coach' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings' }));
    await user.keyboard('{Enter}');
    const target = await screen.findByLabelText('Reply target (business hours)');

    for (let i = 0; i < 30 && document.activeElement !== target; i++) await user.tab();
    expect(document.activeElement).toBe(target);
    await user.keyboard('{Control>}a{/Control}6');
    const save = screen.getByText('Save settings').closest('button') as HTMLElement;
    for (let i = 0; i < 60 && document.activeElement !== save; i++) await user.tab();
    expect(document.activeElement).toBe(save);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(host.settings.has(SETTINGS_KEY)).toBe(true));
    expect(JSON.parse(host.settings.get(SETTINGS_KEY) as string).slaMinutes).toBe(360);
  });

  test('keyboard only: the settings form submits with Enter from a text field', async () => {
    const { host, user } = await renderPane();
    await openSettings(user);
    const start = screen.getByLabelText('Start');
    start.focus();
    await user.keyboard('{Control>}a{/Control}10:00{Enter}');
    await waitFor(() => expect(host.settings.has(SETTINGS_KEY)).toBe(true));
    expect(JSON.parse(host.settings.get(SETTINGS_KEY) as string).schedule.start).toBe('10:00');
  });
  test('opened from the send dialog: what stopped the send leads, and Send now sends through the host', async () => {
    const probe = await renderPane();
    const findings = probe.controller.getState().findings;
    const last = findings[findings.length - 1];
    probe.unmount();

    const host = new FakeHost();
    // As the send check hands it over (src/commands/decide.ts).
    host.context =
      decideSend({
        findings: [last],
        sendCheck: 'all',
        rules: {},
        ignoredKeys: [],
        features: { markdown: false, takeAction: true },
      }).contextData || null;
    host.sendNow = async () => {
      host.sent++;
    };
    const { user } = await renderPane(host);
    expect(screen.getByText('Your send was paused')).toBeTruthy();
    expect(screen.getAllByTestId('finding')[0].querySelector('blockquote')?.textContent).toBe(last.text);
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    await waitFor(() => expect(host.sent).toBe(1));
  });

  test('a host without sendAsync offers no Send now, even after a paused send', async () => {
    const host = new FakeHost();
    const probe = await renderPane(host);
    const first = probe.controller.getState().findings[0];
    probe.unmount();
    host.context =
      decideSend({
        findings: [first],
        sendCheck: 'all',
        rules: {},
        ignoredKeys: [],
        features: { markdown: false, takeAction: true },
      }).contextData || null;
    await renderPane(host);
    expect(screen.getByText('Your send was paused')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send now' })).toBeNull();
  });

  test('read mode shows the wait since the message arrived and no coaching', async () => {
    const host = readModeHost();
    await renderPane(host);
    expect(screen.getByTestId('wait').textContent).toBe('1 day 1 hour');
    expect(screen.getByTestId('wait-header').textContent).toContain('Since this message arrived');
    expect(screen.queryByTestId('findings')).toBeNull();
    expect(screen.queryByTestId('clean')).toBeNull();
  });

  test('settings that could not be read are reported above the pane', async () => {
    const host = new FakeHost();
    host.settings.set(SETTINGS_KEY, '{"schedule": 5');
    await renderPane(host);
    expect(screen.getByText(/defaults/)).toBeTruthy();
  });

  test.each([
    ['dark', webDarkTheme],
    ['contrast', teamsHighContrastTheme],
    [null, webLightTheme],
  ] as const)('theme %s from the host picks the matching Fluent theme', async (name, theme) => {
    const host = new FakeHost();
    host.themeName = name;
    await renderPane(host);
    const provider = document.querySelector('.fui-FluentProvider') as HTMLElement;
    // FluentProvider writes the theme's variables into a style sheet rule for its own class.
    const own = Array.from(document.querySelectorAll('style'))
      .filter((el) => provider.classList.contains(el.id))
      .map((el) =>
        Array.from(el.sheet?.cssRules || [])
          .map((r) => r.cssText)
          .join('\n'),
      )
      .join('\n');
    expect(own).toContain(`--colorNeutralBackground2: ${theme.colorNeutralBackground2};`);
    expect(own).toContain(`--colorNeutralForeground1: ${theme.colorNeutralForeground1};`);
  });
  test('edits the user types in Outlook show up without any action: the pane re-reads the draft', async () => {
    const { host } = await renderPane();
    expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0);
    host.body = {
      content: DRAFT.replace(
        "Sorry for the slow reply, I've been <b>swamped</b> with other projects this week. The brochure is attached.",
        'Thank you for your patience. The brochure is attached.',
      ),
      isHtml: true,
    };
    await waitFor(() => expect(screen.getByTestId('clean').textContent).toContain('Ready to send'), { timeout: 3000 });
  });

  test('the pane re-reads the draft as soon as it regains focus', async () => {
    const { host } = await renderPane();
    const reads = jest.spyOn(host, 'readBody');
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(reads).toHaveBeenCalled();
  });
});
