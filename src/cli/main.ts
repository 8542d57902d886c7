import { parseArgs, UsageError, type CliCommand } from './args';
import { checkPolicy } from './checkPolicy';
import { EXIT, runCheck } from './commands/check';
import { runFill } from './commands/fill';
import { processIo, type CliIo } from './io';
import { TEXT } from './messages';
import { progress } from './progress';

export { progress };

/**
 * The `fundcheck` command line. Returns the exit code rather than exiting, so tests (and bin/fundcheck.js)
 * decide what to do with it; `io` receives everything that would go to stdout / stderr.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  progress.worst = 0;
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${TEXT.usageError(error.message)}\n\n${TEXT.usage}\n`);
    return EXIT.unusable;
  }
  try {
    if (command.kind !== 'help') checkPolicy(command.policy);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${TEXT.usageError(error.message)}\n`); // the command line was understood; the usage text would bury the names
    return EXIT.unusable;
  }
  if (command.kind === 'help') {
    io.stdout(TEXT.usage + '\n');
    return EXIT.ok;
  }
  return command.kind === 'check' ? runCheck(command, io) : runFill(command, io);
}
