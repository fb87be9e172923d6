import { buildProgram } from './cli/program.js';

const program = buildProgram();
program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`migration-hub: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
