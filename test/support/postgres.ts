import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresTarget } from '../../src/store/postgres/connection.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/openPostgresStore.js';

/** The test server: MIGRATION_HUB_TEST_POSTGRES, else the local default (trust authentication). */
export const POSTGRES_TEST_URL = process.env.MIGRATION_HUB_TEST_POSTGRES ?? 'postgres://127.0.0.1:5432/test';

/**
 * Whether a PostgreSQL server answers. Without one, tests skip locally with this message, but a run under CI
 * (process.env.CI set) fails: CI must prove the PostgreSQL engine.
 */
export async function probePostgres(): Promise<{ available: true } | { available: false; reason: string }> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true };
  } catch (error) {
    const reason = `no PostgreSQL server answers at ${POSTGRES_TEST_URL} (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`PostgreSQL tests cannot run under CI: ${reason}`);
    return { available: false, reason: `${reason}; start one or set MIGRATION_HUB_TEST_POSTGRES` };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Fresh stores in one schema per factory (mh_test_<pid>_<random>), so parallel test files never see each
 * other's rows. Each open() after the first empties every table of the schema (stores are used one after the
 * other within a file); dropSchema() removes the schema. Truncating is much faster than one schema per store.
 */
export function postgresStores() {
  const schema = `mh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  let opened = 0;
  return {
    schema,
    async open(): Promise<PostgresStore> {
      const store = await openPostgresStore(POSTGRES_TEST_URL, { schema, maxConnections: 3 });
      if (opened++ > 0) await emptySchema(schema);
      return store;
    },
    async dropSchema(): Promise<void> {
      await withAdmin((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    },
  };
}

async function emptySchema(schema: string): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ table: string }>(
      `SELECT tablename AS table FROM pg_tables WHERE schemaname = $1 AND tablename NOT LIKE 'kysely_%'`,
      [schema],
    );
    // DELETE rather than TRUNCATE: on small tables it is many times faster (no new files to create and sync).
    // Parents first: their junctions go with them (ON DELETE CASCADE), the rest have no references.
    const parents = ['items', 'sources'];
    const tables = [...parents, ...rows.map((row) => row.table).filter((table) => !parents.includes(table))];
    await client.query(`BEGIN; ${tables.map((table) => `DELETE FROM "${schema}"."${table}";`).join(' ')} COMMIT;`);
  });
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The test URL with the user filled in as the store fills it. */
function adminUrl(): string {
  return postgresTarget(POSTGRES_TEST_URL).connectionString;
}
