import type BetterSqlite3 from 'better-sqlite3';
import type { Item } from '../../domain/item.js';
import type { DedupSignature, DuplicateCandidates } from '../types.js';
import { rowToItem } from './itemRows.js';
import type { ItemRow } from './schema.js';

type Db = BetterSqlite3.Database;

interface SignatureRow {
  item_id: string;
  content_hash: string;
  version: number;
  minhash: Buffer | null;
  bands: string;
  links: string;
  cues: string;
  entities: string;
  title_key: string;
  day: number | null;
  language: string;
  source: string | null;
}

/** Items read per band when looking for candidates: enough for real copies, bounded for boilerplate. */
const PER_BAND_LIMIT = 8;
/** Items read per title cue: cues such as a year are shared by many items of a busy week. */
const PER_CUE_LIMIT = 32;
/** A link shared by more items than this is a generic link (a treaty, a home page), not one publication. */
export const MAX_LINK_ITEMS = 12;
/** Candidates confirmed per item, the ones with the most shared keys first. */
const MAX_CANDIDATES = 20;
/** Days around an item's day searched for title cues. */
const CUE_DAYS = 3;
// A candidate found by title cues alone needs two of them, as the translation rule does.
const MIN_CUE_HITS = 2;
const STRONG_HIT = 1000;

/** Signature storage and candidate look-ups, as synchronous statements the cluster repository wraps. */
export function createSignatureStatements(db: Db) {
  const readSignature = db.prepare<[string], SignatureRow>('SELECT * FROM dedup_signatures WHERE item_id = ?');
  const readVersion = db.prepare<[string], { content_hash: string; version: number }>(
    'SELECT content_hash, version FROM dedup_signatures WHERE item_id = ?',
  );
  const deleteSignature = db.prepare('DELETE FROM dedup_signatures WHERE item_id = ?');
  const insertSignature = db.prepare(
    `INSERT INTO dedup_signatures (item_id, content_hash, version, minhash, bands, links, cues, entities, title_key,
       day, language, source)
     VALUES (@item_id, @content_hash, @version, @minhash, @bands, @links, @cues, @entities, @title_key, @day,
       @language, @source)`,
  );
  const deleteBand = db.prepare('DELETE FROM dedup_bands WHERE band_key = ? AND item_id = ?');
  const deleteLink = db.prepare('DELETE FROM dedup_links WHERE link = ? AND item_id = ?');
  const insertLink = db.prepare('INSERT OR IGNORE INTO dedup_links (link, item_id) VALUES (?, ?)');
  const deleteCue = db.prepare('DELETE FROM dedup_cues WHERE cue = ? AND day = ? AND item_id = ?');
  const insertCue = db.prepare('INSERT OR IGNORE INTO dedup_cues (cue, day, item_id, language) VALUES (?, ?, ?, ?)');
  const byLink = db.prepare<[string, number], string>('SELECT item_id FROM dedup_links WHERE link = ? LIMIT ?').pluck();
  const unsignedItems = db.prepare<[number, number], ItemRow>(
    `SELECT items.* FROM items LEFT JOIN dedup_signatures s ON s.item_id = items.id
     WHERE s.item_id IS NULL OR s.content_hash <> items.content_hash OR s.version <> ?
     ORDER BY items.doc LIMIT ?`,
  );
  // Statements taking a list of n values, one per n: one round trip into SQLite per item instead of one per value.
  const insertBands = byCount(db, (n) => {
    const values = Array(n).fill('(?, ?)').join(', ');
    return `INSERT OR IGNORE INTO dedup_bands (band_key, item_id) VALUES ${values}`;
  });
  const byBands = byCount(
    db,
    (n) => `SELECT item_id FROM dedup_bands WHERE band_key IN (${marks(n)}) LIMIT ${PER_BAND_LIMIT * n}`,
  );
  // A same title counts in the item's language only; title cues serve translations, in the other languages only.
  const cueQuery = (n: number, language: '=' | '<>') =>
    `SELECT item_id FROM dedup_cues WHERE cue IN (${marks(n)}) AND day BETWEEN ? AND ? AND language ${language} ?
     LIMIT ${PER_CUE_LIMIT * n}`;
  const byTitleKeys = byCount(db, (n) => cueQuery(n, '='));
  const byTitleCues = byCount(db, (n) => cueQuery(n, '<>'));
  const readSignatures = byCount<SignatureRow>(
    db,
    // Bands left out: a candidate's bands are never compared, and they are the longest column to parse.
    (n) => `SELECT ${CANDIDATE_COLUMNS} FROM dedup_signatures WHERE item_id IN (${marks(n)})`,
    true,
  );

  function removeIndexEntries(old: SignatureRow): void {
    for (const band of JSON.parse(old.bands) as number[]) deleteBand.run(band, old.item_id);
    for (const link of JSON.parse(old.links) as string[]) deleteLink.run(link, old.item_id);
    if (old.day !== null) for (const cue of JSON.parse(old.cues) as string[]) deleteCue.run(cue, old.day, old.item_id);
    deleteSignature.run(old.item_id);
  }

  const save = db.transaction((signatures: DedupSignature[]) => {
    for (const sig of signatures) {
      const old = readSignature.get(sig.itemId);
      if (old) removeIndexEntries(old);
      insertSignature.run(toRow(sig));
      if (sig.bands.length > 0) insertBands(sig.bands.length).run(...sig.bands.flatMap((band) => [band, sig.itemId]));
      for (const link of sig.links) insertLink.run(link, sig.itemId);
      if (sig.day !== null) for (const cue of sig.cues) insertCue.run(cue, sig.day, sig.itemId, sig.language);
    }
  });

  /** Ids of the stored items most likely to be copies of `sig`, by the number of keys they share with it. */
  function candidateIds(sig: DedupSignature): string[] {
    const hits = new Map<string, number>();
    const add = (id: string, weight: number) => {
      if (id !== sig.itemId) hits.set(id, (hits.get(id) ?? 0) + weight);
    };
    if (sig.bands.length > 0) for (const id of byBands(sig.bands.length).all(...sig.bands)) add(id, 1);
    for (const link of sig.links) {
      const ids = byLink.all(link, MAX_LINK_ITEMS + 1);
      if (ids.length <= MAX_LINK_ITEMS) for (const id of ids) add(id, STRONG_HIT);
    }
    const titleKeys = sig.cues.filter((cue) => cue.startsWith('t:'));
    const titleCues = sig.cues.filter((cue) => !cue.startsWith('t:'));
    if (sig.day !== null && titleKeys.length > 0) {
      const window = [sig.day - CUE_DAYS, sig.day + CUE_DAYS, sig.language];
      for (const id of byTitleKeys(titleKeys.length).all(...titleKeys, ...window)) {
        add(id, STRONG_HIT);
      }
    }
    if (sig.day !== null && titleCues.length >= MIN_CUE_HITS) {
      const cueHits = new Map<string, number>();
      const window = [sig.day - CUE_DAYS, sig.day + CUE_DAYS, sig.language];
      for (const id of byTitleCues(titleCues.length).all(...titleCues, ...window)) {
        cueHits.set(id, (cueHits.get(id) ?? 0) + 1);
      }
      for (const [id, count] of cueHits) if (count >= MIN_CUE_HITS) add(id, count);
    }
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
  }

  const candidates = db.transaction((signatures: DedupSignature[]): DuplicateCandidates[] => {
    const cache = new Map<string, DedupSignature>();
    for (const signature of signatures) cache.set(signature.itemId, signature);
    const out: DuplicateCandidates[] = [];
    for (const signature of signatures) {
      const ids = candidateIds(signature);
      const missing = ids.filter((id) => !cache.has(id));
      if (missing.length > 0) {
        for (const row of readSignatures(missing.length).all(...missing)) {
          cache.set(row.item_id, fromRow(row));
        }
      }
      const found = ids.map((id) => cache.get(id)).filter((s): s is DedupSignature => s !== undefined);
      out.push({ signature, candidates: found });
    }
    return out;
  });

  return {
    signedVersions(itemIds: string[]): Map<string, { contentHash: string; version: number }> {
      const out = new Map<string, { contentHash: string; version: number }>();
      for (const id of itemIds) {
        const row = readVersion.get(id);
        if (row) out.set(id, { contentHash: row.content_hash, version: row.version });
      }
      return out;
    },
    save: (signatures: DedupSignature[]) => save.immediate(signatures),
    candidates: (signatures: DedupSignature[]) => candidates(signatures),
    unsigned: (version: number, limit: number): Item[] => unsignedItems.all(version, limit).map(rowToItem),
  };
}

