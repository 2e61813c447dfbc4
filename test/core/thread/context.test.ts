import { threadContextFrom } from '../../../src/core/thread';
import type { ThreadMessage } from '../../../src/thread/types';
import type { ThreadSummary } from '../../../src/thread/summary';

const dana = { name: 'Dana Whitfield', address: 'dana@whitfield.com' };
const sam = { name: 'Sam Reyes', address: 'sam@agency.com' };
const colleague = { name: 'Mia Ward', address: 'mia@agency.com' };

function msg(from: ThreadMessage['from'], sentAt: string | null, body: string): ThreadMessage {
  return { from, to: [], cc: [], sentAt, sentAtText: sentAt, subject: 'Re: deck', body };
}

type SummaryInput = Parameters<typeof threadContextFrom>[0];

function summary(messages: ThreadMessage[], over: Partial<ThreadSummary>): SummaryInput {
  return {
    messages,
    client: dana,
    waitingSince: null,
    waited: { calendarMinutes: 700, businessMinutes: 600 },
    sla: { targetMinutes: 480, state: 'overdue' },
    ...over,
  };
}

describe('threadContextFrom', () => {
  const thread = [
    msg(dana, '2026-11-20T15:00:00Z', 'Also, when is the review?'),
    msg(colleague, '2026-11-20T12:00:00Z', 'FYI I spoke to Dana.'),
    msg(dana, '2026-11-20T10:00:00Z', 'Can you send the deck?'),
    msg(sam, '2026-11-19T10:00:00Z', 'Here is the draft.'),
    msg(dana, '2026-11-18T10:00:00Z', 'Can you start on the deck?'),
  ];

  it('takes the client messages since the user last wrote, newest first', () => {
    const c = threadContextFrom(summary(thread, { waitingSince: '2026-11-20T10:00:00Z' }));
    expect(c.clientMessages).toEqual(['Also, when is the review?', 'Can you send the deck?']);
    expect(c.waitedBusinessMinutes).toBe(600);
    expect(c.slaMinutes).toBe(480);
    expect(c.clientName).toBe('Dana Whitfield');
  });

  it('without a readable date, stops at the first message not from the client', () => {
    const c = threadContextFrom(
      summary(thread, {
        waitingSince: null,
        sla: { targetMinutes: 480, state: 'unknown' },
        waited: { calendarMinutes: null, businessMinutes: null },
      }),
    );
    expect(c.clientMessages).toEqual(['Also, when is the review?']);
    expect(c.waitedBusinessMinutes).toBeNull();
  });

  it('nobody waiting: no client messages, so no thread findings', () => {
    const c = threadContextFrom(
      summary([msg(sam, '2026-11-21T10:00:00Z', 'Done.'), ...thread], { sla: { targetMinutes: 480, state: 'none' } }),
    );
    expect(c.clientMessages).toEqual([]);
  });

  it('matches the client by name when an address is missing', () => {
    const noAddress = [msg({ name: 'Dana Whitfield', address: null }, '2026-11-20T15:00:00Z', 'Any news?')];
    const c = threadContextFrom(
      summary(noAddress, { client: { name: 'Dana Whitfield', address: null }, waitingSince: '2026-11-20T15:00:00Z' }),
    );
    expect(c.clientMessages).toEqual(['Any news?']);
  });

  it('never throws on a malformed summary', () => {
    expect(() => threadContextFrom(null as unknown as SummaryInput)).not.toThrow();
    expect(threadContextFrom({} as SummaryInput).clientMessages).toEqual([]);
  });
});
