import type BetterSqlite3 from 'better-sqlite3';
import type { ItemType } from '../../domain/item.js';
import type { ItemRevision } from '../types.js';

interface RevisionRow {
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

/** Reads the earlier versions of an item, newest first (the rows the item writer keeps on update). */
export function createRevisionReader(db: BetterSqlite3.Database): (itemId: string) => ItemRevision[] {
  let statement: BetterSqlite3.Statement<[string], RevisionRow> | null = null;
  return (itemId) => {
    statement ??= db.prepare<[string], RevisionRow>(
      `SELECT item_id, seen_at, replaced_at, content_hash, type, title, url, published, summary, text, html
       FROM item_revisions WHERE item_id = ? ORDER BY id DESC`,
    );
    return statement.all(itemId).map((row) => ({
      itemId: row.item_id,
      seenAt: row.seen_at,
      replacedAt: row.replaced_at,
      contentHash: row.content_hash,
      type: row.type as ItemType,
      title: row.title,
      url: row.url,
      published: row.published,
      summary: row.summary,
      text: row.text,
      html: row.html,
    }));
  };
}
