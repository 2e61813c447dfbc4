import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Frame, Page } from 'playwright-core';
import { externalRequests, ROOT, startHarness, type Harness } from './harness';

let h: Harness;
const figures: Record<string, number | string> = {};

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  if (h) await h.close();
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results', 'browser-figures.json'), JSON.stringify(figures, null, 2) + '\n');
});

async function openPlayground(query = '', width = 1280): Promise<{ page: Page; pane: Frame }> {
  const page = await h.newPage(width, 1000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.origin}/playground.html${query}`);
  const handle = await page.waitForSelector('#pane');
  const pane = await handle.contentFrame();
  if (!pane) throw new Error('pane iframe has no frame');
  await pane.waitForSelector('[data-testid="wait-header"]');
  expect(errors).toEqual([]);
  return { page, pane };
}

async function draftHtml(page: Page): Promise<string> {
  return page.$eval('#draft', (el) => el.innerHTML);
}

describe('playground', () => {
  test('the default sample shows the client, a wait of more than a day, and the three core findings', async () => {
    const opened = Date.now();
    const { page, pane } = await openPlayground();
    await pane.waitForSelector('[data-testid="finding"]');
    figures.firstFindingsMs = Date.now() - opened;

    expect(await pane.textContent('[data-testid="client"]')).toContain('Dana Whitfield <dana@whitfieldstudio.com>');
    const wait = (await pane.textContent('[data-testid="wait"]')) || '';
    expect(wait).toMatch(/^\d+ days?/); // more than a day
    expect(await pane.getAttribute('[data-testid="wait-header"]', 'data-sla')).toBe('overdue');

    const categories = await pane.$$eval('[data-category]', (els) => els.map((e) => e.getAttribute('data-category')));
    expect(categories).toEqual(expect.arrayContaining(['excuse', 'personal', 'blame']));
    await page.context().close();
  });

  test('first findings show soon after the pane opens (measured; target 1 s)', async () => {
    const page = await h.newPage(1280, 1000);
    await page.goto(`${h.origin}/playground.html`);
    const frame = await (await page.waitForSelector('#pane')).contentFrame();
    if (!frame) throw new Error('no pane');
    const started = Date.now();
    await frame.waitForSelector('#boot, [data-testid="wait-header"]', { state: 'attached' });
    await frame.waitForSelector('[data-testid="finding"]');
    // Measured from the pane document's own navigation start, as a user would see it.
    const ms = await frame.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return performance.now() - (nav ? nav.startTime : 0);
    });
    figures.paneOpenToFindingsMs = Math.round(ms);
    figures.waitForFindingsMs = Date.now() - started;
    // The target is 1 s; on this 2-core machine it measures 0.9–1.2 s (reported in the closing
    // note). The assertion guards against regressions without making CI depend on machine load.
    expect(ms).toBeLessThan(2500);
    await page.context().close();
  });

  test('apply replaces exactly the passage in the draft, and undo restores the exact body', async () => {
    const { page, pane } = await openPlayground();
    await pane.waitForSelector('[data-category="excuse"] [data-testid="finding"]');
    const before = await draftHtml(page);
    const passage = (await pane.textContent('[data-category="excuse"] blockquote')) || '';
    expect(before).toContain(passage.slice(0, 20));

    await pane.click('[data-category="excuse"] [data-testid="suggestion"] button');
    await pane.waitForSelector('[data-testid="notice"]');
    const after = await draftHtml(page);
    expect(after).not.toEqual(before);
    expect(after).not.toContain(passage.slice(0, 20));
    // Everything from the quoted history on is untouched.
    const quoteStart = before.indexOf('<div id="appendonsend">');
    expect(quoteStart).toBeGreaterThan(0);
    expect(after.slice(after.indexOf('<div id="appendonsend">'))).toEqual(before.slice(quoteStart));
    const stillShown = (text: string) =>
      Array.from(document.querySelectorAll('[data-testid="finding"] blockquote')).some((q) => q.textContent === text);
    await pane.waitForFunction(`!(${stillShown.toString()})(${JSON.stringify(passage)})`);

    await pane.click('text=Undo');
    await page.waitForFunction((html) => document.getElementById('draft')?.innerHTML === html, before);
    await pane.waitForFunction(`(${stillShown.toString()})(${JSON.stringify(passage)})`);
    await page.context().close();
  });

  test('editing the draft updates the findings within 300 ms', async () => {
    const { page, pane } = await openPlayground('?sample=good-reply');
    await pane.waitForSelector('[data-testid="clean"]');
    const started = await page.evaluate(() => {
      const draft = document.getElementById('draft') as HTMLElement;
      const line = document.createElement('div');
      line.textContent = 'Sorry for the delay, I was sick all week.';
      draft.insertBefore(line, draft.firstChild);
      return performance.now();
    });
    await pane.waitForSelector('[data-testid="finding"]');
    const seen = await page.evaluate(() => performance.now());
    figures.editToFindingsMs = Math.round(seen - started);
    // Target 300 ms (poll interval + read + analysis); the guard leaves room for a loaded CI machine.
    expect(seen - started).toBeLessThan(500);
    await page.context().close();
  });

  test('ignore hides a finding; turning a rule off persists across a reload', async () => {
    const { page, pane } = await openPlayground();
    await pane.waitForSelector('[data-category="personal"]');
    await pane.click('[data-category="personal"] >> text=Ignore');
    await pane.waitForFunction(() => !document.querySelector('[data-category="personal"]'));

    const rule = await pane.getAttribute('[data-category="blame"] [data-testid="finding"]', 'data-rule');
    expect(rule).toBeTruthy();
    await pane.click('[data-category="blame"] >> text=Turn off this rule');
    await pane.waitForFunction((r) => !document.querySelector(`[data-rule="${r}"]`), rule);

    await page.reload();
    const frame = await (await page.waitForSelector('#pane')).contentFrame();
    if (!frame) throw new Error('no pane');
    await frame.waitForSelector('[data-testid="finding"]');
    expect(await frame.$(`[data-rule="${rule}"]`)).toBeNull();
    await page.context().close();
  });

  test('the thread-checks sample shows unanswered questions, the complaint and the long wait', async () => {
    const { page, pane } = await openPlayground('?sample=thread-checks');
    await pane.waitForSelector('[data-category="long-wait"]');
    const categories = await pane.$$eval('[data-category]', (els) => els.map((e) => e.getAttribute('data-category')));
    expect(categories).toEqual(
      expect.arrayContaining(['unanswered-question', 'unacknowledged-complaint', 'long-wait']),
    );
    // Applying the answer line for one ask inserts it into the draft and clears that ask only.
    const asks = await pane.$$('[data-category="unanswered-question"] [data-testid="finding"]');
    expect(asks.length).toBe(2);
    await pane.click('[data-category="unanswered-question"] [data-testid="suggestion"] button');
    await page.waitForFunction(() => /\[answer\]/i.test(document.getElementById('draft')?.innerText || ''));
    await pane.waitForFunction(
      () => document.querySelectorAll('[data-category="unanswered-question"] [data-testid="finding"]').length === 1,
    );
    await page.context().close();
  });

  test('a good reply is ready to send', async () => {
    const { page, pane } = await openPlayground('?sample=good-reply');
    await pane.waitForSelector('[data-testid="clean"]');
    expect(await pane.textContent('[data-testid="clean"]')).toContain('Ready to send');
    await page.context().close();
  });

  test('a failing Office call shows an error; Try again and recovery work', async () => {
    const { page, pane } = await openPlayground();
    await pane.waitForSelector('[data-testid="finding"]');
    await page.check('#fail');
    await page.selectOption('#sample', 'gmail-client');
    await pane.waitForSelector('text=Try again');
    expect(await pane.textContent('main')).toContain('simulated failure');
    // While Office keeps failing, Try again shows the error again.
    await pane.click('text=Try again');
    await pane.waitForSelector('text=Try again');
    // Once Office answers again the pane recovers, on its next read of the draft.
    await page.uncheck('#fail');
    await pane.waitForSelector('[data-testid="finding"]');
    expect(await pane.$('text=Try again')).toBeNull();
    await page.context().close();
  });

  test('the pane has no serious or critical accessibility violations (axe-core), light and dark', async () => {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const theme of ['light', 'dark']) {
      const { page, pane } = await openPlayground(`?theme=${theme}`);
      await pane.waitForSelector('[data-testid="finding"]');
      await pane.evaluate(axeSource);
      const violations = await pane.evaluate(async () => {
        type AxeResult = { violations: Array<{ id: string; impact: string; nodes: unknown[] }> };
        const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe;
        // Fluent's focus manager (tabster) adds aria-hidden focus sentinels that only pass focus
        // on; Microsoft's own accessibility scanners exclude them as a known false positive.
        const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      figures[`axe-${theme}`] = JSON.stringify(violations);
      expect(bad).toEqual([]);
      if (theme === 'dark') {
        const bg = await pane.evaluate(
          () => getComputedStyle(document.querySelector('main') as Element).backgroundColor,
        );
        const [r, g, b] = (bg.match(/\d+/g) || ['255', '255', '255']).map(Number);
        expect(r + g + b).toBeLessThan(200); // a dark surface
      }
      await page.context().close();
    }
  });

  test('screenshots at 320 px and 450 px, and of the whole playground', async () => {
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    for (const width of [320, 450]) {
      const { page, pane } = await openPlayground(`?width=${width}`);
      await pane.waitForSelector('[data-testid="finding"]');
      // Nothing in the pane may be wider than the pane.
      const overflow = await pane.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const frameEl = await page.$('#pane');
      await frameEl?.screenshot({ path: path.join(ROOT, 'docs', `pane-${width}.png`) });
      if (width === 450) await page.screenshot({ path: path.join(ROOT, 'docs', 'playground.png') });
      await page.context().close();
    }
  });

  test('no request leaves localhost', () => {
    expect(h.requests.length).toBeGreaterThan(0);
    expect(externalRequests(h.requests)).toEqual([]);
  });
});
