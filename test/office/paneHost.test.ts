/**
 * The pane's Office adapter against office-addin-mock: each *Async method answers its callback
 * with { status, value } the way Outlook does, and records what it was asked.
 */
import type { OfficeMockObject as OfficeMockObjectType } from 'office-addin-mock';
import { createOfficePaneHost, OfficeCallError } from '../../src/office/paneHost';

import { OfficeMockObject } from '../support/officeAddinMock';

type AsyncResult = { status: string; value?: unknown; error?: { message: string } };
type Callback = (result: AsyncResult) => void;
/** What an *Async call answers: a value, a failure with Office's message, or a thrown error. */
type Answer = { value: unknown } | { fail: string } | 'throw';

function reply(answer: Answer, callback: Callback): void {
  if (answer === 'throw') throw new Error('Office API unavailable');
  if ('fail' in answer) callback({ status: 'failed', error: { message: answer.fail } });
  else callback({ status: 'succeeded', value: answer.value });
}

interface Options {
  mode?: 'compose' | 'read';
  /** The compose body's type as getTypeAsync reports it. */
  bodyType?: 'html' | 'text';
  body?: Answer;
  setBody?: Answer;
  sets?: string[];
  sendAsync?: Answer | 'absent';
  session?: Record<string, string>;
  sessionData?: 'absent';
  initContext?: Answer | 'absent';
  saveSettings?: Answer;
  theme?: { bodyBackgroundColor: string } | 'absent';
  timeZone?: string;
  addHandler?: 'throw';
  noItem?: boolean;
}

interface Calls {
  getType: number;
  get: string[];
  set: Array<{ content: string; coercionType: unknown }>;
  sessionGet: string[];
  sessionSet: Array<[string, string]>;
  initContext: number;
  send: number;
  settingsSet: Array<[string, unknown]>;
  settingsSaved: number;
  handlers: Array<[string, () => void]>;
  removed: string[];
}

