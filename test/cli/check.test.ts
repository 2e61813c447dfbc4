import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { lineColumn } from '../../src/cli/check';
import type { Finding } from '../../src/core/types';

function fakeIO(files: Record<string, string | Uint8Array> = {}, stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(s: string) {
      io.out += s;
    },
    stderr(s: string) {
      io.err += s;
    },
    readStdin: async () => stdin,
    readFile: async (p: string) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    env: {},
  };
  return io;
}

const EXCUSE = "Hi Dana,\n\nSorry for the late reply, I've been swamped with other projects this week.\n\nBest,\nSam";
const CLEAN = 'Hi Dana,\n\nThe revised brochure is attached. The printer confirmed Thursday for the run.\n\nBest,\nSam';

describe('coach check', () => {
  test('a clean reply exits 0 and says so', async () => {
    const io = fakeIO({ 'clean.txt': CLEAN });
    expect(await main(['check', 'clean.txt'], io)).toBe(0);
    expect(io.out).toContain('ready to send');
  });

  test('findings exit 1 with line:col, category, message and the rewrite', async () => {
    const io = fakeIO({ 'reply.txt': EXCUSE });
    expect(await main(['check', 'reply.txt'], io)).toBe(1);
    expect(io.out).toMatch(/\n {2}3:1 {2}serious {2}excuse {2}/);
    expect(io.out).toContain('→ ');
  });

  test('--json gives the finding contract with exact UTF-16 offsets', async () => {
    const text = '🙂 ' + EXCUSE;
    const io = fakeIO({}, text);
    expect(await main(['check', '--json', '-'], io)).toBe(1);
    const result = JSON.parse(io.out) as { file: string; findings: Finding[] };
    expect(result.file).toBe('<stdin>');
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['category', 'end', 'message', 'ruleId', 'severity', 'start', 'suggestions', 'text'].sort(),
      );
      expect(f.text).toBe(text.slice(f.start, f.end));
      for (const s of f.suggestions) {
        expect(typeof s.label).toBe('string');
        for (const e of s.edits) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });

  test('an .eml reply is parsed as MIME and only the new text is analysed', async () => {
    const eml = [
      'From: Sam Rivera <sam@riverava.com>',
      'To: Dana Whitfield <dana@whitfieldstudio.com>',
      'Subject: RE: Brochure',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hi Dana,',
      '',
      'The brochure is attached.',
      '',
      'Sam',
      '',
      'On Tue, Nov 17, 2026 at 4:12 PM Dana Whitfield <dana@whitfieldstudio.com> wrote:',
      "> Sorry for the late reply, I've been swamped with other projects this week.",
      '',
    ].join('\r\n');
    const io = fakeIO({ 'reply.eml': eml });
    // Answered within the hour: no long wait either.
    const soon = ['check', '--tz', 'America/New_York', '--now', '2026-11-17T17:00', 'reply.eml'];
    expect(await main(soon, io)).toBe(0);
    // A week later, the same reply owes the client thanks for their patience; the quoted excuse is still not flagged.
    const late = fakeIO({ 'reply.eml': eml });
    expect(await main(['check', '--tz', 'America/New_York', '--now', '2026-11-24T17:00', 'reply.eml'], late)).toBe(1);
    expect(late.out).toContain('long-wait');
    expect(late.out).not.toContain('excuse');
  });

  test('--jsonl answers every line in order; a bad line gets an error and the rest go on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: EXCUSE }),
      '{not json',
      JSON.stringify({ id: 'c', text: CLEAN }),
      JSON.stringify({ id: 'd', body: 'no text' }),
    ].join('\n');
    const io = fakeIO({}, input);
    expect(await main(['check', '--jsonl'], io)).toBe(1);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect((lines[0].findings as unknown[]).length).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].findings).toEqual([]);
    expect(lines[3].error).toMatch(/text/);
  });

  test('usage and input errors exit 2 with a clear message', async () => {
    let io = fakeIO();
    expect(await main(['check', '--nope'], io)).toBe(2);
    expect(io.err).toContain('unknown option --nope');
    io = fakeIO();
    expect(await main(['check', 'missing.txt'], io)).toBe(2);
    expect(io.err).toContain('cannot read missing.txt');
    io = fakeIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err).toContain('unknown command');
    io = fakeIO();
    expect(await main(['check', '--jsonl', 'x.txt'], io)).toBe(2);
  });

  test('with quoted history, an unanswered question and an unacknowledged complaint are found', async () => {
    const reply = [
      'Hi Dana,',
      '',
      'The brochure is attached.',
      '',
      'Best,',
      'Sam',
      '',
      '-----Original Message-----',
      'From: Dana Whitfield <dana@whitfieldstudio.com>',
      'Sent: Monday, November 16, 2026 9:05 AM',
      'To: Sam Rivera <sam@riverava.com>',
      'Subject: Brochure',
      '',
      'Hi Sam, this is the third time I am asking for the brochure. Could you also confirm the print date?',
      '',
      'Dana',
    ].join('\n');
    const io = fakeIO({ 'reply.txt': reply });
    const code = await main(
      ['check', '--json', '--tz', 'America/New_York', '--now', '2026-11-19T10:00', 'reply.txt'],
      io,
    );
    expect(code).toBe(1);
    const result = JSON.parse(io.out) as { findings: Finding[] };
    const categories = result.findings.map((f) => f.category);
    expect(categories).toEqual(expect.arrayContaining(['unanswered-question', 'unacknowledged-complaint']));
    const ask = result.findings.find((f) => f.category === 'unanswered-question');
    expect(ask?.message).toMatch(/print date/);

    // The same reply without its history: nothing to compare with, so no thread findings.
    const bare = fakeIO({ 'reply.txt': reply.slice(0, reply.indexOf('-----Original')) });
    await main(['check', '--json', 'reply.txt'], bare);
    const alone = JSON.parse(bare.out) as { findings: Finding[] };
    expect(alone.findings.map((f) => f.category)).not.toContain('unanswered-question');
  });

  test('a bad --now or --tz is a usage error', async () => {
    let io = fakeIO({ 'reply.txt': CLEAN });
    expect(await main(['check', '--now', 'yesterday', 'reply.txt'], io)).toBe(2);
    expect(io.err).toContain('--now');
    io = fakeIO({ 'reply.txt': CLEAN });
    expect(await main(['check', '--tz', 'Mars/Olympus', 'reply.txt'], io)).toBe(2);
    expect(io.err).toContain('unknown time zone');
  });

  test('lineColumn counts lines and UTF-16 columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('😀x\ny', 2)).toEqual({ line: 1, column: 3 });
  });
});
