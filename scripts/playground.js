#!/usr/bin/env node
'use strict';
// Serves dist/ over plain http on localhost so the playground (and the browser tests) can run
// the real task pane without Outlook. Builds first when dist/ is missing or older than src/.
//   node scripts/playground.js [--open] [--no-build]     PORT=3000 by default
const http = require('http');
const fs = require('fs');
const path = require('path');
const { spawnSync, spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const args = new Set(process.argv.slice(2));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const marker = path.join(dist, 'playground.html');
  if (!fs.existsSync(marker) || !fs.existsSync(path.join(dist, 'taskpane.js'))) return true;
  const built = fs.statSync(path.join(dist, 'taskpane.js')).mtimeMs;
  const inputs = [path.join(root, 'src'), path.join(root, 'assets')].filter((d) => fs.existsSync(d));
  return inputs.some((d) => newestMtime(d) > built) || fs.statSync(path.join(root, 'manifest.xml')).mtimeMs > built;
}

if (!args.has('--no-build') && needsBuild()) {
  console.log('Building the add-in (first run or sources changed)…');
  const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(1);
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (pathname === '/') {
    res.writeHead(302, { Location: '/playground.html' }).end();
    return;
  }
  const file = path.join(dist, path.normalize(pathname));
  if (!file.startsWith(dist + path.sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  });
});

const port = Number(process.env.PORT || 3000);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use. Try PORT=3001 npm start.`);
  else console.error(error.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const url = `http://localhost:${port}/playground.html`;
  console.log(`Reply Coach playground: ${url}`);
  console.log('Press Ctrl+C to stop.');
  if (args.has('--open') && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
    const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    try {
      spawn(opener, [url], { stdio: 'ignore', detached: true })
        .on('error', () => undefined)
        .unref();
    } catch {
      // No browser here: the address above is enough.
    }
  }
});
