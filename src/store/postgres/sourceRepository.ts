import { type Kysely, sql } from 'kysely';
import { HubError, notFound } from '../../domain/errors.js';
import { isItemType } from '../../domain/item.js';
import type { Source } from '../../domain/source.js';
import type { NewSource, SourceFailure, SourceRepository, SourceSuccess } from '../types.js';

/** A sources row as read back. */
interface SourceRow {
  id: number;
  url: string;
  name: string;
  type: string | null;
  interval_minutes: number;
  adaptive: boolean;
  created_at: string;
  last_fetched_at: string | null;
  last_success_at: string | null;
  next_fetch_at: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  error_count: number;
  last_error: string | null;
  last_error_code: string | null;
  error_since: string | null;
  item_count: number;
}

/**
 * How long a source listed as due stays claimed by the instance that listed it. Several `serve` processes on
 * one database each poll: a claim keeps a second one from fetching the same source in the same round. A
 * recorded success or failure ends the claim; a crashed round's claims lapse after this.
 */
export const CLAIM_MINUTES = 10;

const COLUMNS = sql.raw(`id, url, name, type, interval_minutes, adaptive, created_at, last_fetched_at, last_success_at,
  next_fetch_at, etag, last_modified, content_hash, error_count, last_error, last_error_code, error_since, item_count`);

/** Sources and their polling state on PostgreSQL. */
export function createPostgresSourceRepository(db: Kysely<unknown>): SourceRepository {
  const one = async (id: number, executor: Kysely<unknown> = db) => {
    const { rows } = await sql<SourceRow>`SELECT ${COLUMNS} FROM sources WHERE id = ${id}`.execute(executor);
    return rows[0] ? rowToSource(rows[0]) : null;
  };
  const byUrl = async (url: string, executor: Kysely<unknown> = db) => {
    const { rows } = await sql<SourceRow>`SELECT ${COLUMNS} FROM sources WHERE url = ${url}`.execute(executor);
    return rows[0] ? rowToSource(rows[0]) : null;
  };

  return {
    async add(input: NewSource) {
      const now = new Date().toISOString();
      const next = input.nextFetchAt ?? now;
      const { rows } = await sql<SourceRow>`
        INSERT INTO sources (url, name, type, interval_minutes, adaptive, created_at, next_fetch_at, next_fetch_ts)
        VALUES (${input.url}, ${input.name}, ${input.type ?? null}, ${input.intervalMinutes}, ${input.adaptive},
          ${now}, ${next}, ${new Date(Date.parse(next)).toISOString()})
        ON CONFLICT (url) DO NOTHING
        RETURNING ${COLUMNS}`.execute(db);
      if (rows[0]) return rowToSource(rows[0]);
      const existing = await byUrl(input.url);
      throw new HubError('source_exists', `${input.url} is already a source (number ${existing?.id ?? '?'}).`, 409);
    },
    async list() {
      const { rows } = await sql<SourceRow>`SELECT ${COLUMNS} FROM sources ORDER BY id`.execute(db);
      return rows.map(rowToSource);
    },
    get: (id) => one(id),
    getByUrl: (url) => byUrl(url),
    async remove(id) {
      const result = await sql`DELETE FROM sources WHERE id = ${id}`.execute(db);
      return Number(result.numAffectedRows ?? 0) > 0;
    },
    async due(now) {
      // Claims what it lists (see CLAIM_MINUTES); SKIP LOCKED lets two instances list at once without waiting.
      const { rows } = await sql<SourceRow>`
        UPDATE sources SET claimed_until = clock_timestamp() + make_interval(mins => ${CLAIM_MINUTES})
        WHERE id IN (
          SELECT id FROM sources
          WHERE next_fetch_ts <= ${now.toISOString()} AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
          FOR UPDATE SKIP LOCKED)
        RETURNING ${COLUMNS}`.execute(db);
      return rows
        .map((row) => ({ row, ts: Date.parse(row.next_fetch_at) }))
        .sort((a, b) => a.ts - b.ts || a.row.id - b.row.id)
        .map(({ row }) => rowToSource(row));
    },
    async recordSuccess(id: number, success: SourceSuccess) {
      return db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ url: string }>`SELECT url FROM sources WHERE id = ${id} FOR UPDATE`.execute(trx);
        const current = rows[0];
        if (!current) throw notFound(`The source ${id}`);
        let url = current.url;
        if (success.url && success.url !== current.url && !(await byUrl(success.url, trx))) url = success.url;
        const itemIds = [...new Set(success.itemIds)];
        if (itemIds.length > 0) {
          await sql`INSERT INTO source_items (source_id, item_id) SELECT ${id}, unnest(${itemIds}::text[])
            ON CONFLICT DO NOTHING`.execute(trx);
        }
        await sql`UPDATE sources SET url = ${url}, last_fetched_at = ${success.fetchedAt},
            last_success_at = ${success.fetchedAt}, next_fetch_at = ${success.nextFetchAt},
            next_fetch_ts = ${toTimestamp(success.nextFetchAt)}, interval_minutes = ${success.intervalMinutes},
            etag = ${success.etag ?? null}, last_modified = ${success.lastModified ?? null},
            content_hash = ${success.contentHash ?? null}, error_count = 0, last_error = NULL,
            last_error_code = NULL, error_since = NULL, claimed_until = NULL,
            item_count = (SELECT count(*) FROM source_items WHERE source_id = ${id})
          WHERE id = ${id}`.execute(trx);
        return (await one(id, trx)) as Source;
      });
    },
    async recordFailure(id: number, failure: SourceFailure) {
      // errorSince keeps the start of the current run of errors: it is set only when there was none.
      const { rows } = await sql<SourceRow>`
        UPDATE sources SET last_fetched_at = ${failure.fetchedAt}, next_fetch_at = ${failure.nextFetchAt},
          next_fetch_ts = ${toTimestamp(failure.nextFetchAt)}, error_count = error_count + 1,
          last_error = ${failure.message}, last_error_code = ${failure.code},
          error_since = coalesce(error_since, ${failure.fetchedAt}), claimed_until = NULL
        WHERE id = ${id}
        RETURNING ${COLUMNS}`.execute(db);
      if (!rows[0]) throw notFound(`The source ${id}`);
      return rowToSource(rows[0]);
    },
  };
}

function toTimestamp(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}

function rowToSource(row: SourceRow): Source {
  const source: Source = {
    id: row.id,
    url: row.url,
    name: row.name,
    intervalMinutes: row.interval_minutes,
    adaptive: row.adaptive,
    createdAt: row.created_at,
    nextFetchAt: row.next_fetch_at,
    errorCount: row.error_count,
    itemCount: row.item_count,
  };
  if (row.type && isItemType(row.type)) source.type = row.type;
  if (row.last_fetched_at) source.lastFetchedAt = row.last_fetched_at;
  if (row.last_success_at) source.lastSuccessAt = row.last_success_at;
  if (row.etag) source.etag = row.etag;
  if (row.last_modified) source.lastModified = row.last_modified;
  if (row.content_hash) source.contentHash = row.content_hash;
  if (row.last_error) source.lastError = row.last_error;
  if (row.last_error_code) source.lastErrorCode = row.last_error_code;
  if (row.error_since) source.errorSince = row.error_since;
  return source;
}
