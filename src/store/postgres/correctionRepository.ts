import { type Kysely, sql } from 'kysely';
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

/** Editors' corrections; applying them to items is the pipeline's job. */
export function createPostgresCorrectionRepository(db: Kysely<unknown>): CorrectionRepository {
  return {
    async add(correction: NewCorrection) {
      const { rows } = await sql<CorrectionRow>`
        INSERT INTO corrections (item_id, field, action, value, editor, note, created_at)
        VALUES (${correction.itemId}, ${correction.field}, ${correction.action}, ${correction.value},
          ${correction.editor}, ${correction.note ?? null}, ${correction.createdAt})
        RETURNING *`.execute(db);
      return rowToCorrection(rows[0] as CorrectionRow);
    },
    async list(itemId) {
      const { rows } =
        await sql<CorrectionRow>`SELECT * FROM corrections WHERE item_id = ${itemId} ORDER BY id`.execute(db);
      return rows.map(rowToCorrection);
    },
    async all() {
      const { rows } = await sql<CorrectionRow>`SELECT * FROM corrections ORDER BY id`.execute(db);
      return rows.map(rowToCorrection);
    },
    async forItems(itemIds) {
      const byItem = new Map<string, Correction[]>();
      if (itemIds.length === 0) return byItem;
      const { rows } = await sql<CorrectionRow>`
        SELECT * FROM corrections WHERE item_id = ANY(${[...itemIds]}::text[]) ORDER BY id`.execute(db);
      for (const row of rows) {
        const list = byItem.get(row.item_id) ?? [];
        list.push(rowToCorrection(row));
        byItem.set(row.item_id, list);
      }
      return byItem;
    },
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
