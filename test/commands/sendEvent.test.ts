/**
 * The Office side of the send check, with the analyser injected so these tests pin down the
 * handler's own behaviour (reading the draft, settings, ignored findings, feature checks,
 * failing open, the 3 s deadline, completing exactly once). sendCheck.e2e.test.ts runs the
 * same handler with the real engine.
 */
import { MAX_CANCEL_LABEL_LENGTH, MAX_ERROR_MESSAGE_LENGTH } from '../../src/commands/decide';
import { COMPOSE_PANE_COMMAND_ID } from '../../src/commands/ids';
import type { AnalyzeOptions } from '../../src/core';
import { findingKey } from '../../src/core/findingKey';
import type { Category, Finding, Severity } from '../../src/core/types';
import { SEND_CHECK_TIMEOUT_MS, createSendHandler } from '../../src/office/sendEvent';
import type { Analyzer } from '../../src/office/sendEvent';
import {
  IGNORED_FINDINGS_SESSION_KEY,
  PANE_FINDINGS_SESSION_KEY,
  SETTINGS_STORAGE_KEY,
  THREAD_CONTEXT_SESSION_KEY,
} from '../../src/office/sendStorage';
import { installOffice, sendEvent, uninstallOffice } from './officeMock';

/** A stand-in engine: flags fixed phrases so each test controls exactly what is found. */
const PHRASES: { phrase: string; ruleId: string; category: Category; severity: Severity }[] = [
  { phrase: 'so busy', ruleId: 'excuse.busy', category: 'excuse', severity: 'serious' },
  { phrase: 'was sick', ruleId: 'personal.health', category: 'personal', severity: 'serious' },
  { phrase: 'you forgot', ruleId: 'blame.you', category: 'blame', severity: 'serious' },
  { phrase: "i'll try", ruleId: 'vague.try', category: 'vague-commitment', severity: 'warning' },
];

function phraseAnalyzer(text: string, options?: AnalyzeOptions): { findings: Finding[] } {
  const lower = text.toLowerCase();
  const findings: Finding[] = [];
  for (const entry of PHRASES) {
    const rule = options && options.settings && options.settings.rules && options.settings.rules[entry.ruleId];
    if (rule && rule.enabled === false) continue;
    let at = lower.indexOf(entry.phrase);
    while (at >= 0) {
      findings.push({
        ruleId: entry.ruleId,
        category: entry.category,
        severity: entry.severity,
        start: at,
        end: at + entry.phrase.length,
        text: text.slice(at, at + entry.phrase.length),
        message: 'Costs trust.',
        suggestions: [],
      });
      at = lower.indexOf(entry.phrase, at + 1);
    }
  }
  return { findings };
}

const CLEAN =
  'Hi Dana,\n\nThe revised logo files are attached. I will send the brand guide by Thursday noon.\n\nBest,\nSam';
const FLAGGED = 'Hi Dana,\n\nSorry, I was so busy this week. The files are attached.\n\nBest,\nSam';

function run(analyze: Analyzer = phraseAnalyzer, extra: { now?: () => number } = {}) {
  const event = sendEvent();
  createSendHandler({ analyze, ...extra })(event);
  return event;
}

afterEach(() => {
  uninstallOffice();
  jest.useRealTimers();
});

