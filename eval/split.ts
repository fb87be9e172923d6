/**
 * Deterministic halves of the development set: "tune" (the half whose errors may be looked at while improving
 * the classifiers) and "holdout" (measured, never inspected), so improvements can be checked for overfitting.
 */
import { createHash } from 'node:crypto';

/** Which part of the set to evaluate. */
export const SPLITS = ['tune', 'holdout', 'all'] as const;
export type Split = (typeof SPLITS)[number];

export function isSplit(value: string): value is Split {
  return (SPLITS as readonly string[]).includes(value);
}

/** The half an item id belongs to: the first byte of its SHA-256 decides, so the split never depends on order. */
export function splitOf(id: string): 'tune' | 'holdout' {
  const first = createHash('sha256').update(id).digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'holdout';
}

/** The items of the chosen split ("all" keeps every item). */
export function inSplit<T extends { id: string }>(items: readonly T[], split: Split): T[] {
  return split === 'all' ? [...items] : items.filter((item) => splitOf(item.id) === split);
}
