import {
  MAX_CANCEL_LABEL_LENGTH,
  MAX_CONTEXT_DATA_LENGTH,
  MAX_ERROR_MESSAGE_LENGTH,
  PROMPT_USER_SEND_MODE,
  REVIEW_BUTTON_LABEL,
  decideSend,
  escapeMarkdown,
  parseSendContextData,
  shorten,
  stopsSend,
} from '../../src/commands/decide';
import type { SendContextData } from '../../src/commands/decide';
import { COMPOSE_PANE_COMMAND_ID } from '../../src/commands/ids';
import { CATEGORY_LABELS } from '../../src/core/categories';
import { findingKey } from '../../src/core/findingKey';
import type { Category } from '../../src/core/types';
import { ALL_FEATURES, NO_FEATURES, finding } from './fixtures';

const ALL_CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

describe('stopsSend', () => {
  it.each([
    ['serious', 'serious', true],
    ['warning', 'serious', false],
    ['info', 'serious', false],
    ['serious', 'all', true],
    ['warning', 'all', true],
    ['info', 'all', false],
    ['serious', 'off', false],
    ['warning', 'off', false],
  ] as const)('%s finding at level %s → %s', (severity, level, expected) => {
    expect(stopsSend(severity, level)).toBe(expected);
  });
});

