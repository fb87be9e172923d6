import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001_initial.js';
import { sourcesAndRevisions } from './0002_sources_revisions.js';

/** Every migration by name, in order; names sort in the order they must run. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_sources_revisions': sourcesAndRevisions,
};

/** Kysely migration provider that reads migrations from code rather than from a folder at run time. */
export const sqliteMigrations: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
