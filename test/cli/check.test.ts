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
    expect(await main(['check', 'reply.eml'], io)).toBe(0);
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

  test('lineColumn counts lines and UTF-16 columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('😀x\ny', 2)).toEqual({ line: 1, column: 3 });
  });
});
