// Jest transformer: TypeScript, TSX and ES modules to CommonJS through esbuild (already the
// build's compiler). Type checking is `npm run typecheck`.
const { transformSync } = require('esbuild');
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

// Part of every cache key, so changing these options re-transforms everything.
const SELF = fs.readFileSync(__filename, 'utf8');

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' };

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha1').update(SELF).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    const result = transformSync(source, {
      loader: LOADERS[path.extname(filename)] || 'js',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      // import() becomes require(): jest runs CommonJS without experimental VM modules.
      supported: { 'dynamic-import': false },
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: result.code };
  },
};
