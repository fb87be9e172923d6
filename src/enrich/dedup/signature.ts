/** What duplicate detection keeps per item, computed once when the item is stored. */
import { foldTokens } from '../../domain/analyzer.js';
import type { Item } from '../../domain/item.js';
import { dayNumber, entityKeys, strongLinks, titleCues, titleKey } from './features.js';
import { bandKeys, minhash, shingleHashes } from './minhash.js';

/** Bumped whenever the signature changes meaning; stored signatures of another version are recomputed. */
export const SIGNATURE_VERSION = 1;
/** Texts shorter than this many words get no MinHash: two short teasers share too much by chance. */
export const MIN_TOKENS = 12;
/** Words read per item: the start of a long text is enough to recognise a copy, and keeps signing fast. */
export const MAX_TOKENS = 3000;
/** Title cues indexed per item: the numbers and names of a title are rarely more. */
export const MAX_TITLE_CUES = 8;
/** Titles need this many words before an identical title is taken as the same story. */
export const MIN_TITLE_KEY_WORDS = 5;

/** The signature of one item: the same shape as the store's DedupSignature. */
export interface ItemSignature {
  itemId: string;
  contentHash: string;
  version: number;
  minhash: Uint32Array | null;
  bands: number[];
  links: string[];
  /** Title cues ("c:niger", "c:2023") and, for long enough titles, the title key ("t:…"). */
  cues: string[];
  entities: string[];
  titleKey: string;
  day: number | null;
  language: string;
  source: string | null;
}

export type SignedFields = Pick<
  Item,
  | 'id'
  | 'title'
  | 'summary'
  | 'text'
  | 'html'
  | 'url'
  | 'published'
  | 'language'
  | 'countries'
  | 'organizations'
  | 'sourceOrganization'
  | 'contentHash'
>;

/** Computes an item's signature: MinHash and bands of its words, title key and cues, strong links, entities, day. */
export function itemSignature(item: SignedFields): ItemSignature {
  const body = item.text.trim() ? item.text : item.summary;
  const tokens = foldTokens(`${item.title}\n${body}`).slice(0, MAX_TOKENS);
  const signature = tokens.length >= MIN_TOKENS ? minhash(shingleHashes(tokens)) : null;
  const key = titleKey(item.title);
  const entities = entityKeys(item);
  // Title cues serve only the translation rule, which needs two shared entities and a known language.
  const translatable = entities.length >= 2 && item.language !== 'und';
  const cues = translatable
    ? titleCues(item.title)
        .slice(0, MAX_TITLE_CUES)
        .map((cue) => `c:${cue}`)
    : [];
  if (key.split(' ').length >= MIN_TITLE_KEY_WORDS) cues.push(`t:${key}`);
  return {
    itemId: item.id,
    contentHash: item.contentHash,
    version: SIGNATURE_VERSION,
    minhash: signature,
    bands: signature ? bandKeys(signature) : [],
    links: strongLinks(item),
    cues,
    entities,
    titleKey: key,
    day: dayNumber(item.published),
    language: item.language,
    source: item.sourceOrganization,
  };
}
