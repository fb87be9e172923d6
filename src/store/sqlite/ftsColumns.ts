/** The full-text columns of an item, computable ahead of time (in a parse worker) and handed to the item writer. */
import { foldTokens, NATIVE_STEM_LANGUAGES, type StemLanguage, stemToken } from '../../domain/analyzer.js';
import type { Item } from '../../domain/item.js';

/** items_fts values: title and body stemmed in English, then in the item's own language ('' when none). */
export type FtsColumns = [title: string, body: string, titleNative: string, bodyNative: string];

type FtsFields = Pick<Item, 'title' | 'summary' | 'text' | 'language'>;

// Keyed by the item object itself: a corrected or otherwise rebuilt item is a new object and is computed afresh.
const precomputed = new WeakMap<object, FtsColumns>();

/** Computes the full-text columns of an item (pure). */
export function ftsColumns(item: FtsFields): FtsColumns {
  const native: StemLanguage | null = NATIVE_STEM_LANGUAGES.find((l) => l === item.language) ?? null;
  const titleTokens = foldTokens(item.title);
  const bodyTokens = foldTokens(`${item.summary}\n${item.text}`);
  return [
    stems(titleTokens, 'en'),
    stems(bodyTokens, 'en'),
    native ? stems(titleTokens, native) : '',
    native ? stems(bodyTokens, native) : '',
  ];
}

/** Remembers columns computed elsewhere (a parse worker) for this very item object. */
export function rememberFtsColumns(item: object, columns: FtsColumns): void {
  precomputed.set(item, columns);
}

/** The remembered columns of this item object, or computes them. */
export function ftsColumnsOf(item: FtsFields): FtsColumns {
  return precomputed.get(item) ?? ftsColumns(item);
}

function stems(tokens: string[], language: StemLanguage): string {
  return tokens.map((t) => stemToken(t, language)).join(' ');
}
