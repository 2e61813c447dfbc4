// Starts the playground server on a free port and a headless Debian Chromium, and records every
// request so tests can prove nothing leaves localhost.
import { spawn, type ChildProcess } from 'child_process';
import { existsSync } from 'fs';
import { createServer } from 'net';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Harness {
  origin: string;
  browser: Browser;
  /** Every URL any page requested. */
  requests: string[];
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(ROOT, 'dist', 'playground.html'))) {
    throw new Error('dist/playground.html is missing: run "npm run build" first (npm test does).');
  }
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts/playground.js'), '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('playground server did not start')), 15000);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('playground:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`playground server exited with ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const requests: string[] = [];
  return {
    origin: `http://localhost:${port}`,
    browser,
    requests,
    async newPage(width = 1280, height = 900) {
      const context = await browser.newContext({ viewport: { width, height } });
      context.on('request', (request) => requests.push(request.url()));
      // Block anything that would leave the machine, so a test fails rather than hangs.
      await context.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return route.continue();
        return route.abort('blockedbyclient');
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

export function externalRequests(requests: string[]): string[] {
  return requests.filter(
    (url) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url) && !/^(data|blob|about):/.test(url),
  );
}
