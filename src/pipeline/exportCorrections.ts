import type { Item } from '../domain/item.js';
import { organizationRecord } from '../domain/organizations.js';
import type { Store } from '../store/types.js';

/** One corrected item in the format of the labelled development set (`eval/devset/*.jsonl`). */
export interface DevsetLine {
  id: string;
  language: string;
  title: string;
  text: string;
  url?: string;
  labels: {
    type: string;
    objectives: number[];
    principles: string[];
    countries: string[];
    organizations: string[];
  };
}

export interface ExportOptions {
  /** Renumber the ids `<language>-<n>` from this number, as the development set names its items. */
  numberFrom?: number;
}

/**
 * Every item an editor corrected, with its corrected labels, oldest correction first: lines that can grow the
 * labelled set. An organisation outside the gazetteer is written `new:<id>`, as the labelling guide asks.
 */
export async function exportCorrectedItems(store: Store, options: ExportOptions = {}): Promise<DevsetLine[]> {
  const ids = [...new Set((await store.corrections.all()).map((c) => c.itemId))];
  const lines: DevsetLine[] = [];
  for (const id of ids) {
    const item = await store.items.get(id);
    if (!item) continue;
    const number = options.numberFrom === undefined ? undefined : options.numberFrom + lines.length;
    lines.push(toDevsetLine(item, number));
  }
  return lines;
}

/** An item as a development-set line; `number` renames it `<language>-<number>`. */
export function toDevsetLine(item: Item, number?: number): DevsetLine {
  return {
    id: number === undefined ? item.id : `${item.language}-${String(number).padStart(3, '0')}`,
    language: item.language,
    title: item.title,
    text: item.text,
    ...(item.url ? { url: item.url } : {}),
    labels: {
      type: item.type,
      objectives: [...new Set(item.objectives.map((t) => t.objective))].sort((a, b) => a - b),
      principles: item.principles.map((p) => p.id),
      countries: item.countries,
      organizations: item.organizations.map((org) => (organizationRecord(org.id) ? org.id : `new:${org.id}`)),
    },
  };
}
