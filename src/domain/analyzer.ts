/**
 * Text analysis shared by indexing and querying, so that both sides turn words into the same terms:
 * tokenise on Unicode letters and digits, lower-case, fold accents, then stem.
 *
 * Stemming policy: every item is indexed with the English stemmer (the hub's working language, and a
 * consistent stemmer is what matters for matching), and French and Spanish items are ALSO indexed with
 * their own stemmer in separate "native" columns. A query term is therefore stemmed with English for the
 * English columns and with French and Spanish for the native columns (see search/ftsExpression.ts).
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';

export type StemLanguage = 'en' | 'fr' | 'es';

/** Languages that get a second, native-stemmed copy in the index besides the English one. */
export const NATIVE_STEM_LANGUAGES: readonly StemLanguage[] = ['fr', 'es'];

const STEMMERS: Record<StemLanguage, (word: string) => string> = {
  en: englishStemmer,
  fr: frenchStemmer,
  es: spanishStemmer,
};

// Letters NFD does not decompose but people type both ways.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const TOKEN = /[\p{L}\p{N}]+/gu;
const MAX_TOKEN_LENGTH = 64;

/** Lower-cases and strips accents: "Côte" → "cote", "Œuvre" → "oeuvre". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøđłı]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** Folded word tokens of a text, in order ("Côte d'Ivoire" → ["cote", "d", "ivoire"]). */
export function foldTokens(text: string): string[] {
  return (
    foldText(text)
      .match(TOKEN)
      ?.map((t) => t.slice(0, MAX_TOKEN_LENGTH)) ?? []
  );
}

/** The stemmer used for an item's native copy: its own for fr/es, English otherwise. */
export function stemLanguage(language: string): StemLanguage {
  return language === 'fr' || language === 'es' ? language : 'en';
}

// Vocabularies are small compared with the number of words stemmed, so a cache pays off when indexing.
const caches: Record<StemLanguage, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };
const MAX_CACHE = 100_000;

/** Stem of one folded token. Numbers and one-letter tokens are kept as they are. */
export function stemToken(token: string, language: StemLanguage): string {
  if (token.length < 3 || /^\p{N}+$/u.test(token)) return token;
  const cache = caches[language];
  let stem = cache.get(token);
  if (stem === undefined) {
    stem = STEMMERS[language](token) || token;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(token, stem);
  }
  return stem;
}

/** Folded, stemmed terms of a text joined by spaces: what the full-text index stores (English stems unless fr/es). */
export function analyze(text: string, language = 'en'): string {
  const stem = stemLanguage(language);
  return foldTokens(text)
    .map((t) => stemToken(t, stem))
    .join(' ');
}