const CANDIDATE_COLUMNS =
  "item_id, content_hash, version, minhash, '[]' AS bands, links, cues, entities, title_key, day, language, source";

const marks = (n: number) => Array(n).fill('?').join(', ');

/** A statement per list length, prepared on first use; selects are plucked (first column only) unless `rows`. */
function byCount<Row = string>(db: Db, sql: (n: number) => string, rows = false) {
  const statements = new Map<number, BetterSqlite3.Statement<unknown[]>>();
  return (n: number) => {
    let statement = statements.get(n);
    if (!statement) {
      statement = db.prepare<unknown[]>(sql(n));
      if (statement.reader && !rows) statement = statement.pluck();
      statements.set(n, statement);
    }
    return statement as BetterSqlite3.Statement<unknown[], Row>;
  };
}

function toRow(sig: DedupSignature): SignatureRow {
  return {
    item_id: sig.itemId,
    content_hash: sig.contentHash,
    version: sig.version,
    minhash: sig.minhash ? Buffer.from(sig.minhash.buffer, sig.minhash.byteOffset, sig.minhash.byteLength) : null,
    bands: JSON.stringify(sig.bands),
    links: JSON.stringify(sig.links),
    cues: JSON.stringify(sig.cues),
    entities: JSON.stringify(sig.entities),
    title_key: sig.titleKey,
    day: sig.day,
    language: sig.language,
    source: sig.source,
  };
}

function fromRow(row: SignatureRow): DedupSignature {
  return {
    itemId: row.item_id,
    contentHash: row.content_hash,
    version: row.version,
    // Copied into a fresh, aligned buffer: a Buffer from SQLite may start at any byte offset.
    minhash: row.minhash ? new Uint32Array(new Uint8Array(row.minhash).buffer) : null,
    bands: JSON.parse(row.bands) as number[],
    links: JSON.parse(row.links) as string[],
    cues: JSON.parse(row.cues) as string[],
    entities: JSON.parse(row.entities) as string[],
    titleKey: row.title_key,
    day: row.day,
    language: row.language,
    source: row.source,
  };
}
