import { Command } from 'commander';
import { registerClassify } from './commands/classify.js';
import { registerCorrections } from './commands/corrections.js';
import { registerDedup } from './commands/dedup.js';
import { registerExtract } from './commands/extract.js';
import { registerImport } from './commands/import.js';
import { registerParse } from './commands/parse.js';
import { registerPoll } from './commands/poll.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerSources } from './commands/sources.js';

/** The `migration-hub` command line: one sub-command per file in commands/. */
export function buildProgram(): Command {
  const program = new Command('migration-hub')
    .description('Gathers, understands and serves migration-governance knowledge.')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerServe(program);
  registerImport(program);
  registerParse(program);
  registerExtract(program);
  registerSearch(program);
  registerSources(program);
  registerPoll(program);
  registerClassify(program);
  registerCorrections(program);
  registerDedup(program);
  return program;
}
