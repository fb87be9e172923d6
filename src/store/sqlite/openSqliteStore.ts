import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { HubError } from '../../domain/errors.js';
import type { Store } from '../types.js';
import { createSqliteClusterRepository } from './clusterRepository.js';
import { createSqliteCorrectionRepository } from './correctionRepository.js';
import { createSqliteEntityRepository } from './entityRepository.js';
import { countItems, countItemsByObjective, findItem, findOrganization } from './itemRepository.js';
import { createItemWriter } from './itemWriter.js';
import { sqliteMigrations } from './migrations/index.js';
import { createRevisionReader } from './revisionRepository.js';
import type { Database } from './schema.js';
import { createSqliteSourceRepository } from './sourceRepository.js';

/** The SQLite store, with the handles the SQLite search needs. */
export interface SqliteStore extends Store {
  readonly db: Kysely<Database>;
  /** The one connection Kysely also uses; search runs synchronous statements on it. */
  readonly sqlite: BetterSqlite3.Database;
}

/** Opens (creating if needed) a SQLite database file, or ':memory:'. Call migrate() before use. */
export async function openSqliteStore(file: string): Promise<SqliteStore> {
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
  } catch (error) {
    throw new HubError('store_open_failed', `The database file "${file}" could not be opened.`, 500, { cause: error });
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Speed only: a larger page cache (64 MiB) and temporary b-trees in memory keep big imports off the disk.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  let writer: ReturnType<typeof createItemWriter> | null = null;
  const revisions = createRevisionReader(sqlite);

  return {
    db,
    sqlite,
    items: {
      async upsertMany(items, options) {
        // Prepared lazily: the statements need the tables that migrate() creates.
        writer ??= createItemWriter(sqlite);
        return writer(items, options);
      },
      get: (id) => findItem(db, id),
      count: () => countItems(db),
      countByObjective: () => countItemsByObjective(db),
      getOrganization: (id) => findOrganization(db, id),
      revisions: async (id) => revisions(id),
    },
    sources: createSqliteSourceRepository(sqlite),
    entities: createSqliteEntityRepository(sqlite),
    corrections: createSqliteCorrectionRepository(sqlite),
    clusters: createSqliteClusterRepository(sqlite),
    async migrate() {
      const migrator = new Migrator({ db, provider: sqliteMigrations });
      const { error } = await migrator.migrateToLatest();
      if (error) {
        throw new HubError('migration_failed', 'The database could not be brought up to date.', 500, { cause: error });
      }
    },
    async close() {
      // Kysely's destroy closes the better-sqlite3 handle it was given.
      await db.destroy();
    },
  };
}
