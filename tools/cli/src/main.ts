import { Command, CommanderError } from 'commander';
import { packageVersion } from '@cellmesh/telemetry';
import type { RegisterCommand } from './commands/types';
import { register as up } from './commands/up';
import { register as simulate } from './commands/simulate';
import { register as explain } from './commands/explain';
import { register as status } from './commands/status';
import { register as metrics } from './commands/metrics';
import { register as ui } from './commands/ui';
import { register as submit } from './commands/submit';
import { register as state } from './commands/state';
import { register as snapshot } from './commands/snapshot';
import { register as whatif } from './commands/replay';
import { register as tasks } from './commands/tasks';
import { EXIT_FAILED, EXIT_USAGE, UsageError } from './usage';

const program = new Command()
  .name('cellmesh')
  .description('cellmesh: a self-organizing compute fabric with network-aware placement that explains itself')
  .version(packageVersion(__dirname), '-V, --version', 'print the cellmesh version')
  .showHelpAfterError()
  // Before any command is added: subcommands inherit the override, so a usage error in any of them
  // reaches the catch below (exit 2) instead of commander's own process.exit(1).
  .exitOverride();

const commands: RegisterCommand[] = [up, simulate, submit, tasks, explain, status, state, metrics, ui, snapshot, whatif];
for (const register of commands) register(program);

program.parseAsync(process.argv).catch((err: Error) => {
  // Commander has already printed its message; --help and --version arrive here with exit code 0.
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
  if (err instanceof UsageError) {
    process.stderr.write(`cellmesh: ${err.message}\n(run cellmesh <command> --help for its options)\n`);
    process.exit(EXIT_USAGE);
  }
  process.stderr.write(`cellmesh: ${err.message}\n`);
  process.exit(EXIT_FAILED);
});
