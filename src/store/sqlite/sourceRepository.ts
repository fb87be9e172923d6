import type BetterSqlite3 from 'better-sqlite3';
import { HubError, notFound } from '../../domain/errors.js';
import { isItemType } from '../../domain/item.js';
import type { Source } from '../../domain/source.js';
import type { NewSource, SourceFailure, SourceRepository, SourceSuccess } from '../types.js';

type Db = BetterSqlite3.Database;

/** A sources row as read back. */
interface SourceRow {
  id: number;
  url: string;
  name: string;
  type: string | null;
  interval_minutes: number;
  adaptive: number;
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
 * Sources on the SQLite connection, with synchronous prepared statements like the item writer: a Kysely
 * transaction awaiting on the shared connection would interleave with the writer's synchronous batches.
 */
export function createSqliteSourceRepository(db: Db): SourceRepository {
  // Prepared lazily: the statements need the tables that migrate() creates.
  let statements: ReturnType<typeof prepare> | null = null;
  const s = () => {
    statements ??= prepare(db);
    return statements;
  };

  const recordSuccess = (id: number, success: SourceSuccess): Source => {
    const st = s();
    const current = st.get.get(id);
    if (!current) throw notFound(`The source ${id}`);
    let url = current.url;
    if (success.url && success.url !== current.url && !st.getByUrl.get(success.url)) url = success.url;
    for (const itemId of success.itemIds) st.link.run(id, itemId);
    st.success.run({
      id,
      url,
      fetched_at: success.fetchedAt,
      next_fetch_at: success.nextFetchAt,
      next_fetch_ts: Date.parse(success.nextFetchAt),
      interval_minutes: success.intervalMinutes,
      etag: success.etag ?? null,
      last_modified: success.lastModified ?? null,
      content_hash: success.contentHash ?? null,
    });
    return rowToSource(st.get.get(id) as SourceRow);
  };
  const successInTransaction = db.transaction(recordSuccess);

  return {
    async add(input: NewSource) {
      const st = s();
      const existing = st.getByUrl.get(input.url);
      if (existing) {
        throw new HubError('source_exists', `${input.url} is already a source (number ${existing.id}).`, 409);
      }
      const now = new Date().toISOString();
      const next = input.nextFetchAt ?? now;
      const { lastInsertRowid } = st.insert.run({
        url: input.url,
        name: input.name,
        type: input.type ?? null,
        interval_minutes: input.intervalMinutes,
        adaptive: input.adaptive ? 1 : 0,
        created_at: now,
        next_fetch_at: next,
        next_fetch_ts: Date.parse(next),
      });
      return rowToSource(st.get.get(Number(lastInsertRowid)) as SourceRow);
    },
    list: async () => s().list.all().map(rowToSource),
    async get(id) {
      const row = s().get.get(id);
      return row ? rowToSource(row) : null;
    },
    async getByUrl(url) {
      const row = s().getByUrl.get(url);
      return row ? rowToSource(row) : null;
    },
    remove: async (id) => s().remove.run(id).changes > 0,
    due: async (now) => s().due.all(now.getTime()).map(rowToSource),
    recordSuccess: async (id, success) => successInTransaction.immediate(id, success),
    async recordFailure(id: number, failure: SourceFailure) {
      const st = s();
      const { changes } = st.failure.run({
        id,
        fetched_at: failure.fetchedAt,
        next_fetch_at: failure.nextFetchAt,
        next_fetch_ts: Date.parse(failure.nextFetchAt),
        code: failure.code,
        message: failure.message,
      });
      if (changes === 0) throw notFound(`The source ${id}`);
      return rowToSource(st.get.get(id) as SourceRow);
    },
  };
}

function prepare(db: Db) {
  return {
    get: db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE id = ?'),
    getByUrl: db.prepare<[string], SourceRow>('SELECT * FROM sources WHERE url = ?'),
    list: db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY id'),
    due: db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE next_fetch_ts <= ? ORDER BY next_fetch_ts, id'),
    remove: db.prepare<[number]>('DELETE FROM sources WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO sources (url, name, type, interval_minutes, adaptive, created_at, next_fetch_at, next_fetch_ts)
       VALUES (@url, @name, @type, @interval_minutes, @adaptive, @created_at, @next_fetch_at, @next_fetch_ts)`,
    ),
    link: db.prepare<[number, string]>('INSERT OR IGNORE INTO source_items (source_id, item_id) VALUES (?, ?)'),
    success: db.prepare(
      `UPDATE sources SET url = @url, last_fetched_at = @fetched_at, last_success_at = @fetched_at,
         next_fetch_at = @next_fetch_at, next_fetch_ts = @next_fetch_ts, interval_minutes = @interval_minutes,
         etag = @etag, last_modified = @last_modified, content_hash = @content_hash,
         error_count = 0, last_error = NULL, last_error_code = NULL, error_since = NULL,
         item_count = (SELECT count(*) FROM source_items WHERE source_id = @id)
       WHERE id = @id`,
    ),
    // errorSince keeps the start of the current run of errors: it is set only when there was none.
    failure: db.prepare(
      `UPDATE sources SET last_fetched_at = @fetched_at, next_fetch_at = @next_fetch_at,
         next_fetch_ts = @next_fetch_ts, error_count = error_count + 1, last_error = @message,
         last_error_code = @code, error_since = coalesce(error_since, @fetched_at)
       WHERE id = @id`,
    ),
  };
}

function rowToSource(row: SourceRow): Source {
  const source: Source = {
    id: row.id,
    url: row.url,
    name: row.name,
    intervalMinutes: row.interval_minutes,
    adaptive: row.adaptive === 1,
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
