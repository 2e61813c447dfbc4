// `npm run coach -- …` during development; the package's bin runs the built dist/cli.js.
import { createNodeIO, main } from './main';

main(process.argv.slice(2), createNodeIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`coach: ${error instanceof Error ? error.stack || error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
