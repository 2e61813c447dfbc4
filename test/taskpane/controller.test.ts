import { PaneController, IGNORED_KEY } from '../../src/taskpane/controller';
import { DRAFT, FakeHost, NOW, readModeHost } from './fakeHost';
import { SETTINGS_KEY } from '../../src/core/settings';
import { decideSend } from '../../src/commands/decide';
import { PANE_FINDINGS_SESSION_KEY, parsePaneFindings } from '../../src/office/sendStorage';

async function started(host = new FakeHost()) {
  const controller = new PaneController(host, () => NOW);
  await controller.start();
  return { host, controller };
}

describe('PaneController', () => {
  test('reads the draft, times the client’s wait and finds the excuse', async () => {
    const { controller } = await started();
    const state = controller.getState();
    expect(state.status).toBe('ready');
    expect(state.summary?.client?.address).toBe('dana@whitfieldstudio.com');
    expect(state.summary?.waitingSince).toBe('2026-11-18T14:05:00.000Z');
    expect(state.findings.map((f) => f.category)).toContain('excuse');
    for (const f of state.findings) expect(state.text.slice(f.start, f.end)).toBe(f.text);
  });

  test('apply changes only the passage, keeps the markup, and undo restores the exact body', async () => {
    const { host, controller } = await started();
    const excuse = controller.getState().findings.find((f) => f.category === 'excuse');
    if (!excuse) throw new Error('expected an excuse');
    expect(await controller.apply(excuse, excuse.suggestions[0])).toBe(true);
    expect(host.body.content).not.toEqual(DRAFT);
    expect(host.body.content).toContain('<hr><div id="divRplyFwdMsg">');
    expect(host.body.content.slice(host.body.content.indexOf('<hr>'))).toEqual(DRAFT.slice(DRAFT.indexOf('<hr>')));
    expect(controller.getState().findings.find((f) => f.category === 'excuse')).toBeUndefined();
    expect(controller.getState().canUndo).toBe(true);

    await controller.undo();
    expect(host.body.content).toEqual(DRAFT);
    expect(controller.getState().findings.find((f) => f.category === 'excuse')).toBeDefined();
  });

  test('apply refuses when the draft changed under the finding, then re-analyses', async () => {
    const { host, controller } = await started();
    const excuse = controller.getState().findings.find((f) => f.category === 'excuse');
    if (!excuse) throw new Error('expected an excuse');
    host.body = { content: DRAFT.replace('Hi Dana', 'Hello Dana'), isHtml: true };
    expect(await controller.apply(excuse, excuse.suggestions[0])).toBe(false);
    expect(host.writes).toEqual([]);
    expect(controller.getState().notice?.text).toMatch(/changed/);
  });

  test('ignore hides the finding and tells the send check through session data', async () => {
    const { host, controller } = await started();
    const excuse = controller.getState().findings.find((f) => f.category === 'excuse');
    if (!excuse) throw new Error('expected an excuse');
    await controller.ignore(excuse);
    expect(controller.getState().findings).not.toContain(excuse);
    expect(JSON.parse(host.session.get(IGNORED_KEY) || '[]')).toHaveLength(1);
    await controller.refresh(true);
    expect(
      controller.getState().findings.find((f) => f.ruleId === excuse.ruleId && f.text === excuse.text),
    ).toBeUndefined();
  });

  test('shares each analysis with the send check, which classic Outlook needs for the rules its script lacks', async () => {
    const { host, controller } = await started();
    const shared = () => parsePaneFindings(host.session.get(PANE_FINDINGS_SESSION_KEY));
    const keyOf = (f: { ruleId: string; text: string }) => f.ruleId + '|' + f.text;
    expect(shared().map(keyOf).sort()).toEqual(controller.getState().findings.map(keyOf).sort());
    const excuse = controller.getState().findings.find((f) => f.category === 'excuse');
    if (!excuse) throw new Error('expected an excuse');
    await controller.apply(excuse, excuse.suggestions[0]);
    // After the rewrite the stored analysis no longer holds the excuse.
    expect(shared().find((f) => f.category === 'excuse')).toBeUndefined();
  });

  test('turning a rule off is saved in roaming settings and takes effect at once', async () => {
    const { host, controller } = await started();
    const excuse = controller.getState().findings.find((f) => f.category === 'excuse');
    if (!excuse) throw new Error('expected an excuse');
    await controller.turnOffRule(excuse.ruleId);
    expect(JSON.parse(host.settings.get(SETTINGS_KEY) || '{}').rules[excuse.ruleId]).toEqual({ enabled: false });
    expect(controller.getState().findings.find((f) => f.ruleId === excuse.ruleId)).toBeUndefined();
  });

  test('oversized settings are refused with a reason and nothing is saved', async () => {
    const { host, controller } = await started();
    const huge = {
      ...controller.getState().settings,
      ownDomains: Array.from({ length: 4000 }, (_, i) => `d${i}.example.com`),
    };
    expect(await controller.saveSettings(huge)).toBe(false);
    expect(host.settings.has(SETTINGS_KEY)).toBe(false);
    expect(controller.getState().notice?.text).toMatch(/KB/);
  });

  test('corrupted settings fall back to defaults with a notice', async () => {
    const host = new FakeHost();
    host.settings.set(SETTINGS_KEY, '{"schedule": 5, "sendCheck": "sometimes"');
    const { controller } = await started(host);
    expect(controller.getState().settingsNotice).toMatch(/defaults/);
    expect(controller.getState().settings.sendCheck).toBe('serious');
  });

  test('a failing Office call shows an error; start again recovers', async () => {
    const host = new FakeHost();
    host.failReads = true;
    const { controller } = await started(host);
    expect(controller.getState().status).toBe('error');
    expect(controller.getState().error).toMatch(/simulated/);
    host.failReads = false;
    await controller.start();
    expect(controller.getState().status).toBe('ready');
  });

  test('opened from the send dialog, the findings that stopped the send come first', async () => {
    const host = new FakeHost();
    const { controller: probe } = await started(host);
    const last = probe.getState().findings[probe.getState().findings.length - 1];
    // As the send check writes it (src/commands/decide.ts).
    const stopped = decideSend({
      findings: [last],
      sendCheck: 'all',
      rules: {},
      ignoredKeys: [],
      features: { markdown: false, takeAction: true },
    });
    host.context = stopped.contextData || null;
    expect(host.context).toContain(last.ruleId);
    const { controller } = await started(host);
    expect(controller.getState().findings[0].text).toBe(last.text);
    expect(controller.getState().fromSend).toHaveLength(1);
  });

  test('read mode times the received message', async () => {
    const host = readModeHost();
    const { controller } = await started(host);
    const state = controller.getState();
    expect(state.summary?.client?.name).toBe('Dana Whitfield');
    expect(state.summary?.waited.calendarMinutes).toBe(25 * 60);
    expect(state.findings).toEqual([]);
  });

  test('with Graph configured, exact times from Graph replace the quoted headers; a failure keeps them', async () => {
    const host = new FakeHost();
    host.settings.set(SETTINGS_KEY, JSON.stringify({ graphClientId: '00000000-1111-2222-3333-444444444444' }));
    const calls: string[] = [];
    host.fetchThread = async (conversationId: string) => {
      calls.push(conversationId);
      return [
        {
          from: { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' },
          to: [],
          cc: [],
          sentAt: '2026-11-18T14:07:31.000Z',
          sentAtText: null,
          subject: 'Brochure',
          body: '',
        },
      ];
    };
    const { controller } = await started(host);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['c1']);
    expect(controller.getState().summary?.waitingSince).toBe('2026-11-18T14:07:31.000Z');

    const failing = new FakeHost();
    failing.settings.set(SETTINGS_KEY, JSON.stringify({ graphClientId: 'x' }));
    failing.fetchThread = async () => {
      throw new Error('consent required');
    };
    const second = await started(failing);
    await new Promise((r) => setTimeout(r, 0));
    expect(second.controller.getState().summary?.waitingSince).toBe('2026-11-18T14:05:00.000Z');
  });

  test('a holiday region is honoured once its data has loaded', async () => {
    const host = new FakeHost();
    // Thursday 26 November 2026 is Thanksgiving: the wait from Wednesday 09:05 skips it.
    host.body = {
      content: DRAFT.replace('Wednesday, November 18, 2026', 'Wednesday, November 25, 2026'),
      isHtml: true,
    };
    const friday = new Date('2026-11-27T15:00:00Z');
    host.settings.set(
      SETTINGS_KEY,
      JSON.stringify({
        schedule: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: null, holidays: { country: 'US' } },
      }),
    );
    const controller = new PaneController(host, () => friday);
    await controller.start();
    // Wed 09:05–17:00 (475) + Fri 09:00–10:00 (60); Thursday is a holiday.
    expect(controller.getState().summary?.waited.businessMinutes).toBe(535);
  });

  test('when the engine fails to load (after one quiet retry), the pane says so and "Try again" loads it', async () => {
    const host = new FakeHost();
    let attempts = 0;
    const loader = async () => {
      attempts++;
      if (attempts <= 2) throw new Error('Loading chunk analysis failed');
      return import('../../src/taskpane/analysis');
    };
    const controller = new PaneController(host, () => NOW, loader);
    await controller.start();
    expect(controller.getState().status).toBe('error');
    expect(controller.getState().error).toMatch(/chunk/);
    await controller.start();
    expect(controller.getState().status).toBe('ready');
    expect(controller.getState().findings.length).toBeGreaterThan(0);
    expect(attempts).toBe(3);
  });

  test('no open item says so', async () => {
    const host = new FakeHost();
    host.item = null;
    const { controller } = await started(host);
    expect(controller.getState().status).toBe('no-item');
  });
});
