import { type Kysely, sql } from 'kysely';
import type { Item } from '../../domain/item.js';
import { toJsonParameter } from './itemRows.js';

/** A version of an item that an update may replace: the stored row, or an earlier version in the same batch. */
export type RevisionSource = Pick<Item, 'type' | 'title' | 'url' | 'published' | 'summary' | 'text' | 'html'> & {
  contentHash: string;
  /** When this version was stored. */
  seenAt: string;
};

interface RevisionRecord {
  item_id: string;
  seen_at: string;
  replaced_at: string;
  content_hash: string;
  type: string;
  title: string;
  url: string | null;
  published: string | null;
  summary: string;
  text: string;
  html: string | null;
}

/**
 * The revision to keep when `next` replaces `previous`: one when what the publisher wrote changed, none when
 * only the tags did (re-tagging after an enrichment upgrade is not a new version), as SQLite decides.
 */
export function revisionsOf(previous: RevisionSource, next: Item, now: string): RevisionRecord[] {
  const same =
    previous.title === next.title &&
    previous.text === next.text &&
    previous.summary === next.summary &&
    previous.url === next.url &&
    previous.published === next.published &&
    previous.html === next.html;
  if (same) return [];
  return [
    {
      item_id: next.id,
      seen_at: previous.seenAt,
      replaced_at: now,
      content_hash: previous.contentHash,
      type: previous.type,
      title: previous.title,
      url: previous.url,
      published: previous.published,
      summary: previous.summary,
      text: previous.text,
      html: previous.html,
    },
  ];
}

/** Inserts revisions in the given order (their ids order them, newest last). */
export async function writeRevisions(trx: Kysely<unknown>, revisions: RevisionRecord[]): Promise<void> {
  if (revisions.length === 0) return;
  await sql`INSERT INTO item_revisions (item_id, seen_at, replaced_at, content_hash, type, title, url, published,
      summary, text, html)
    SELECT item_id, seen_at, replaced_at, content_hash, type, title, url, published, summary, text, html
    FROM jsonb_array_elements(${toJsonParameter(revisions)}::jsonb) WITH ORDINALITY AS e(value, n),
      jsonb_to_record(e.value) AS r(item_id text, seen_at text, replaced_at text, content_hash text, type text,
        title text, url text, published text, summary text, text text, html text)
    ORDER BY e.n`.execute(trx);
}
