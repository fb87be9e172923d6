/** Result type shared by every text-dump parser. */

import type { ParsedItem } from '../../domain/item.js';

export type TextFormat = 'text-listing' | 'text-feed' | 'text-page' | 'text-newsletter';

export interface TextParseResult {
  format: TextFormat;
  items: ParsedItem[];
  /** Things a person may want to know about the document (nothing found, an item without a date…). */
  warnings: string[];
}

/** A parsed item before its provenance is set; the caller numbers items in document order. */
export type ItemDraft = Omit<ParsedItem, 'provenance'>;

/** Stamps provenance on drafts in document order; undefined fields are dropped so results compare cleanly. */
export function finishItems(drafts: readonly ItemDraft[], source: string, format: TextFormat): ParsedItem[] {
  return drafts.map((draft, position) => {
    const item: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(draft)) if (value !== undefined) item[key] = value;
    return { ...(item as ItemDraft), provenance: { source, format, position } };
  });
}