function install(options: Options = {}): { office: OfficeMockObjectType; calls: Calls } {
  const calls: Calls = {
    getType: 0,
    get: [],
    set: [],
    sessionGet: [],
    sessionSet: [],
    initContext: 0,
    send: 0,
    settingsSet: [],
    settingsSaved: 0,
    handlers: [],
    removed: [],
  };
  const mode = options.mode || 'compose';
  const sets = options.sets || ['1.11', '1.12', '1.13', '1.14'];
  const session = new Map(Object.entries(options.session || {}));
  const settings = new Map<string, unknown>();

  const body: Record<string, unknown> = {
    getAsync(coercion: string, callback: Callback) {
      calls.get.push(coercion);
      reply(options.body || { value: `<p>body as ${coercion}</p>` }, callback);
    },
  };
  const item: Record<string, unknown> = { conversationId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAN', body };
  if (mode === 'compose') {
    body.getTypeAsync = (callback: Callback) => {
      calls.getType++;
      reply({ value: options.bodyType || 'html' }, callback);
    };
    body.setAsync = (content: string, opts: { coercionType: unknown }, callback: Callback) => {
      calls.set.push({ content, coercionType: opts.coercionType });
      reply(options.setBody || { value: undefined }, callback);
    };
    if (options.sendAsync !== 'absent') {
      const answer = options.sendAsync || { value: undefined };
      item.sendAsync = (callback: Callback) => {
        calls.send++;
        reply(answer, callback);
      };
    }
  } else {
    item.dateTimeCreated = new Date('2026-11-19T14:00:00Z');
    item.from = { displayName: 'Dana Whitfield', emailAddress: 'dana@whitfieldstudio.com' };
  }
  if (options.sessionData !== 'absent') {
    item.sessionData = {
      getAsync(key: string, callback: Callback) {
        calls.sessionGet.push(key);
        const value = session.get(key);
        // Outlook reports a missing key as a failure.
        reply(value === undefined ? { fail: 'The specified key was not found.' } : { value }, callback);
      },
      setAsync(key: string, value: string, callback: Callback) {
        calls.sessionSet.push([key, value]);
        session.set(key, value);
        reply({ value: undefined }, callback);
      },
    };
  }
  if (options.initContext !== 'absent') {
    const answer = options.initContext || { value: '{"findings":[]}' };
    item.getInitializationContextAsync = (callback: Callback) => {
      calls.initContext++;
      reply(answer, callback);
    };
  }

  const context: Record<string, unknown> = {
    displayLanguage: 'de-DE',
    mailbox: {
      userProfile: {
        emailAddress: 'sam@riverava.com',
        displayName: 'Sam Rivera',
        timeZone: options.timeZone ?? 'Pacific Standard Time',
      },
      addHandlerAsync(eventType: string, handler: () => void) {
        if (options.addHandler === 'throw') throw new Error('not supported');
        calls.handlers.push([eventType, handler]);
      },
      removeHandlerAsync(eventType: string) {
        calls.removed.push(eventType);
      },
      // An item is added below; a null in the seed would not survive the mock's copying.
    },
    requirements: {
      isSetSupported: (name: string, version: string) => name === 'Mailbox' && sets.indexOf(version) >= 0,
    },
    roamingSettings: {
      get: (key: string) => settings.get(key),
      set: (key: string, value: unknown) => {
        calls.settingsSet.push([key, value]);
        settings.set(key, value);
      },
      saveAsync: (callback: Callback) => {
        calls.settingsSaved++;
        reply(options.saveSettings || { value: undefined }, callback);
      },
    },
  };
  if (options.theme !== 'absent') context.officeTheme = options.theme || { bodyBackgroundColor: '#ffffff' };
  if (!options.noItem) (context.mailbox as Record<string, unknown>).item = item;

  // host: 'outlook' makes the mock hand out plain values without load()/sync().
  const office = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemChanged' },
    context,
  });
  (globalThis as { Office?: unknown }).Office = office;
  return { office, calls };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('getItem', () => {
  test('a draft is compose mode, with the user, zone, conversation and display language', () => {
    install();
    expect(createOfficePaneHost().getItem()).toEqual({
      mode: 'compose',
      userAddress: 'sam@riverava.com',
      userName: 'Sam Rivera',
      userTimeZone: 'Pacific Standard Time',
      conversationId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAN',
      displayLanguage: 'de-DE',
      received: null,
    });
  });

  test('a received message is read mode, with its arrival as ISO UTC and its sender', () => {
    install({ mode: 'read' });
    const item = createOfficePaneHost().getItem();
    expect(item?.mode).toBe('read');
    expect(item?.received).toEqual({
      at: '2026-11-19T14:00:00.000Z',
      from: { name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' },
    });
  });

  test('an empty zone name becomes null', () => {
    install({ timeZone: '' });
    expect(createOfficePaneHost().getItem()?.userTimeZone).toBeNull();
  });

  test('no open item gives null', () => {
    install({ noItem: true });
    expect(createOfficePaneHost().getItem()).toBeNull();
  });
});

describe('readBody and writeBody', () => {
  test('an HTML draft is read as HTML after asking its type', async () => {
    const { calls } = install({ bodyType: 'html', body: { value: '<div>Hi Dana</div>' } });
    expect(await createOfficePaneHost().readBody()).toEqual({ content: '<div>Hi Dana</div>', isHtml: true });
    expect(calls.getType).toBe(1);
    expect(calls.get).toEqual(['html']);
  });

  test('a plain-text draft is read as text', async () => {
    const { calls } = install({ bodyType: 'text', body: { value: 'Hi Dana' } });
    expect(await createOfficePaneHost().readBody()).toEqual({ content: 'Hi Dana', isHtml: false });
    expect(calls.get).toEqual(['text']);
  });

  test('a received message is read as HTML without asking its type', async () => {
    const { calls } = install({ mode: 'read' });
    expect((await createOfficePaneHost().readBody()).isHtml).toBe(true);
    expect(calls.getType).toBe(0);
    expect(calls.get).toEqual(['html']);
  });

  test('writeBody writes with the coercion type of the body', async () => {
    const { calls } = install();
    const host = createOfficePaneHost();
    await host.writeBody({ content: '<p>Thanks</p>', isHtml: true });
    await host.writeBody({ content: 'Thanks', isHtml: false });
    expect(calls.set).toEqual([
      { content: '<p>Thanks</p>', coercionType: 'html' },
      { content: 'Thanks', coercionType: 'text' },
    ]);
  });

  test('a failed read rejects with an OfficeCallError naming the operation and Office’s message', async () => {
    install({ body: { fail: 'The item has been deleted.' } });
    const error = await createOfficePaneHost()
      .readBody()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).operation).toBe('Reading the draft');
    expect((error as Error).message).toBe('Reading the draft failed: The item has been deleted.');
  });

  test('an Office call that throws also becomes an OfficeCallError', async () => {
    install({ setBody: 'throw' });
    await expect(createOfficePaneHost().writeBody({ content: 'x', isHtml: false })).rejects.toThrow(
      new OfficeCallError('Changing the draft', 'Office API unavailable'),
    );
  });

  test('with no item open, reading and writing fail with a readable message', async () => {
    install({ noItem: true });
    const host = createOfficePaneHost();
    await expect(host.readBody()).rejects.toThrow('Reading the draft failed: no item is open');
    await expect(host.writeBody({ content: '', isHtml: true })).rejects.toThrow(
      'Changing the draft failed: no item is open',
    );
  });
});

