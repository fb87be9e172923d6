import type { Command } from 'commander';
import { loadDemoIfEmpty } from '../../app/demoCorpus.js';
import { openHub } from '../../app/openHub.js';
import { loadConfig } from '../../config/config.js';
import { buildServer } from '../../http/buildServer.js';
import { pollSettings } from '../../jobs/pollSettings.js';
import { startScheduler } from '../../jobs/scheduler.js';
import { plural } from '../output.js';

interface ServeFlags {
  port?: string;
  host?: string;
  database?: string;
  demo?: boolean;
  poll?: boolean;
}

/** `migration-hub serve`: runs the web site, API and feeds; loads the demo corpus into an empty store first. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the web site, JSON API and feeds (loads the demo corpus into an empty store)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)')
    .option('--host <address>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .option('--no-demo', 'do not load the demo corpus into an empty store')
    .option('--no-poll', 'do not poll the sources (same as MIGRATION_HUB_POLL=off)')
    .action(async (flags: ServeFlags) => {
      const env = { ...process.env };
      if (flags.port) env.PORT = flags.port;
      if (flags.host) env.HOST = flags.host;
      if (flags.demo === false) env.MIGRATION_HUB_DEMO = 'off';
      if (flags.poll === false) env.MIGRATION_HUB_POLL = 'off';
      const config = loadConfig(env);
      const poll = config.poll === 'on' ? pollSettings(config) : null;
      const hub = await openHub({ database: flags.database ?? config.database });
      if (config.demo === 'auto') {
        const demo = await loadDemoIfEmpty(hub.store);
        if (demo) {
          process.stderr.write(
            `Empty store: loaded the demo corpus (${plural(demo.added, 'item')} from ${plural(demo.files, 'file')}` +
              `${demo.errors.length ? `, ${plural(demo.errors.length, 'error')}` : ''}).\n`,
          );
          for (const error of demo.errors) process.stderr.write(`error: ${error.message}\n`);
        }
      }
      const server = await buildServer(hub, {
        baseUrl: config.baseUrl,
        logger: config.logLevel !== 'silent',
        editorTokens: config.editorTokens,
      });
      // Sources due while the hub was down are fetched right away, then every minute; stop() waits for a round.
      const scheduler = poll ? startScheduler({ hub, poll, log: server.log }) : null;
      const shutdown = async () => {
        await scheduler?.stop();
        await server.close();
        await hub.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await server.listen({ port: config.port, host: config.host });
      process.stderr.write(`Migration Hub is running at ${config.baseUrl}/\n`);
    });
}
