// Checks the output of `npm run build` (npm test builds before running the tests).
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

const ROOT = path.resolve(__dirname, '../..');
const dist = (p: string) => path.join(ROOT, 'dist', p);
const read = (p: string) => readFileSync(dist(p), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  config: { productionOrigin: string };
};

/** The src of every script tag, in document order (the build minifies the HTML). */
function scripts(file: string): string[] {
  return Array.from(
    read(file).matchAll(/<script\b[^>]*?\bsrc=("([^"]*)"|'([^']*)'|([^\s>]+))/g),
    (m) => m[2] || m[3] || m[4],
  );
}

beforeAll(() => {
  if (!existsSync(dist('taskpane.html')))
    throw new Error('dist/ is missing: run "npm run build" first (npm test does).');
});

describe('production build', () => {
  test('produces the task pane, the commands page, the classic script, the playground, the library and the CLI', () => {
    for (const file of [
      'taskpane.html',
      'taskpane.js',
      'commands.html',
      'commands.js',
      'commands-web.js',
      'playground.html',
      'playground-pane.html',
      'manifest.xml',
      'lib/index.mjs',
      'lib/types/index.d.ts',
      'cli.js',
    ]) {
      expect(existsSync(dist(file))).toBe(true);
    }
  });

  test('the production pane loads Office.js from Microsoft’s CDN; the playground from the npm package', () => {
    const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(scripts('taskpane.html')).toEqual([CDN, 'taskpane.js']);
    expect(scripts('commands.html')).toEqual([CDN, 'commands-web.js']);
    expect(scripts('playground-pane.html')).toEqual(['office-js/office.js', 'playground-office.js', 'taskpane.js']);
    expect(existsSync(dist('office-js/office.js'))).toBe(true);
  });

  test('the production manifest points at the production origin, not localhost', () => {
    const manifest = read('manifest.xml');
    const origin = process.env.REPLY_COACH_ORIGIN || pkg.config.productionOrigin;
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${origin}/taskpane.html`);
    expect(manifest).toContain(`${origin}/commands.js`);
    const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(source).toContain('https://localhost:3000/taskpane.html');
  });

  test('the task pane opens on at most 300 KB of gzipped JavaScript; the engine comes in its own chunk', () => {
    const gz = (file: string) => gzipSync(readFileSync(dist(file))).length;
    // Everything loaded before the first findings show: first paint plus the analysis chunk.
    expect(gz('taskpane.js') + gz('analysis.js')).toBeLessThanOrEqual(300 * 1000);
    // Holiday data, the fallback date reader and the settings form load only when used.
    expect(existsSync(dist('holidays.js'))).toBe(true);
    expect(existsSync(dist('dates.js'))).toBe(true);
    expect(readFileSync(dist('analysis.js'), 'utf8')).not.toContain('chrono');
    expect(existsSync(dist('settings.js'))).toBe(true);
    expect(gz('settings.js')).toBeLessThan(40 * 1024);
  });

  test('the library is an ES module exporting analyze and the thread reader', () => {
    const script = `import(${JSON.stringify(dist('lib/index.mjs'))}).then((m) => {
      const r = m.analyze("Sorry for the late reply, I have been swamped with other projects.");
      process.stdout.write(JSON.stringify({ keys: Object.keys(m).sort(), categories: r.findings.map((f) => f.category) }));
    })`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT }).toString(),
    ) as {
      keys: string[];
      categories: string[];
    };
    expect(out.keys).toEqual(
      expect.arrayContaining(['analyze', 'parseDraft', 'parseDraftHtml', 'summarizeThread', 'findNewText']),
    );
    expect(out.categories).toContain('excuse');
  });

  test('the package bin runs the built CLI', () => {
    let status = 0;
    let stdout = '';
    try {
      stdout = execFileSync(process.execPath, [path.join(ROOT, 'bin/coach.js'), 'check', '-'], {
        input: 'Sorry for the late reply, I have been swamped with other projects.',
      }).toString();
    } catch (error) {
      const e = error as { status: number; stdout: Buffer };
      status = e.status;
      stdout = e.stdout.toString();
    }
    expect(status).toBe(1);
    expect(stdout).toContain('excuse');
  });
});
