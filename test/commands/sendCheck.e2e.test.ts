/**
 * The send check end to end with the real analysis engine behind an office-addin-mock Outlook
 * item: the drafts below are what users actually write, and the assertions are what they see.
 */
import { analyze } from '../../src/core';
import type { SendCompletion, SendContextData } from '../../src/commands/decide';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../src/commands/decide';
import { COMPOSE_PANE_COMMAND_ID } from '../../src/commands/ids';
import { createSendHandler } from '../../src/office/sendEvent';
import {
  PANE_FINDINGS_SESSION_KEY,
  serializePaneFindings,
  serializeThreadContext,
  THREAD_CONTEXT_SESSION_KEY,
} from '../../src/office/sendStorage';
import { SEND_CORE_RULE_IDS, analyzeSendCore } from '../../src/core/sendCore';
import { installOffice, sendEvent, uninstallOffice } from './officeMock';
import type { ItemOptions } from './officeMock';

function send(options: ItemOptions, classic = false): SendCompletion[] {
  installOffice(options);
  const event = sendEvent();
  createSendHandler(classic ? { analyze: analyzeSendCore, partialRuleIds: SEND_CORE_RULE_IDS } : { analyze })(event);
  uninstallOffice();
  return event.calls;
}

function sendText(body: string, extra: Omit<ItemOptions, 'body'> = {}): SendCompletion {
  const calls = send({ body: { kind: 'ok', value: body }, ...extra });
  expect(calls).toHaveLength(1);
  return calls[0];
}

const GREETING = 'Hi Dana,\r\n\r\n';
const SIGN_OFF = '\r\n\r\nBest,\r\nSam';

const CLEAN =
  GREETING +
  'Thanks for your patience. The revised logo files are attached, and I will send the brand guide by Thursday at noon. ' +
  'Let me know if the colours need another pass.' +
  SIGN_OFF;

const EXCUSE =
  GREETING +
  "Sorry for the slow reply, I've been so busy with other projects this week. The files are attached now." +
  SIGN_OFF;
const PERSONAL =
  GREETING +
  "Apologies for the delay. I'm going through a divorce right now and honestly I'm exhausted and stressed out. The files are attached." +
  SIGN_OFF;
const BLAME =
  GREETING + "The launch slipped because you didn't send the content on time. I can finish once I have it." + SIGN_OFF;

const OUTLOOK_HISTORY =
  '\r\n\r\nFrom: Dana Whitfield <dana@clientco.com>\r\n' +
  'Sent: Monday, March 3, 2025 9:14 AM\r\n' +
  'To: Sam Porter <sam@studio.example>\r\n' +
  'Subject: RE: Website refresh\r\n\r\n' +
  'Hi Sam, when can we expect the files?\r\n\r\n' +
  '-----Original Message-----\r\n' +
  'From: Sam Porter <sam@studio.example>\r\n' +
  'Sent: Friday, February 28, 2025 4:40 PM\r\n' +
  'To: Dana Whitfield <dana@clientco.com>\r\n' +
  'Subject: Website refresh\r\n\r\n' +
  "Sorry Dana, I'm going through a divorce and I'm exhausted. The files are late because you didn't send the content on time.\r\n";

