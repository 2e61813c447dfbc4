/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RULE_INFO } from '../../../src/core';
import { DEFAULT_SETTINGS, type ReplyCoachSettings } from '../../../src/core/settings';
import { SettingsPanel } from '../../../src/taskpane/components/SettingsPanel';

// The form has a switch per rule; queries over it are slow in jsdom.
jest.setTimeout(60_000);

const RULE = RULE_INFO[0];
const OTHER_RULE = RULE_INFO[1];

const SAVED: ReplyCoachSettings = {
  ...DEFAULT_SETTINGS,
  schedule: {
    days: [1, 2, 3, 4],
    start: '08:00',
    end: '16:30',
    timeZone: 'America/New_York',
    holidays: { country: 'US', state: 'NY' },
  },
  slaMinutes: 90,
  ownDomains: ['riverava.com', 'riverava.co.uk'],
  colleagues: ['pat@freelance.example'],
  clientDomains: [],
  sendCheck: 'all',
  graphClientId: '',
  rules: { [RULE.id]: { enabled: false }, [OTHER_RULE.id]: { severity: 'info' } },
  customPhrases: [{ phrase: 'circle back', replacement: 'reply by Friday', category: 'vague-commitment' }],
};

function renderPanel(settings: ReplyCoachSettings = SAVED, onSave = jest.fn(async () => true)) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel settings={settings} rules={RULE_INFO} onSave={onSave} />
    </FluentProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const saveButton = () => screen.getByText('Save settings').closest('button') as HTMLButtonElement;

async function replace(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const field = input(label);
  await user.clear(field);
  if (value) await user.type(field, value);
}

describe('SettingsPanel', () => {
  test('shows the saved settings', () => {
    renderPanel();
    expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => input(d).checked)).toEqual([true, true, true, true, false]);
    expect(input('Start').value).toBe('08:00');
    expect(input('End').value).toBe('16:30');
    expect(input('Time zone').value).toBe('America/New_York');
    expect(input('Public holidays').value).toBe('US-NY');
    expect(input('Reply target (business hours)').value).toBe('1.5');
    expect(input("Your organisation's domains").value).toBe('riverava.com, riverava.co.uk');
    expect(input("Colleagues' addresses").value).toBe('pat@freelance.example');
    expect(input('Stop for every warning').checked).toBe(true);
    expect(input(RULE.description).checked).toBe(false);
    expect(input(OTHER_RULE.description).checked).toBe(true);
    expect(input('Your own phrases').value).toBe('circle back => reply by Friday');
  });

  test('saves every field, parsed and normalised', async () => {
    const { onSave, user } = renderPanel();
    await user.click(input('Fri'));
    await user.click(input('Mon'));
    await replace(user, 'Time zone', ' Europe/London ');
    await replace(user, 'Public holidays', 'gb-eng');
    await replace(user, 'Reply target (business hours)', '24');
    await replace(user, "Your organisation's domains", 'Acme.com; team.acme.com');
    await replace(user, 'Client domains', 'bigclient.com');
    await user.click(input("Don't check on send"));
    await user.click(input(RULE.description));
    await user.click(input(OTHER_RULE.description));
    await replace(user, 'Your own phrases', 'circle back => reply by Friday\n\nASAP=>by 5 pm today');
    await replace(user, 'Microsoft Entra app (client) id', '  00000000-1111-2222-3333-444444444444 ');
    await user.click(saveButton());

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = (onSave.mock.calls[0] as unknown as [ReplyCoachSettings])[0];
    expect(saved.schedule).toEqual({
      days: [2, 3, 4, 5],
      start: '08:00',
      end: '16:30',
      timeZone: 'Europe/London',
      holidays: { country: 'GB', state: 'ENG' },
    });
    expect(saved.slaMinutes).toBe(24 * 60);
    expect(saved.ownDomains).toEqual(['acme.com', 'team.acme.com']);
    expect(saved.colleagues).toEqual(['pat@freelance.example']);
    expect(saved.clientDomains).toEqual(['bigclient.com']);
    expect(saved.sendCheck).toBe('off');
    // The rule turned back on is enabled; the one turned off keeps its severity override.
    expect(saved.rules[RULE.id]).toEqual({ enabled: true });
    expect(saved.rules[OTHER_RULE.id]).toEqual({ severity: 'info', enabled: false });
    expect(saved.customPhrases).toEqual([
      { phrase: 'circle back', replacement: 'reply by Friday', category: 'vague-commitment' },
      { phrase: 'ASAP', replacement: 'by 5 pm today', category: 'vague-commitment' },
    ]);
    expect(saved.graphClientId).toBe('00000000-1111-2222-3333-444444444444');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an empty time zone and holiday region save as null', async () => {
    const { onSave, user } = renderPanel();
    await replace(user, 'Time zone', '');
    await replace(user, 'Public holidays', '');
    await user.click(saveButton());
    const saved = (onSave.mock.calls[0] as unknown as [ReplyCoachSettings])[0];
    expect(saved.schedule.timeZone).toBeNull();
    expect(saved.schedule.holidays).toBeNull();
  });

  test.each<[string, (user: ReturnType<typeof userEvent.setup>) => Promise<void>, string]>([
    [
      'no working day',
      async (user) => {
        for (const day of ['Mon', 'Tue', 'Wed', 'Thu']) await user.click(input(day));
      },
      'Pick at least one working day.',
    ],
    [
      'a start that is not HH:MM',
      (user) => replace(user, 'Start', '8am'),
      'Working hours need a start before the end, as HH:MM (24 h).',
    ],
    [
      'an end equal to the start',
      (user) => replace(user, 'End', '08:00'),
      'Working hours need a start before the end, as HH:MM (24 h).',
    ],
    [
      'a reply target over 720 hours',
      (user) => replace(user, 'Reply target (business hours)', '721'),
      'The reply target must be between a few minutes and 720 business hours.',
    ],
    [
      'a holiday region without a country code',
      (user) => replace(user, 'Public holidays', 'USA'),
      'Holidays region must start with a two-letter country code, e.g. US, GB-ENG or DE-BY.',
    ],
    [
      'a phrase without a rewrite',
      (user) => replace(user, 'Your own phrases', 'circle back'),
      'Custom phrases take the form "phrase => rewrite": "circle back"',
    ],
  ])('%s is refused with an alert and nothing is saved', async (_name, edit, message) => {
    const { onSave, user } = renderPanel();
    await edit(user);
    await user.click(saveButton());
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(onSave).not.toHaveBeenCalled();
  });

  test('fixing the problem clears the alert and saves', async () => {
    const { onSave, user } = renderPanel();
    await replace(user, 'End', '07:00');
    await user.click(saveButton());
    expect(screen.getByRole('alert')).toBeTruthy();
    await replace(user, 'End', '17:00');
    await user.click(saveButton());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  test('the save button says so and is disabled while saving', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const onSave = jest.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const { user } = renderPanel(SAVED, onSave);
    await user.click(saveButton());
    const saving = screen.getByText('Saving…').closest('button') as HTMLButtonElement;
    expect(saving.disabled).toBe(true);
    finish(true);
    await waitFor(() => expect(saveButton().disabled).toBe(false));
  });

  test('new settings from outside replace the form', () => {
    const { rerender } = render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel settings={SAVED} rules={RULE_INFO} onSave={async () => true} />
      </FluentProvider>,
    );
    expect(input('Start').value).toBe('08:00');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel settings={DEFAULT_SETTINGS} rules={RULE_INFO} onSave={async () => true} />
      </FluentProvider>,
    );
    expect(input('Start').value).toBe('09:00');
    expect(input('Public holidays').value).toBe('');
  });
});
