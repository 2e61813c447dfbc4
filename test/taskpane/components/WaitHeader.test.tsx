/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WaitHeader } from '../../../src/taskpane/components/WaitHeader';
import type { ThreadSummary } from '../../../src/thread/summary';
import type { SlaState, ThreadMessage } from '../../../src/thread/types';

const DANA = { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' };

const MESSAGE: ThreadMessage = {
  from: DANA,
  to: [{ name: 'Sam Rivera', address: 'sam@riverava.com' }],
  cc: [],
  sentAt: '2026-11-18T14:05:00.000Z',
  sentAtText: 'Wednesday, November 18, 2026 9:05 AM',
  subject: 'Brochure',
  body: 'Hi Sam, can you send the brochure?',
};

function summary(state: SlaState, patch: Partial<ThreadSummary> = {}): ThreadSummary {
  return {
    messages: [MESSAGE],
    client: DANA,
    waitingSince: '2026-11-18T14:05:00.000Z',
    // 2 days 0 hours 55 minutes of calendar time, 16 business hours.
    waited: { calendarMinutes: 2 * 1440 + 55, businessMinutes: 16 * 60 + 55 },
    sla: { targetMinutes: 8 * 60, state },
    timeZone: { zone: 'America/New_York', fallback: false },
    ...patch,
  };
}

/** The accessible description: the text of every element aria-describedby names. */
function describedBy(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent || '').join(' ');
}

function renderHeader(value: ThreadSummary | null, mode: 'compose' | 'read' = 'compose') {
  render(
    <FluentProvider theme={webLightTheme}>
      <WaitHeader summary={value} mode={mode} />
    </FluentProvider>,
  );
  return screen.getByRole('region', { name: 'Client waiting time' });
}

describe('WaitHeader', () => {
  test('names the client with their address and shows the calendar wait as the headline', () => {
    const header = renderHeader(summary('overdue'));
    expect(within(header).getByTestId('client').textContent).toBe('Dana Whitfield <dana@whitfieldstudio.com>');
    expect(within(header).getByTestId('wait').textContent).toBe('2 days');
    expect(header.textContent).toContain('16 business hours · target 8 h');
  });

  test.each([
    ['ok', 'within target'],
    ['due-soon', 'due soon'],
    ['overdue', 'overdue'],
  ] as const)('state %s: data-sla and the badge say so', (state, label) => {
    const header = renderHeader(summary(state));
    expect(header.getAttribute('data-sla')).toBe(state);
    expect(within(header).getByTestId('sla').textContent).toBe(label);
  });

  test('unknown: no number is shown, only "Waiting time unknown"', () => {
    const header = renderHeader(
      summary('unknown', { waitingSince: null, waited: { calendarMinutes: null, businessMinutes: null } }),
    );
    expect(header.getAttribute('data-sla')).toBe('unknown');
    expect(within(header).getByTestId('wait').textContent).toBe('Waiting time unknown');
    expect(within(header).getByTestId('sla').textContent).toBe('unknown');
    expect(header.textContent).not.toMatch(/\d/);
  });

  test('a known state without numbers is still shown as unknown rather than a wrong figure', () => {
    const header = renderHeader(summary('ok', { waited: { calendarMinutes: null, businessMinutes: null } }));
    expect(within(header).getByTestId('wait').textContent).toBe('Waiting time unknown');
  });

  test('none with a client who was answered: "Nobody is waiting on you" and no badge', () => {
    const header = renderHeader(
      summary('none', { waitingSince: null, waited: { calendarMinutes: null, businessMinutes: null } }),
    );
    expect(header.getAttribute('data-sla')).toBe('none');
    expect(within(header).getByTestId('wait').textContent).toBe('Nobody is waiting on you');
    expect(header.textContent).toContain('You replied last in this thread.');
    expect(within(header).queryByTestId('sla')).toBeNull();
  });

  test('none without a client: only colleagues wrote', () => {
    const header = renderHeader(
      summary('none', { client: null, waitingSince: null, waited: { calendarMinutes: null, businessMinutes: null } }),
    );
    expect(within(header).queryByTestId('client')).toBeNull();
    expect(header.textContent).toContain('Only you and colleagues wrote in this thread.');
  });

  test('none without history: "No earlier messages"', () => {
    const header = renderHeader(
      summary('none', {
        messages: [],
        client: null,
        waitingSince: null,
        waited: { calendarMinutes: null, businessMinutes: null },
      }),
    );
    expect(within(header).getByTestId('wait').textContent).toBe('No earlier messages');
    expect(header.textContent).toContain('This reply has no quoted history to time.');
  });

  test('no summary at all says the waiting time is unknown, worded for the mode', () => {
    const compose = renderHeader(null);
    expect(compose.textContent).toContain('Waiting time unknown');
    expect(compose.textContent).toContain('No earlier client message was found in this reply.');
    expect(compose.hasAttribute('data-sla')).toBe(false);
  });

  test('read mode: the detail says the wait runs since the message arrived', () => {
    const header = renderHeader(summary('ok'), 'read');
    expect(header.textContent).toContain('Since this message arrived · 16 business hours');
  });

  test('an unrecognised time zone is pointed out', () => {
    const header = renderHeader(summary('ok', { timeZone: { zone: 'UTC', fallback: true } }));
    expect(header.textContent).toContain('Your time zone was not recognised; times are in UTC.');
  });

  test('the exact time is reachable by keyboard and exposed as the headline’s description', async () => {
    const user = userEvent.setup();
    const header = renderHeader(summary('overdue'));
    const wait = within(header).getByTestId('wait');
    expect(wait.tabIndex).toBe(0);
    await user.tab();
    expect(document.activeElement).toBe(wait);
    const exact = 'Dana wrote Wed 18 Nov, 09:05 (America/New_York) — 16 hours 55 minutes of business time';
    expect(describedBy(wait)).toBe(exact);
  });

  test('without a waiting time there is no focus stop and no description', async () => {
    const user = userEvent.setup();
    const header = renderHeader(
      summary('unknown', { waitingSince: null, waited: { calendarMinutes: null, businessMinutes: null } }),
    );
    const wait = within(header).getByTestId('wait');
    expect(wait.hasAttribute('tabindex')).toBe(false);
    await user.tab();
    expect(document.activeElement).toBe(document.body);
    expect(describedBy(wait)).toBe('');
  });
});

describe('WaitHeader exact-time tip', () => {
  test('shows on focus and hover, hides on Escape, blur and leave', async () => {
    const user = userEvent.setup();
    const header = renderHeader(summary('overdue'));
    const tip = within(header).getByRole('tooltip', { hidden: true });
    const visible = () => getComputedStyle(tip).display !== 'none';
    expect(visible()).toBe(false);
    await user.tab();
    expect(visible()).toBe(true);
    await user.keyboard('{Escape}');
    expect(visible()).toBe(false);
    await user.tab();
    expect(visible()).toBe(false);
    await user.hover(within(header).getByTestId('wait'));
    expect(visible()).toBe(true);
    await user.unhover(within(header).getByTestId('wait'));
    expect(visible()).toBe(false);
  });
});
