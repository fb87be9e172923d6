/** Who publishes a dump, as far as its structure shows: a host name or the acronym the page is about. */

/** The host of an http(s) URL ("https://www.example.org/x" → "www.example.org"); undefined for anything else. */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

const ACRONYM = /(\(?)\b(\p{Lu}[\p{Lu}\d&]{2,9})\b(\)?)/gu;
// Words that are written in capitals without naming an organisation.
const NOT_ORGANISATIONS = new Set([
  'COVID',
  'PDF',
  'HTML',
  'FAQ',
  'NGO',
  'NGOS',
  'CEO',
  'USD',
  'EUR',
  'GDP',
  'SDG',
  'SDGS',
]);

/**
 * The acronym a text is about: the most frequent one used bare, not introduced in parentheses after a full name
 * ("the International Labour Organization (ILO)" names a partner; "ICMC works…" names the author). Ties go to
 * the first seen. Undefined when the text has none.
 */
export function mainAcronym(text: string): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const m of text.matchAll(ACRONYM)) {
    const word = m[2]!;
    if (m[1] === '(' && m[3] === ')') continue;
    if (NOT_ORGANISATIONS.has(word) || /^\d/.test(word) || word.length > 8) continue;
    const count = (counts.get(word) ?? 0) + 1;
    counts.set(word, count);
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}
