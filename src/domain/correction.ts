/** An editor's correction of one tag of an item; stored apart from the item, re-applied after every (re-)tagging. */
export const CORRECTABLE_FIELDS = [
  'type',
  'objectives',
  'principles',
  'countries',
  'regions',
  'organizations',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface Correction {
  id?: number;
  itemId: string;
  field: CorrectableField;
  /** add/remove a value of a multi-valued field; set the type. */
  action: 'add' | 'remove' | 'set';
  /** "10" for objective 10, "COL", "iom", "human-rights", "publication". */
  value: string;
  editor: string;
  note?: string;
  /** ISO 8601 with offset. */
  createdAt: string;
}
