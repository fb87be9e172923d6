import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { HubError } from '../../domain/errors.js';
import type { Store } from '../types.js';
import { createPostgresClusterRepository } from './clusterRepository.js';
import { postgresTarget, redactedUrl } from './connection.js';
import { createPostgresCorrectionRepository } from './correctionRepository.js';
import { createPostgresEntityRepository } from './entityRepository.js';
import { countItems, countItemsByObjective, findItem, findOrganization, findRevisions } from './itemRepository.js';
import { createItemWriter } from './itemWriter.js';
import { postgresMigrations } from './migrations/index.js';
import { createPostgresSourceRepository } from './sourceRepository.js';

/** The PostgreSQL store, with the handle the PostgreSQL search needs. */
export interface PostgresStore extends Store {
  readonly db: Kysely<unknown>;
  /** The schema every table lives in. */
  readonly schema: string;
}

export interface PostgresStoreOptions {
  /** Schema of every table (created when missing); else the URL's `?schema=`, else `public`. */
  schema?: string;
  /** Connections in the pool; 10 by default. */
  maxConnections?: number;
}

/**
 * Connects to PostgreSQL (a postgres:// URL) and checks that the server answers. Call migrate() before use.
 * Throws a HubError `store_open_failed` when the server cannot be reached.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const target = postgresTarget(url, options);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.maxConnections ?? 10,
    // Every unqualified table name resolves in the store's schema, on every connection of the pool.
    options: `-c search_path=${target.schema}`,
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new HubError(
      'store_open_failed',
      `The PostgreSQL database at ${redactedUrl(url)} could not be reached: ${(error as Error).message}`,
      500,
      { cause: error },
    );
  }
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  const upsertMany = createItemWriter(db);

  return {
    db,
    schema: target.schema,
    items: {
      upsertMany,
      get: (id) => findItem(db, id),
      count: () => countItems(db),
      countByObjective: () => countItemsByObjective(db),
      getOrganization: (id) => findOrganization(db, id),
      revisions: (id) => findRevisions(db, id),
    },
    sources: createPostgresSourceRepository(db),
    entities: createPostgresEntityRepository(db),
    corrections: createPostgresCorrectionRepository(db),
    clusters: createPostgresClusterRepository(db),
    async migrate() {
      try {
        await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(target.schema)}`.execute(db);
      } catch (error) {
        // Two instances starting at once may race to create it; the loser finds it there.
        if (!isDuplicate(error)) throw migrationFailed(error);
      }
      // Kysely runs the migrations in one transaction under an advisory lock: instances starting together are safe.
      const migrator = new Migrator({ db, provider: postgresMigrations, migrationTableSchema: target.schema });
      const { error } = await migrator.migrateToLatest();
      if (error) throw migrationFailed(error);
    },
    async close() {
      // Kysely's destroy ends the pool it was given.
      await db.destroy();
    },
  };
}

function isDuplicate(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '42P06' || code === '23505';
}

function migrationFailed(cause: unknown): HubError {
  return new HubError('migration_failed', 'The database could not be brought up to date.', 500, { cause });
}