describe('decideSend', () => {
  it('lets a clean reply go with nothing but allowEvent', () => {
    expect(decideSend({ findings: [], sendCheck: 'serious', features: ALL_FEATURES })).toEqual({ allowEvent: true });
  });

  it('lets warnings through at the default level and stops them at "all"', () => {
    const warning = finding({ category: 'vague-commitment', severity: 'warning', text: 'I will try to get to it' });
    expect(decideSend({ findings: [warning], sendCheck: 'serious', features: ALL_FEATURES })).toEqual({
      allowEvent: true,
    });
    const stopped = decideSend({ findings: [warning], sendCheck: 'all', features: ALL_FEATURES });
    expect(stopped.allowEvent).toBe(false);
    expect(stopped.errorMessage).toContain('Vague commitment');
  });

  it('never stops at level "off"', () => {
    const serious = finding({ category: 'blame' });
    expect(decideSend({ findings: [serious], sendCheck: 'off', features: ALL_FEATURES })).toEqual({ allowEvent: true });
  });

  it('never stops on info findings', () => {
    const info = finding({ category: 'long-wait', severity: 'info' });
    expect(decideSend({ findings: [info], sendCheck: 'all', features: ALL_FEATURES })).toEqual({ allowEvent: true });
  });

  it('skips findings the user ignored in the pane', () => {
    const excuse = finding({ category: 'excuse', text: 'I was  swamped' });
    const blame = finding({ category: 'blame', text: 'you never sent the files' });
    // The pane may have stored the key from slightly different whitespace or case.
    const ignoredKey = findingKey({ ruleId: excuse.ruleId, text: 'i was swamped' });
    expect(
      decideSend({ findings: [excuse], sendCheck: 'serious', ignoredKeys: [ignoredKey], features: ALL_FEATURES }),
    ).toEqual({
      allowEvent: true,
    });
    const partly = decideSend({
      findings: [excuse, blame],
      sendCheck: 'serious',
      ignoredKeys: [ignoredKey],
      features: ALL_FEATURES,
    });
    expect(partly.allowEvent).toBe(false);
    expect(partly.errorMessage).toContain('Blame');
    expect(partly.errorMessage).not.toContain('Excuse');
  });

  it('skips findings of rules the user switched off', () => {
    const excuse = finding({ category: 'excuse', ruleId: 'excuse.busy' });
    const rules = { 'excuse.busy': { enabled: false } };
    expect(decideSend({ findings: [excuse], sendCheck: 'serious', rules, features: ALL_FEATURES })).toEqual({
      allowEvent: true,
    });
    const stillOn = { 'excuse.busy': { enabled: true } };
    expect(
      decideSend({ findings: [excuse], sendCheck: 'serious', rules: stillOn, features: ALL_FEATURES }).allowEvent,
    ).toBe(false);
  });

  it('names each category once, with a count and its first passage quoted', () => {
    const result = decideSend({
      findings: [
        finding({ category: 'excuse', text: 'my internet was down', start: 10 }),
        finding({ category: 'personal', text: 'my kids were sick', start: 40 }),
        finding({ category: 'excuse', text: 'I was travelling', start: 80 }),
      ],
      sendCheck: 'serious',
      features: NO_FEATURES,
    });
    expect(result.errorMessage).toBe(
      'This reply has 3 things that can cost you the client\u2019s trust:\n' +
        '- Excuse (2): \u201Cmy internet was down\u201D\n' +
        '- Personal problem: \u201Cmy kids were sick\u201D\n' +
        'Open Reply Coach for suggested rewrites, or send anyway.',
    );
  });

  it('lists serious categories before warnings', () => {
    const result = decideSend({
      findings: [
        finding({ category: 'self-doubt', severity: 'warning', text: 'I hope this is ok', start: 0 }),
        finding({ category: 'blame', severity: 'serious', text: 'you should have told me', start: 50 }),
      ],
      sendCheck: 'all',
      features: NO_FEATURES,
    });
    const message = result.errorMessage || '';
    expect(message.indexOf('Blame')).toBeGreaterThan(0);
    expect(message.indexOf('Blame')).toBeLessThan(message.indexOf('Self-doubt'));
  });

  it('orders categories of equal severity as the pane does', () => {
    const result = decideSend({
      findings: [
        finding({ category: 'blame', text: 'you never told me', start: 0 }),
        finding({ category: 'excuse', text: 'I was swamped', start: 50 }),
      ],
      sendCheck: 'serious',
      features: NO_FEATURES,
    });
    const message = result.errorMessage || '';
    expect(message.indexOf('Excuse')).toBeLessThan(message.indexOf('Blame'));
  });

  it('uses the finding message when there is no passage to quote', () => {
    const result = decideSend({
      findings: [
        finding({ category: 'unanswered-question', text: '', message: 'The client asked about the invoice.' }),
      ],
      sendCheck: 'serious',
      features: NO_FEATURES,
    });
    expect(result.errorMessage).toContain('- Unanswered question: The client asked about the invoice.');
  });

  it('adds the 1.14 fields only when the client supports them', () => {
    const findings = [finding({ category: 'blame' })];
    const plain = decideSend({ findings, sendCheck: 'serious', features: NO_FEATURES });
    expect(Object.keys(plain).sort()).toEqual(['allowEvent', 'errorMessage']);

    const rich = decideSend({ findings, sendCheck: 'serious', features: { takeAction: true, markdown: false } });
    expect(rich.cancelLabel).toBe(REVIEW_BUTTON_LABEL);
    expect(rich.commandId).toBe(COMPOSE_PANE_COMMAND_ID);
    expect(rich.sendModeOverride).toBe(PROMPT_USER_SEND_MODE);
    expect(typeof rich.contextData).toBe('string');
    expect(rich.errorMessageMarkdown).toBeUndefined();
    expect(rich.errorMessage).toContain(`Select ${REVIEW_BUTTON_LABEL}`);
  });

  it('writes Markdown with bold categories and list items ending in \\r (1.15)', () => {
    const result = decideSend({
      findings: [
        finding({ category: 'excuse', text: 'I was *really* busy [again]', start: 0 }),
        finding({ category: 'blame', text: 'your_team broke it', start: 40 }),
      ],
      sendCheck: 'serious',
      features: ALL_FEATURES,
    });
    expect(result.errorMessageMarkdown).toBe(
      `**This reply has 2 things that can cost you the client\u2019s trust.** Select **${REVIEW_BUTTON_LABEL}** for suggested rewrites, or send anyway.\n\n` +
        '- **Excuse**: \u201CI was \\*really\\* busy \\[again\\]\u201D\r' +
        '- **Blame**: \u201Cyour\\_team broke it\u201D\r',
    );
    // The plain fallback is always there and carries no Markdown.
    expect(result.errorMessage).toContain('\u201CI was *really* busy [again]\u201D');
  });

  it('keeps a passage on one line even when it spans lines in the draft', () => {
    const result = decideSend({
      findings: [finding({ category: 'personal', text: 'my mum\r\nwas in hospital' })],
      sendCheck: 'serious',
      features: ALL_FEATURES,
    });
    expect(result.errorMessage).toContain('\u201Cmy mum was in hospital\u201D');
    expect(result.errorMessageMarkdown).toContain('\u201Cmy mum was in hospital\u201D\r');
  });

  it('stays within the dialog limits however much is found', () => {
    const long =
      'I am so sorry but honestly this week has been an absolute nightmare with everything going on at home and at work '.repeat(
        5,
      );
    const findings = ALL_CATEGORIES.flatMap((category, index) => [
      finding({ category, text: `${index} ${long}`, start: index * 1000 }),
      finding({ category, text: long, start: index * 1000 + 500 }),
    ]);
    const result = decideSend({ findings, sendCheck: 'all', features: ALL_FEATURES });
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(result.errorMessageMarkdown!.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(result.cancelLabel!.length).toBeLessThanOrEqual(MAX_CANCEL_LABEL_LENGTH);
    // Quotes were shortened with an ellipsis and the categories that did not fit are counted.
    expect(result.errorMessage).toMatch(/\u2026\u201D/);
    expect(result.errorMessage).toMatch(/\u2026and \d+ more kinds of problem/);
    expect(result.errorMessageMarkdown).toMatch(/- \u2026and \d+ more kinds of problem\r/);
    expect(result.errorMessage).toContain('This reply has 28 things');
  });

  it('passes the blocking findings to the pane as JSON, trimmed to the size limit', () => {
    const findings = Array.from({ length: 400 }, (_, index) =>
      finding({
        category: 'excuse',
        ruleId: `excuse.r${index}`,
        text: `passage number ${index} `.repeat(20),
        start: index * 1000,
      }),
    );
    const result = decideSend({ findings, sendCheck: 'serious', features: ALL_FEATURES });
    expect(result.contextData!.length).toBeLessThanOrEqual(MAX_CONTEXT_DATA_LENGTH);
    const data = JSON.parse(result.contextData!) as SendContextData;
    expect(data.findings.length).toBeGreaterThan(0);
    expect(data.findings.length).toBeLessThan(400);
    expect(data.findings[0]).toEqual({
      key: findingKey(findings[0]),
      ruleId: 'excuse.r0',
      category: 'excuse',
      severity: 'serious',
      start: 0,
      end: findings[0].end,
      text: expect.stringMatching(/^passage number 0 .*\u2026$/),
    });
    expect(data.findings[0].text.length).toBeLessThanOrEqual(200);
  });
});

describe('parseSendContextData', () => {
  it('reads back what the send check passed, as a string or as an object', () => {
    const findings = [
      finding({ category: 'excuse', text: 'so busy', start: 3 }),
      finding({ category: 'blame', start: 40 }),
    ];
    const { contextData } = decideSend({ findings, sendCheck: 'serious', features: ALL_FEATURES });
    const parsed = parseSendContextData(contextData);
    expect(parsed.map((f) => f.key)).toEqual(findings.map(findingKey));
    expect(parseSendContextData(JSON.parse(contextData!))).toEqual(parsed);
  });

  it('drops malformed entries and unreadable data', () => {
    const good = { key: 'k', ruleId: 'r', category: 'excuse', severity: 'serious', start: 0, end: 1, text: 't' };
    const data = { findings: [good, { ...good, category: 'nonsense' }, { ...good, start: '0' }, null, 5] };
    expect(parseSendContextData(JSON.stringify(data))).toEqual([good]);
    for (const raw of [undefined, null, '', '{', '[]', '{"findings": 3}', 12])
      expect(parseSendContextData(raw)).toEqual([]);
  });
});

describe('shorten', () => {
  it('leaves short text alone', () => {
    expect(shorten('short', 10)).toBe('short');
  });

  it('cuts at a word boundary and ends in an ellipsis', () => {
    expect(shorten('I have been really busy with other clients', 20)).toBe('I have been really\u2026');
  });

  it('never splits an emoji', () => {
    const text = 'ab\uD83D\uDE00cdef';
    const cut = shorten(text, 4);
    expect(cut).toBe('ab\u2026');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});

describe('escapeMarkdown', () => {
  it('escapes what the dialog would otherwise format', () => {
    expect(escapeMarkdown('*a* _b_ [c](https://x) \\ `d` #e')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\]\\(https://x\\) \\\\ \\`d\\` \\#e',
    );
  });
});
