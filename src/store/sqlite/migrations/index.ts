import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001_initial.js';
import { sourcesAndRevisions } from './0002_sources_revisions.js';
import { entitiesAndCorrections } from './0003_entities_corrections.js';
import { clusters } from './0004_clusters.js';

/** Every migration by name, in order; names sort in the order they must run. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_sources_revisions': sourcesAndRevisions,
  '0003_entities_corrections': entitiesAndCorrections,
  '0004_clusters': clusters,
};

/** Kysely migration provider that reads migrations from code rather than from a folder at run time. */
export const sqliteMigrations: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