describe('roaming settings', () => {
  test('saveSetting sets the value, then saves; loadSetting reads it back', async () => {
    const { calls } = install();
    const host = createOfficePaneHost();
    expect(host.loadSetting('replyCoach.settings')).toBeNull();
    await host.saveSetting('replyCoach.settings', '{"slaMinutes":240}');
    expect(calls.settingsSet).toEqual([['replyCoach.settings', '{"slaMinutes":240}']]);
    expect(calls.settingsSaved).toBe(1);
    expect(host.loadSetting('replyCoach.settings')).toBe('{"slaMinutes":240}');
  });

  test('a value that is not a string loads as null', () => {
    const { office } = install();
    (
      office as unknown as { context: { roamingSettings: { set(k: string, v: unknown): void } } }
    ).context.roamingSettings.set('replyCoach.settings', { slaMinutes: 240 });
    expect(createOfficePaneHost().loadSetting('replyCoach.settings')).toBeNull();
  });

  test('a failed save rejects with a readable message', async () => {
    install({ saveSettings: { fail: 'Settings exceed 32 KB.' } });
    await expect(createOfficePaneHost().saveSetting('k', 'v')).rejects.toThrow(
      'Saving settings failed: Settings exceed 32 KB.',
    );
  });
});

describe('session data', () => {
  test('values round-trip; a missing key is null, not an error', async () => {
    const { calls } = install({ session: { 'replyCoach.ignored': '["a|b"]' } });
    const host = createOfficePaneHost();
    expect(await host.getSessionValue('replyCoach.ignored')).toBe('["a|b"]');
    expect(await host.getSessionValue('replyCoach.other')).toBeNull();
    await host.setSessionValue('replyCoach.other', '42');
    expect(calls.sessionSet).toEqual([['replyCoach.other', '42']]);
    expect(await host.getSessionValue('replyCoach.other')).toBe('42');
  });

  test('without Mailbox 1.11 session data is neither read nor written', async () => {
    const { calls } = install({ sets: ['1.10'], session: { k: 'v' } });
    const host = createOfficePaneHost();
    expect(await host.getSessionValue('k')).toBeNull();
    await host.setSessionValue('k', 'w');
    expect(calls.sessionGet).toEqual([]);
    expect(calls.sessionSet).toEqual([]);
  });

  test('an item without sessionData reads null', async () => {
    install({ sessionData: 'absent' });
    expect(await createOfficePaneHost().getSessionValue('k')).toBeNull();
  });
});

