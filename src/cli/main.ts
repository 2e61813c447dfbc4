import { runCheckCommand, CHECK_USAGE } from './check';
import { createNodeIO, type CliIO } from './io';
import { runThreadCommand, THREAD_USAGE } from './thread';

const USAGE =
  'Reply Coach — check client replies for excuses, blame and other trust-breakers, and time client waits.\n\n' +
  CHECK_USAGE +
  '\n' +
  THREAD_USAGE;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return runCheckCommand(rest, io);
  if (command === 'thread') return runThreadCommand(rest, io);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.stderr(`coach: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

export { createNodeIO };
