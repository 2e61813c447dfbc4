import { buildSamples, PLAYGROUND_USER, PLAYGROUND_ZONE } from '../../src/playground/samples';
import { analyze, threadContextFrom } from '../../src/core';
import { extractText } from '../../src/draft';
import { parseDraftHtml, summarizeThread } from '../../src/thread';

// Any moment of the week, including weekends and both DST changes in New York.
const NOWS = [
  '2026-11-23T05:30:00Z', // Monday 00:30
  '2026-11-23T13:00:00Z', // Monday 08:00
  '2026-11-25T20:00:00Z', // Wednesday 15:00
  '2026-11-28T17:00:00Z', // Saturday
  '2026-11-30T04:00:00Z', // Sunday 23:00
  '2026-03-09T14:00:00Z', // the Monday after spring forward
  '2026-11-02T14:00:00Z', // the Monday after fall back
];

/** A sample as the pane reads it on a Wednesday afternoon in New York. */
function readSample(id: string) {
  const now = new Date('2026-11-25T20:00:00Z');
  const sample = buildSamples(now).find((s) => s.id === id);
  if (!sample) throw new Error(`missing sample ${id}`);
  const parsed = parseDraftHtml(sample.html, { timeZone: PLAYGROUND_ZONE, now });
  const summary = summarizeThread(parsed.messages, {
    me: PLAYGROUND_USER.emailAddress,
    timeZone: PLAYGROUND_ZONE,
    now,
  });
  return { sample, summary };
}

describe('playground samples', () => {
  test.each(NOWS)('at %s the default sample is a client who has waited more than a day, overdue', (iso) => {
    const now = new Date(iso);
    const sample = buildSamples(now)[0];
    const parsed = parseDraftHtml(sample.html, { timeZone: PLAYGROUND_ZONE, now });
    const summary = summarizeThread(parsed.messages, {
      me: PLAYGROUND_USER.emailAddress,
      timeZone: PLAYGROUND_USER.timeZone,
      now,
    });
    expect(summary.client).toEqual({ name: 'Dana Whitfield', address: 'dana@whitfieldstudio.com' });
    expect(summary.waited.calendarMinutes).toBeGreaterThan(24 * 60);
    expect(summary.sla.state).toBe('overdue');
  });

  test('the default draft holds an excuse, a personal problem and blame-shifting; the good reply holds none', () => {
    const [withExcuses, good] = buildSamples(new Date('2026-11-25T20:00:00Z'));
    const categories = analyze(extractText(withExcuses.html).text).findings.map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['excuse', 'personal', 'blame']));
    expect(analyze(extractText(good.html).text).findings).toEqual([]);
  });

  test('the thread-checks sample shows every thread-aware finding', () => {
    const { sample, summary } = readSample('thread-checks');
    const findings = analyze(extractText(sample.html).text, { thread: threadContextFrom(summary) }).findings;
    const categories = findings.map((f) => f.category);
    expect(categories).toEqual(
      expect.arrayContaining(['unanswered-question', 'unacknowledged-complaint', 'long-wait']),
    );
    // The answered ask (the menu page is live) is not reported; the two others are.
    expect(categories.filter((c) => c === 'unanswered-question')).toHaveLength(2);
  });

  test('in the colleague thread the client still waits: a colleague’s answer does not count', () => {
    const { summary } = readSample('colleague-answered');
    expect(summary.client?.address).toBe('priya@shahlegal.co.uk');
    expect(summary.waitingSince).not.toBeNull();
  });
});