describe('getInitializationContext', () => {
  test('with Mailbox 1.14 it returns the JSON the send dialog passed', async () => {
    const { calls } = install({ initContext: { value: '{"findings":[{"ruleId":"excuse.busy"}]}' } });
    expect(await createOfficePaneHost().getInitializationContext()).toBe('{"findings":[{"ruleId":"excuse.busy"}]}');
    expect(calls.initContext).toBe(1);
  });

  test('without Mailbox 1.14 it is not called', async () => {
    const { calls } = install({ sets: ['1.11', '1.12', '1.13'] });
    expect(await createOfficePaneHost().getInitializationContext()).toBeNull();
    expect(calls.initContext).toBe(0);
  });

  test('an empty context, a failure or a missing method give null', async () => {
    install({ initContext: { value: '' } });
    expect(await createOfficePaneHost().getInitializationContext()).toBeNull();
    install({ initContext: { fail: 'No context.' } });
    expect(await createOfficePaneHost().getInitializationContext()).toBeNull();
    install({ initContext: 'absent' });
    expect(await createOfficePaneHost().getInitializationContext()).toBeNull();
  });
});

describe('sendNow', () => {
  test('is offered in compose mode when sendAsync exists and Mailbox 1.13 is supported, and sends', async () => {
    const { calls } = install();
    const host = createOfficePaneHost();
    expect(typeof host.sendNow).toBe('function');
    await host.sendNow?.();
    expect(calls.send).toBe(1);
  });

  test.each<[string, Options]>([
    ['without Mailbox 1.13', { sets: ['1.11', '1.12'] }],
    ['without sendAsync', { sendAsync: 'absent' }],
    ['in read mode', { mode: 'read' }],
    ['with no item', { noItem: true }],
  ])('is not offered %s', (_name, options) => {
    install(options);
    expect(createOfficePaneHost().sendNow).toBeUndefined();
  });

  test('a refused send rejects with a readable message', async () => {
    install({ sendAsync: { fail: 'The message has no recipients.' } });
    await expect(createOfficePaneHost().sendNow?.()).rejects.toThrow('Sending failed: The message has no recipients.');
  });
});

describe('theme', () => {
  test.each([
    ['#1f1f1f', 'dark'],
    ['#292929', 'dark'],
    ['#ffffff', 'light'],
    ['#f3f2f1', 'light'],
    ['not a colour', 'light'],
  ])('background %s reads as %s', (color, expected) => {
    install({ theme: { bodyBackgroundColor: color } });
    expect(createOfficePaneHost().theme()).toBe(expected);
  });

  test('no theme from the host gives null', () => {
    install({ theme: 'absent' });
    expect(createOfficePaneHost().theme()).toBeNull();
  });
});

describe('onItemChanged', () => {
  test('registers an ItemChanged handler that calls the listener, and removes it again', () => {
    const { calls } = install();
    const listener = jest.fn();
    const dispose = createOfficePaneHost().onItemChanged(listener);
    expect(calls.handlers.map(([type]) => type)).toEqual(['olkItemChanged']);
    expect(listener).not.toHaveBeenCalled();
    calls.handlers[0][1]();
    expect(listener).toHaveBeenCalledTimes(1);
    dispose();
    expect(calls.removed).toEqual(['olkItemChanged']);
  });

  test('a host that cannot register returns a harmless disposer', () => {
    const { calls } = install({ addHandler: 'throw' });
    const dispose = createOfficePaneHost().onItemChanged(jest.fn());
    expect(() => dispose()).not.toThrow();
    expect(calls.removed).toEqual([]);
  });
});