describe('send check: decisions', () => {
  it('lets a clean reply go at once', () => {
    const { calls } = installOffice({ body: { kind: 'ok', value: CLEAN } });
    const event = run();
    expect(event.calls).toEqual([{ allowEvent: true }]);
    expect(calls.bodyCoercions).toEqual(['text']);
  });

  it('stops a reply with an excuse and explains it in both formats', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED } });
    const event = run();
    expect(event.calls).toHaveLength(1);
    const [completion] = event.calls;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('- Excuse: \u201Cso busy\u201D');
    expect(completion.errorMessageMarkdown).toContain('- **Excuse**: \u201Cso busy\u201D\r');
    expect(completion.cancelLabel).toBe('Review fixes');
    expect(completion.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
    expect(completion.sendModeOverride).toBe('promptUser');
    const context = JSON.parse(completion.contextData!);
    expect(context.findings.map((f: { key: string }) => f.key)).toEqual([
      findingKey({ ruleId: 'excuse.busy', text: 'so busy' }),
    ]);
  });

  it.each([
    ['personal', 'My mother was sick all week, sorry.', 'Personal problem'],
    ['blame', 'As usual you forgot to send the brief.', 'Blame'],
  ])('names the %s category', (_name, body, label) => {
    installOffice({ body: { kind: 'ok', value: body } });
    const [completion] = run().calls;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain(`- ${label}:`);
  });

  it('sends only the fields the client supports (Mailbox 1.12 only)', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, sets: ['1.12'] });
    const [completion] = run().calls;
    expect(Object.keys(completion).sort()).toEqual(['allowEvent', 'errorMessage']);
  });

  it('adds Take action fields on 1.14 but no Markdown before 1.15', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, sets: ['1.12', '1.13', '1.14'] });
    const [completion] = run().calls;
    expect(completion.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
    expect(completion.errorMessageMarkdown).toBeUndefined();
  });

  it('does not stop again for findings the user ignored in the pane', () => {
    const ignored = JSON.stringify([findingKey({ ruleId: 'excuse.busy', text: 'so busy' })]);
    const { calls } = installOffice({ body: { kind: 'ok', value: FLAGGED }, session: { kind: 'ok', value: ignored } });
    expect(run().calls).toEqual([{ allowEvent: true }]);
    expect(calls.sessionKeys).toEqual([IGNORED_FINDINGS_SESSION_KEY, THREAD_CONTEXT_SESSION_KEY]);
  });

  it('still stops for findings that were not ignored', () => {
    const ignored = JSON.stringify([findingKey({ ruleId: 'excuse.busy', text: 'so busy' })]);
    installOffice({
      body: { kind: 'ok', value: `${FLAGGED} And you forgot the logo.` },
      session: { kind: 'ok', value: ignored },
    });
    const [completion] = run().calls;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('Blame');
    expect(completion.errorMessage).not.toContain('Excuse');
  });

  it('never reads the draft when the user switched the check off', () => {
    const { calls } = installOffice({
      body: { kind: 'ok', value: FLAGGED },
      settings: JSON.stringify({ sendCheck: 'off' }),
    });
    expect(run().calls).toEqual([{ allowEvent: true }]);
    expect(calls.bodyCoercions).toEqual([]);
    expect(calls.settingsKeys).toEqual([SETTINGS_STORAGE_KEY]);
  });

  it('stops warnings only when the user asked for "all"', () => {
    const body = "I'll try to look at it next week.";
    installOffice({ body: { kind: 'ok', value: body } });
    expect(run().calls).toEqual([{ allowEvent: true }]);
    uninstallOffice();
    installOffice({ body: { kind: 'ok', value: body }, settings: JSON.stringify({ sendCheck: 'all' }) });
    const [completion] = run().calls;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('Vague commitment');
  });

  it('passes the rule switches to the engine and honours them', () => {
    const analyze = jest.fn(phraseAnalyzer);
    const settings = JSON.stringify({ rules: { 'excuse.busy': { enabled: false } } });
    installOffice({ body: { kind: 'ok', value: FLAGGED }, settings });
    expect(run(analyze).calls).toEqual([{ allowEvent: true }]);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0][1]!.settings!.rules).toEqual({ 'excuse.busy': { enabled: false } });
  });

  it('drops findings of a switched-off rule even if the engine reports them', () => {
    // Defence in depth: the decision also drops findings of rules switched off.
    const settings = JSON.stringify({ rules: { 'excuse.busy': { enabled: false } } });
    installOffice({ body: { kind: 'ok', value: FLAGGED }, settings });
    const stubborn: Analyzer = (text) => phraseAnalyzer(text);
    expect(run(stubborn).calls).toEqual([{ allowEvent: true }]);
  });

  it('uses the defaults when the stored settings are corrupt', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, settings: '{"sendCheck": "off"' });
    expect(run().calls[0].allowEvent).toBe(false);
  });

  it('uses the defaults when roaming settings are missing', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, settings: 'missing' });
    expect(run().calls[0].allowEvent).toBe(false);
  });

  it('analyses a plain-text draft and an HTML draft through the text coercion', () => {
    const { calls } = installOffice({
      body: { kind: 'ok', value: 'Sorry, I was so busy.' },
      html: '<html><body><p>Sorry, I was <b>so busy</b>.</p></body></html>',
    });
    const analyze = jest.fn(phraseAnalyzer);
    expect(run(analyze).calls[0].allowEvent).toBe(false);
    expect(calls.bodyCoercions).toEqual(['text']);
    expect(analyze.mock.calls[0][0]).toBe('Sorry, I was so busy.');
  });

  it('hands a 1 MB body to the engine whole and still decides', () => {
    const big = `Sorry, I was so busy.\n${'x'.repeat(1024 * 1024)}`;
    installOffice({ body: { kind: 'ok', value: big } });
    const analyze = jest.fn(phraseAnalyzer);
    const [completion] = run(analyze).calls;
    expect(analyze.mock.calls[0][0]).toHaveLength(big.length);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
  });

  it('keeps every message within the dialog limits', () => {
    const body = Array.from({ length: 50 }, (_, i) => `Item ${i}: so busy, was sick, you forgot, I'll try.`).join('\n');
    installOffice({ body: { kind: 'ok', value: body }, settings: JSON.stringify({ sendCheck: 'all' }) });
    const [completion] = run().calls;
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(completion.errorMessageMarkdown!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(completion.cancelLabel!.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL_LENGTH);
    expect(completion.errorMessage).toContain('(50)');
  });
});

