import { Command } from 'commander';
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

const program = new Command()
  .name('cellmesh')
  .description('cellmesh: a self-organizing compute fabric with network-aware placement that explains itself')
  .showHelpAfterError();

const commands: RegisterCommand[] = [up, simulate, submit, explain, status, state, metrics, ui, snapshot, whatif];
for (const register of commands) register(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`cellmesh: ${err.message}\n`);
  process.exit(1);
});
