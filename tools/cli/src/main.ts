import { Command } from 'commander';
import { register as registerUp } from './commands/up';
import { register as registerSimulate } from './commands/simulate';

const program = new Command()
  .name('cellmesh')
  .description('cellmesh: a self-organizing compute fabric with network-aware placement that explains itself')
  .showHelpAfterError();

registerUp(program);
registerSimulate(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`cellmesh: ${err.message}\n`);
  process.exit(1);
});