describe('send check: fails open', () => {
  it('allows the send when the body cannot be read', () => {
    installOffice({ body: { kind: 'fail' } });
    expect(run().calls).toEqual([{ allowEvent: true }]);
  });

  it('allows the send when body.getAsync throws', () => {
    installOffice({ body: { kind: 'throw' } });
    expect(run().calls).toEqual([{ allowEvent: true }]);
  });

  it('still checks when sessionData fails (no ignored findings then)', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, session: { kind: 'fail' } });
    expect(run().calls[0].allowEvent).toBe(false);
  });

  it('still checks when sessionData throws', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, session: { kind: 'throw' } });
    const event = run();
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0].allowEvent).toBe(false);
  });

  it('still checks on clients without sessionData', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, session: 'missing' });
    expect(run().calls[0].allowEvent).toBe(false);
  });

  it('ignores an unreadable ignored-findings value', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED }, session: { kind: 'ok', value: '{not json' } });
    expect(run().calls[0].allowEvent).toBe(false);
  });

  it('allows the send when the engine throws', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED } });
    const broken: Analyzer = () => {
      throw new Error('engine bug');
    };
    expect(run(broken).calls).toEqual([{ allowEvent: true }]);
  });

  it('allows the send when there is no Office at all', () => {
    expect(run().calls).toEqual([{ allowEvent: true }]);
  });

  it('allows the send when there is no item', () => {
    installOffice({ noItem: true });
    expect(run().calls).toEqual([{ allowEvent: true }]);
  });

  it('treats a throwing requirements check as "not supported"', () => {
    const { office } = installOffice({ body: { kind: 'ok', value: FLAGGED } });
    (
      office as unknown as { context: { requirements: { isSetSupported: () => boolean } } }
    ).context.requirements.isSetSupported = () => {
      throw new Error('no requirements');
    };
    const [completion] = run().calls;
    expect(Object.keys(completion).sort()).toEqual(['allowEvent', 'errorMessage']);
  });

  it('does not throw when completed itself throws', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED } });
    const completed = jest.fn(() => {
      throw new Error('host gone');
    });
    expect(() => createSendHandler({ analyze: phraseAnalyzer })({ completed })).not.toThrow();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('send check: timing', () => {
  it('allows the send at 3 s when Office never answers, and only once', () => {
    jest.useFakeTimers();
    installOffice({ body: { kind: 'never' } });
    const event = run();
    jest.advanceTimersByTime(SEND_CHECK_TIMEOUT_MS - 1);
    expect(event.calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(event.calls).toEqual([{ allowEvent: true }]);
    jest.advanceTimersByTime(60_000);
    expect(event.calls).toHaveLength(1);
  });

  it('ignores an answer that arrives after the deadline', () => {
    jest.useFakeTimers();
    installOffice({ body: { kind: 'late', value: FLAGGED, ms: SEND_CHECK_TIMEOUT_MS + 500 } });
    const event = run();
    jest.advanceTimersByTime(10_000);
    expect(event.calls).toEqual([{ allowEvent: true }]);
  });

  it('decides when slow answers arrive before the deadline', () => {
    jest.useFakeTimers();
    installOffice({
      body: { kind: 'late', value: FLAGGED, ms: 1200 },
      session: { kind: 'late', value: '[]', ms: 800 },
    });
    const event = run();
    jest.advanceTimersByTime(1199);
    expect(event.calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0].allowEvent).toBe(false);
    jest.advanceTimersByTime(10_000);
    expect(event.calls).toHaveLength(1);
  });

  it('allows the send when the analysis itself ran past the deadline', () => {
    installOffice({ body: { kind: 'ok', value: FLAGGED } });
    let clock = 0;
    const slow: Analyzer = (text, options) => {
      clock += SEND_CHECK_TIMEOUT_MS + 1;
      return phraseAnalyzer(text, options);
    };
    expect(run(slow, { now: () => clock }).calls).toEqual([{ allowEvent: true }]);
  });

  it('completes once even when a host calls back twice', () => {
    const { office } = installOffice({ body: { kind: 'ok', value: FLAGGED } });
    const body = (office as unknown as { context: { mailbox: { item: { body: { getAsync: unknown } } } } }).context
      .mailbox.item.body;
    body.getAsync = (_coercion: string, callback: (result: unknown) => void) => {
      callback({ status: 'succeeded', value: FLAGGED });
      callback({ status: 'succeeded', value: CLEAN });
    };
    const analyze = jest.fn(phraseAnalyzer);
    const event = run(analyze);
    expect(event.calls).toHaveLength(1);
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

describe('send check: a partial engine and the findings the pane stored', () => {
  /** The pane's analysis: one vague promise (a rule the partial engine lacks) and one excuse (a rule it has). */
  const STORED = JSON.stringify([
    {
      ruleId: 'vague.try',
      category: 'vague-commitment',
      severity: 'serious',
      text: "I'll try",
      message: 'Promise a time.',
    },
    { ruleId: 'excuse.busy', category: 'excuse', severity: 'serious', text: 'so busy', message: 'Costs trust.' },
  ]);
  const OWN = ['excuse.busy', 'personal.health', 'blame.you'];
  /** The partial engine finds only its own rules. */
  const partialAnalyzer: Analyzer = (text, options) => ({
    findings: phraseAnalyzer(text, options).findings.filter((f) => OWN.indexOf(f.ruleId) >= 0),
    analyzedRange: { start: 0, end: text.length },
  });
  const runPartial = (analyze: Analyzer = partialAnalyzer) => {
    const event = sendEvent();
    createSendHandler({ analyze, partialRuleIds: OWN })(event);
    return event;
  };

  it('stops on a stored finding of a rule it lacks while the passage is still in the draft', () => {
    const { calls } = installOffice({
      body: { kind: 'ok', value: "Hi Dana,\n\nI'll try to look at it.\n\nBest,\nSam" },
      sessionValues: { [PANE_FINDINGS_SESSION_KEY]: STORED },
    });
    const [completion] = runPartial().calls;
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain("\u201CI'll try\u201D");
    // The partial engine reads the pane's findings, not the thread.
    expect(calls.sessionKeys.sort()).toEqual([PANE_FINDINGS_SESSION_KEY, IGNORED_FINDINGS_SESSION_KEY].sort());
  });

  it('takes the stored passage in spite of curly quotes and other whitespace in the plain text', () => {
    installOffice({
      body: { kind: 'ok', value: 'Hi Dana,\n\nI\u2019ll\u00A0 TRY to look at it.' },
      sessionValues: { [PANE_FINDINGS_SESSION_KEY]: STORED },
    });
    const [completion] = runPartial().calls;
    expect(completion.allowEvent).toBe(false);
    const [finding] = JSON.parse(completion.contextData!).findings;
    // The passage as it stands in this draft (contextData collapses its whitespace).
    expect(finding).toMatchObject({ ruleId: 'vague.try', text: 'I\u2019ll TRY', start: 10, end: 19 });
  });

  it('drops a stored finding whose passage the user has since rewritten', () => {
    installOffice({
      body: { kind: 'ok', value: 'Hi Dana,\n\nI will look at it by Friday noon.' },
      sessionValues: { [PANE_FINDINGS_SESSION_KEY]: STORED },
    });
    expect(runPartial().calls).toEqual([{ allowEvent: true }]);
  });

  it('never takes a stored finding of its own rules: its own analysis of the draft decides', () => {
    // "so busy" is stored, and still in the draft, but the engine was switched off for it.
    installOffice({
      body: { kind: 'ok', value: 'Hi Dana,\n\nSorry, so busy.' },
      sessionValues: { [PANE_FINDINGS_SESSION_KEY]: STORED },
      settings: JSON.stringify({ rules: { 'excuse.busy': { enabled: false } } }),
    });
    expect(runPartial().calls).toEqual([{ allowEvent: true }]);
  });

  it('honours the ignored list and the severity level for stored findings too', () => {
    installOffice({
      body: { kind: 'ok', value: "Hi Dana,\n\nI'll try to look at it." },
      sessionValues: {
        [PANE_FINDINGS_SESSION_KEY]: STORED,
        [IGNORED_FINDINGS_SESSION_KEY]: JSON.stringify([findingKey({ ruleId: 'vague.try', text: "I'll try" })]),
      },
    });
    expect(runPartial().calls).toEqual([{ allowEvent: true }]);
  });

  it('still checks with its own rules when the stored findings are unreadable or missing', () => {
    for (const stored of ['{not json', JSON.stringify({ findings: 'x' }), JSON.stringify([{ ruleId: 1 }])]) {
      installOffice({ body: { kind: 'ok', value: FLAGGED }, sessionValues: { [PANE_FINDINGS_SESSION_KEY]: stored } });
      expect(runPartial().calls[0].allowEvent).toBe(false);
      uninstallOffice();
    }
    installOffice({ body: { kind: 'ok', value: FLAGGED }, session: 'missing' });
    expect(runPartial().calls[0].allowEvent).toBe(false);
  });

  it('fails open when reading the stored findings throws', () => {
    const { office } = installOffice({ body: { kind: 'ok', value: FLAGGED } });
    const item = (office as unknown as { context: { mailbox: { item: { sessionData: object } } } }).context.mailbox
      .item;
    item.sessionData = {
      getAsync: () => {
        throw new Error('boom');
      },
    };
    // Reading sessionData is a convenience: the check still runs on the draft.
    expect(runPartial().calls[0].allowEvent).toBe(false);
  });
});