describe('send check with the real engine', () => {
  it('lets a good reply go with no dialog', () => {
    expect(analyze(CLEAN).findings.filter((f) => f.severity === 'serious')).toEqual([]);
    expect(sendText(CLEAN)).toEqual({ allowEvent: true });
  });

  it.each([
    ['an excuse', EXCUSE, 'Excuse'],
    ['a personal problem', PERSONAL, 'Personal problem'],
    ['blame', BLAME, 'Blame'],
  ])('stops a reply with %s and names it', (_name, draft, label) => {
    const completion = sendText(draft);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain(`- ${label}`);
    expect(completion.errorMessage).toMatch(/\u201C[^\u201D]+\u201D/);
    expect(completion.errorMessageMarkdown).toContain(`- **${label}**`);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(completion.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
  });

  it('judges only the new text of a reply, not the quoted history', () => {
    expect(sendText(CLEAN + OUTLOOK_HISTORY)).toEqual({ allowEvent: true });
    const flagged = sendText(EXCUSE + OUTLOOK_HISTORY);
    expect(flagged.allowEvent).toBe(false);
    // The history's personal problem and blame are not the user's new words.
    expect(flagged.errorMessage).not.toContain('Personal problem');
    expect(flagged.errorMessage).not.toContain('Blame');
  });

  it('checks an HTML draft through its text coercion', () => {
    // What Outlook's Text coercion gives for an HTML body: CRLF paragraphs and no-break spaces.
    const asText =
      GREETING + "Sorry\u00A0for the slow reply,\u00A0I've been so busy with other projects this week." + SIGN_OFF;
    const completion = sendText(asText, { html: `<div>Sorry for the slow reply, I&#39;ve been so busy</div>` });
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('Excuse');
  });

  it('handles a 1 MB draft and still decides on the new text', () => {
    let history = '';
    while (history.length < 1024 * 1024) history += OUTLOOK_HISTORY;
    const completion = sendText(EXCUSE + history);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('Excuse');
  });

  it('does not stop again for findings the user ignored in the pane', () => {
    const first = sendText(EXCUSE);
    const context = JSON.parse(first.contextData!) as SendContextData;
    const keys = context.findings.map((f) => f.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(sendText(EXCUSE, { session: { kind: 'ok', value: JSON.stringify(keys) } })).toEqual({ allowEvent: true });
  });

  it('respects a rule the user switched off', () => {
    const first = sendText(PERSONAL);
    const ruleIds = (JSON.parse(first.contextData!) as SendContextData).findings.map((f) => f.ruleId);
    const rules: Record<string, { enabled: boolean }> = {};
    for (const id of ruleIds) rules[id] = { enabled: false };
    expect(sendText(PERSONAL, { settings: JSON.stringify({ rules }) })).toEqual({ allowEvent: true });
  });

  it('never stops when the user turned the check off', () => {
    expect(sendText(BLAME, { settings: JSON.stringify({ sendCheck: 'off' }) })).toEqual({ allowEvent: true });
  });

  it('uses the thread the pane read: an unacknowledged complaint stops the send, an acknowledged one does not', () => {
    const thread = serializeThreadContext({
      clientMessages: ['Hi Sam, this is the third time I am asking for the invoice. Can you send it today?'],
      waitedBusinessMinutes: 1200,
      slaMinutes: 480,
      clientName: 'Dana Whitfield',
    });
    const blunt = GREETING + 'The invoice is attached.' + SIGN_OFF;
    const stopped = sendText(blunt, { sessionValues: { [THREAD_CONTEXT_SESSION_KEY]: thread } });
    expect(stopped.allowEvent).toBe(false);
    expect(stopped.errorMessage).toMatch(/complaint/i);
    const kind =
      GREETING + "I'm sorry you had to ask again, and thank you for your patience. The invoice is attached." + SIGN_OFF;
    expect(sendText(kind, { sessionValues: { [THREAD_CONTEXT_SESSION_KEY]: thread } })).toEqual({ allowEvent: true });
    // Without the pane's thread the same blunt reply goes out: nothing is known about the client.
    expect(sendText(blunt)).toEqual({ allowEvent: true });
  });

  it('stops warnings only at the "all" level', () => {
    const draft = GREETING + "Thanks for the brief. I'll send the draft over soon." + SIGN_OFF;
    const findings = analyze(draft).findings;
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(findings.some((f) => f.severity === 'serious')).toBe(false);
    expect(sendText(draft)).toEqual({ allowEvent: true });
    expect(sendText(draft, { settings: JSON.stringify({ sendCheck: 'all' }) }).allowEvent).toBe(false);
  });
});

describe("classic Outlook's send core", () => {
  const SNARK =
    GREETING + 'Not sure what part of "final version" was unclear, but the files are attached again.' + SIGN_OFF;
  const COMPLAINT_THREAD = {
    clientMessages: ['Hi Sam, this is the third time I am asking for the invoice. Can you send it today?'],
    waitedBusinessMinutes: 1200,
    slaMinutes: 480,
    clientName: 'Dana Whitfield',
  };
  const BLUNT = GREETING + 'The invoice is attached.' + SIGN_OFF;

  const classicSend = (body: string, extra: Omit<ItemOptions, 'body'> = {}): SendCompletion => {
    const calls = send({ body: { kind: 'ok', value: body }, ...extra }, true);
    expect(calls).toHaveLength(1);
    return calls[0];
  };
  /** What the pane stores after analysing the same draft with the full engine and the thread. */
  const paneStored = (body: string, thread = COMPLAINT_THREAD) =>
    serializePaneFindings(analyze(body, { thread }).findings);

  it('decides on excuses, personal problems and blame by itself', () => {
    for (const draft of [EXCUSE, PERSONAL, BLAME]) {
      expect(classicSend(draft).errorMessage).toBe(sendText(draft).errorMessage);
    }
    expect(classicSend(CLEAN)).toEqual({ allowEvent: true });
  });

  it('with the analysis the pane stored, decides as the full engine does, thread-aware rules included', () => {
    for (const draft of [CLEAN, EXCUSE, PERSONAL, BLAME, SNARK, BLUNT, EXCUSE + OUTLOOK_HISTORY]) {
      const threadJson = serializeThreadContext(COMPLAINT_THREAD);
      const browser = sendText(draft, { sessionValues: { [THREAD_CONTEXT_SESSION_KEY]: threadJson } });
      const classic = classicSend(draft, { sessionValues: { [PANE_FINDINGS_SESSION_KEY]: paneStored(draft) } });
      expect(classic.allowEvent).toBe(browser.allowEvent);
      expect(classic.errorMessage).toBe(browser.errorMessage);
    }
    // The blunt reply to a complaint is stopped by the pane's thread-aware finding alone.
    expect(
      classicSend(BLUNT, { sessionValues: { [PANE_FINDINGS_SESSION_KEY]: paneStored(BLUNT) } }).errorMessage,
    ).toMatch(/complaint/i);
  });

  it('without the pane, lets through what only the other rules would catch', () => {
    expect(sendText(SNARK).allowEvent).toBe(false);
    expect(classicSend(SNARK)).toEqual({ allowEvent: true });
  });
});
