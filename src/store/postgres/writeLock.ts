import { type Kysely, sql } from 'kysely';

/**
 * Serialises writers across hub instances sharing one database: a transaction-scoped advisory lock, keyed by
 * the schema so that stores in other schemas (tests, other hubs) do not wait on each other. Item batches
 * merge entity records read-modify-write, which concurrent batches would otherwise overwrite.
 */
export async function lockWrites(trx: Kysely<unknown>, scope: 'items' | 'clusters'): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ${`:migration-hub:${scope}`}))`.execute(trx);
}
