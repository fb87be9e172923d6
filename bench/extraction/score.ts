/** Token-level precision, recall and F1 of an extracted text against the expected text (bag of words). */

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased words and numbers; punctuation and layout do not count. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Scores `extracted` against `expected`, counting each token as often as it occurs in both. */
export function scoreText(extracted: string, expected: string): Score {
  const want = new Map<string, number>();
  const expectedTokens = tokens(expected);
  for (const token of expectedTokens) want.set(token, (want.get(token) ?? 0) + 1);
  const got = tokens(extracted);
  let overlap = 0;
  for (const token of got) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  const precision = got.length === 0 ? 0 : overlap / got.length;
  const recall = expectedTokens.length === 0 ? 1 : overlap / expectedTokens.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
