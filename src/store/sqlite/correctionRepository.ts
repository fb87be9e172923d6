import type BetterSqlite3 from 'better-sqlite3';
import type { CorrectableField, Correction } from '../../domain/correction.js';
import type { CorrectionRepository, NewCorrection } from '../entityTypes.js';

interface CorrectionRow {
  id: number;
  item_id: string;
  field: string;
  action: string;
  value: string;
  editor: string;
  note: string | null;
  created_at: string;
}

/** Editors' corrections on the SQLite connection; applying them to items is the pipeline's job. */
export function createSqliteCorrectionRepository(db: BetterSqlite3.Database): CorrectionRepository {
  let statements: ReturnType<typeof prepare> | null = null;
  // Prepared lazily: the statements need the tables that migrate() creates.
  const s = () => {
    statements ??= prepare(db);
    return statements;
  };
  return {
    async add(correction: NewCorrection) {
      const { lastInsertRowid } = s().insert.run({
        item_id: correction.itemId,
        field: correction.field,
        action: correction.action,
        value: correction.value,
        editor: correction.editor,
        note: correction.note ?? null,
        created_at: correction.createdAt,
      });
      return rowToCorrection(s().get.get(Number(lastInsertRowid)) as CorrectionRow);
    },
    list: async (itemId) => s().list.all(itemId).map(rowToCorrection),
    all: async () => s().all.all().map(rowToCorrection),
    async forItems(itemIds) {
      const byItem = new Map<string, Correction[]>();
      if (itemIds.length === 0) return byItem;
      // Cheap even for a large batch: corrections are few, and one query with a JSON list replaces one per item.
      for (const row of s().forItems.all(JSON.stringify(itemIds))) {
        const list = byItem.get(row.item_id) ?? [];
        list.push(rowToCorrection(row));
        byItem.set(row.item_id, list);
      }
      return byItem;
    },
  };
}

function prepare(db: BetterSqlite3.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO corrections (item_id, field, action, value, editor, note, created_at)
       VALUES (@item_id, @field, @action, @value, @editor, @note, @created_at)`,
    ),
    get: db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE id = ?'),
    list: db.prepare<[string], CorrectionRow>('SELECT * FROM corrections WHERE item_id = ? ORDER BY id'),
    all: db.prepare<[], CorrectionRow>('SELECT * FROM corrections ORDER BY id'),
    forItems: db.prepare<[string], CorrectionRow>(
      'SELECT * FROM corrections WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id',
    ),
  };
}

function rowToCorrection(row: CorrectionRow): Correction {
  const correction: Correction = {
    id: row.id,
    itemId: row.item_id,
    field: row.field as CorrectableField,
    action: row.action as Correction['action'],
    value: row.value,
    editor: row.editor,
    createdAt: row.created_at,
  };
  if (row.note) correction.note = row.note;
  return correction;
}
