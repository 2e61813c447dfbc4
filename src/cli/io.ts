/**
 * What a CLI command may touch of the outside world. Commands take this instead of reaching for
 * process and fs, so tests can run them with a fake.
 */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

/** The real thing: process streams, the file system and the environment. */
export function createNodeIO(): CliIO {
  return {
    stdout: (s) => {
      process.stdout.write(s);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: async (path) => {
      const { readFile } = await import('node:fs/promises');
      return new Uint8Array(await readFile(path));
    },
    env: process.env,
  };
}
