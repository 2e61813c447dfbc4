/**
 * Real-looking drafts run through `coach thread --json`, compared with the JSON contract in
 * `<name>.expected.json`. The pinned zone, now, user and locale of each draft are in cases.json.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { CliIO } from '../../src/cli/io';
import { runThreadCommand } from '../../src/cli/thread';

const FIXTURES = path.join(__dirname, 'fixtures');
const DRAFT = /\.(txt|eml|html)$/;

interface Case {
  me: string;
  tz: string;
  now: string;
  locale?: string;
}

const cases = JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as Record<string, Case>;

interface FakeIO extends CliIO {
  out: string[];
  err: string[];
}

function fakeIO(stdin = '', env: Record<string, string | undefined> = {}): FakeIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => stdin,
    readFile: async (file) => new Uint8Array(readFileSync(file)),
    env,
  };
}

function argsFor(file: string, c: Case): string[] {
  const args = ['--me', c.me, '--tz', c.tz, '--now', c.now];
  if (c.locale) args.push('--locale', c.locale);
  return args.concat(['--json', path.join(FIXTURES, file)]);
}

describe('fixture drafts', () => {
  const drafts = readdirSync(FIXTURES)
    .filter((f) => DRAFT.test(f))
    .sort();

  it('has at least 12 drafts, each with a case and an expected result', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(cases).sort()).toEqual(drafts);
    for (const draft of drafts) {
      expect(readdirSync(FIXTURES)).toContain(draft.replace(DRAFT, '.expected.json'));
    }
  });

  it.each(drafts)('%s', async (draft) => {
    const io = fakeIO();
    const code = await runThreadCommand(argsFor(draft, cases[draft]), io);
    expect(io.err.join('')).toBe('');
    expect(code).toBe(0);
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, draft.replace(DRAFT, '.expected.json')), 'utf8'));
    expect(JSON.parse(io.out.join(''))).toEqual(expected);
  });
});

describe('coach thread', () => {
  const playground = path.join(FIXTURES, 'playground-default.txt');
  const base = ['--me', 'sam@riverava.com', '--tz', 'America/New_York', '--now', '2026-11-23T14:00:00-05:00'];

  it('prints the human line', async () => {
    const io = fakeIO();
    expect(await runThreadCommand([...base, '--locale', 'en-US', playground], io)).toBe(0);
    expect(io.out.join('')).toBe(
      'Dana Whitfield <dana@whitfieldstudio.com> has waited 3 days 4 hours (12 business hours) — overdue\n',
    );
  });

  it('reads a draft from standard input with "-"', async () => {
    const io = fakeIO(readFileSync(playground, 'utf8'));
    expect(await runThreadCommand([...base, '--locale=en-US', '--json', '-'], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).waitingSince).toBe('2026-11-20T14:05:00.000Z');
  });

  it('reads --now without an offset in --tz, and the locale from LANG', async () => {
    const io = fakeIO('', { LANG: 'en_US.UTF-8' });
    const args = [
      '--me',
      'sam@riverava.com',
      '--tz',
      'Eastern Standard Time',
      '--now',
      '2026-11-23T14:00',
      '--json',
      playground,
    ];
    expect(await runThreadCommand(args, io)).toBe(0);
    expect(JSON.parse(io.out.join('')).waited).toEqual({ calendarMinutes: 4615, businessMinutes: 775 });
  });

  it('decodes UTF-16 and Windows-1252 files as Windows saves them', async () => {
    const text = readFileSync(playground, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
    const io = fakeIO();
    io.readFile = async () => new Uint8Array(utf16);
    expect(await runThreadCommand([...base, '--locale', 'en-US', '--json', 'draft.txt'], io)).toBe(0);
    expect(JSON.parse(io.out.join('')).messages[0].subject).toBe('Brand kit — where are we?');

    // "Lucía" in Windows-1252 is not valid UTF-8.
    const latin1 = Buffer.from(
      readFileSync(path.join(FIXTURES, 'outlook-es.txt'), 'utf8').replace(/—/g, '-'),
      'latin1',
    );
    const io2 = fakeIO();
    io2.readFile = async () => new Uint8Array(latin1);
    const es = [
      '--me',
      'pablo@ortegava.es',
      '--tz',
      'Europe/Madrid',
      '--now',
      '2026-11-20T17:30:00+01:00',
      '--locale',
      'es-ES',
    ];
    expect(await runThreadCommand([...es, '--json', 'draft.txt'], io2)).toBe(0);
    expect(JSON.parse(io2.out.join('')).client).toEqual({
      name: 'Lucía Fernández',
      address: 'lucia@fernandezinteriores.es',
    });
  });

  it('reads Reply Coach settings: schedule, reply target, own domains', async () => {
    const files: Record<string, string> = {
      'late-start.json': JSON.stringify({
        version: 1,
        schedule: { days: [1, 2, 3, 4, 5], start: '10:00', end: '16:00', timeZone: null, holidays: { country: 'US' } },
        slaMinutes: 1440,
      }),
      'same-firm.json': JSON.stringify({ version: 1, ownDomains: ['whitfieldstudio.com'] }),
      'broken.json': '{ "schedule": ',
    };
    const run = async (settingsFile: string) => {
      const io = fakeIO();
      io.readFile = async (file) => {
        if (file === playground) return new Uint8Array(readFileSync(playground));
        if (files[file] === undefined) throw new Error('ENOENT');
        return new TextEncoder().encode(files[file]);
      };
      const code = await runThreadCommand(
        [...base, '--locale', 'en-US', '--settings', settingsFile, '--json', playground],
        io,
      );
      return { code, io, json: code === 0 ? JSON.parse(io.out.join('')) : null };
    };

    // Fri 10:00–16:00 (360) + Mon 10:00–14:00 (240) against a target of three business days.
    const lateStart = await run('late-start.json');
    expect(lateStart.json.waited).toEqual({ calendarMinutes: 4615, businessMinutes: 600 });
    expect(lateStart.json.sla).toEqual({ targetMinutes: 1440, state: 'ok' });

    const sameFirm = await run('same-firm.json');
    expect(sameFirm.json.client).toBeNull();
    expect(sameFirm.json.sla.state).toBe('none');

    const broken = await run('broken.json');
    expect(broken.code).toBe(2);
    expect(broken.io.err.join('')).toContain('broken.json is not JSON');
    expect((await run('missing.json')).code).toBe(2);
  });

  it('prints help', async () => {
    const io = fakeIO();
    expect(await runThreadCommand(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('Usage: coach thread --me ADDRESS');
  });

  it.each([
    [['--tz', 'UTC', playground], '--me ADDRESS is required'],
    [['--me', 'sam', playground], '--me must be an email address'],
    [['--me', 'sam@riverava.com'], 'no draft file given'],
    [['--me', 'sam@riverava.com', 'a.txt', 'b.txt'], 'one draft file at a time'],
    [['--me', 'sam@riverava.com', '--now', 'yesterday', playground], '--now must be an ISO 8601'],
    [['--me', 'sam@riverava.com', '--tz', 'Mars/Olympus', playground], 'unknown time zone "Mars/Olympus"'],
    [['--me', 'sam@riverava.com', '--colour', playground], 'unknown option --colour'],
    [['--me', 'sam@riverava.com', '--locale', 'not a locale', playground], '--locale must be a language tag'],
    [['--me'], '--me needs a value'],
    [['--me', 'sam@riverava.com', path.join(FIXTURES, 'does-not-exist.txt')], 'cannot read'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const io = fakeIO();
    expect(await runThreadCommand(args as string[], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toContain(message);
    expect(io.err.join('')).toContain('Usage:');
  });

  it('exits 2 on an .eml without a body', async () => {
    const io = fakeIO();
    io.readFile = async () => new TextEncoder().encode('From: a@b.c\r\nSubject: x\r\n\r\n');
    expect(await runThreadCommand(['--me', 'sam@riverava.com', '--tz', 'UTC', 'empty.eml'], io)).toBe(2);
    expect(io.err.join('')).toContain('has neither a text nor an HTML body');
  });
});
