#!/usr/bin/env node
'use strict';
// The package's command: runs the built CLI (npm run build makes dist/cli.js).
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(built)) {
  process.stderr.write('coach: dist/cli.js is missing; run "npm run build" first.\n');
  process.exit(2);
}
const { main } = require(built);
const { createNodeIO } = require(built);
main(process.argv.slice(2), createNodeIO()).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`coach: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
