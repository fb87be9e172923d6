/** Decides whether two signed items are copies of one another, and why. Conservative: a wrong merge is worse than a miss. */
import { estimateJaccard } from './minhash.js';
import type { ItemSignature } from './signature.js';

/** Why two items were grouped: nearly the same words, the same title, the same document link, or a translation. */
export type DuplicateKind = 'near-duplicate' | 'same-title' | 'same-link' | 'translation';

export interface DuplicateMatch {
  kind: DuplicateKind;
  /** 0–1: the estimated Jaccard similarity for near-duplicates, else the strength of the shared evidence. */
  score: number;
}

/** Estimated Jaccard similarity of 3-word shingles from which two texts count as the same story. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Two items announcing the same document may be weeks apart (a report, then its translation). */
const SAME_LINK_DAYS = 30;
/** A republished story or a translation appears within a few days of the original. */
const SAME_STORY_DAYS = 3;
const MIN_SHARED_ENTITIES = 2;
const MIN_ENTITY_JACCARD = 0.5;
const MIN_SHARED_CUES = 2;

type Signed = Pick<
  ItemSignature,
  'itemId' | 'minhash' | 'links' | 'cues' | 'entities' | 'titleKey' | 'day' | 'language'
>;

/** The reason two items are copies, or null when they are not (or not surely). */
export function matchSignatures(a: Signed, b: Signed): DuplicateMatch | null {
  if (a.itemId === b.itemId) return null;
  if (a.minhash && b.minhash) {
    const jaccard = estimateJaccard(a.minhash, b.minhash);
    if (jaccard >= NEAR_DUPLICATE_JACCARD) return { kind: 'near-duplicate', score: jaccard };
  }
  const days = dayGap(a.day, b.day);
  if (shared(a.links, b.links) > 0 && (days === null || days <= SAME_LINK_DAYS)) {
    return { kind: 'same-link', score: 1 };
  }
  if (days === null || days > SAME_STORY_DAYS) return null;
  const titleKeyCue = a.cues.find((cue) => cue.startsWith('t:'));
  if (a.language === b.language && titleKeyCue && b.cues.includes(titleKeyCue)) {
    return { kind: 'same-title', score: 1 };
  }
  if (a.language === b.language || a.language === 'und' || b.language === 'und') return null;
  const entities = shared(a.entities, b.entities);
  const entityJaccard = entities / (a.entities.length + b.entities.length - entities || 1);
  const cues = shared(
    a.cues.filter((cue) => cue.startsWith('c:')),
    b.cues.filter((cue) => cue.startsWith('c:')),
  );
  if (entities >= MIN_SHARED_ENTITIES && entityJaccard >= MIN_ENTITY_JACCARD && cues >= MIN_SHARED_CUES) {
    return { kind: 'translation', score: Math.round(entityJaccard * 100) / 100 };
  }
  return null;
}

function dayGap(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.abs(a - b);
}

function shared(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let count = 0;
  for (const value of new Set(b)) if (set.has(value)) count++;
  return count;
}
