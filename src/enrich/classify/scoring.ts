/** The scoring formula shared by objectives and guiding principles: weighted terms → a 0–1 score. */
import { fold } from './normalizeText.js';
import { compileMatcher, type PhraseHit, scanText, type TermMatcher } from './termMatcher.js';
import { VOCABULARY_LANGUAGES, type VocabularyByLanguage } from './vocabulary.js';

/** A title occurrence counts this many times the term's weight (titles are short and deliberate). */
export const TITLE_BONUS = 2;
/** Scale k of score = 1 − exp(−raw / k): a single weight-3 term in a short text scores 0.53. */
export const SCORE_SCALE = 4;
/** Body texts longer than this many words have their term sum divided by sqrt(words / REFERENCE_WORDS). */
export const REFERENCE_WORDS = 250;
/** At most this many matched terms are kept as evidence per tag. */
export const MAX_EVIDENCE = 5;

/** Raw evidence for one target (objective number or principle id) before thresholding. */
export interface TargetScore {
  target: string;
  /** Sum of term contributions after length normalisation; never negative. */
  raw: number;
  /** Matched terms as written in the text, strongest contribution first, positive ones only. */
  terms: string[];
  /** How many different vocabulary terms (positive weight) matched, in title and body together. */
  distinct: number;
  /** The highest vocabulary weight among the matched terms (before title bonus and repeats). */
  strongest: number;
}

/** One compiled matcher per vocabulary language plus one over all languages for undetermined text. */
export type MatcherSet = Record<'en' | 'fr' | 'es' | 'all', TermMatcher>;

export function compileMatcherSet(vocabulary: VocabularyByLanguage): MatcherSet {
  return {
    en: compileMatcher(vocabulary.en),
    fr: compileMatcher(vocabulary.fr),
    es: compileMatcher(vocabulary.es),
    all: compileMatcher([...vocabulary.en, ...vocabulary.fr, ...vocabulary.es]),
  };
}

/** The matcher for an ISO 639-1 code ("fr", "es-MX"…); other or unknown languages use every vocabulary. */
export function matcherFor(set: MatcherSet, language: string | undefined): TermMatcher {
  const code = (language ?? '').slice(0, 2).toLowerCase();
  return (VOCABULARY_LANGUAGES as readonly string[]).includes(code) ? set[code as 'en' | 'fr' | 'es'] : set.all;
}

/** Maps a raw sum to 0–1 with diminishing returns, rounded to three decimals. */
export function toScore(raw: number): number {
  return Math.round((1 - Math.exp(-Math.max(0, raw) / SCORE_SCALE)) * 1000) / 1000;
}

interface Accumulator {
  raw: number;
  terms: Array<{ surface: string; contribution: number }>;
  phrases: Set<string>;
  strongest: number;
}

function add(acc: Map<string, Accumulator>, hit: PhraseHit, contribution: number, surface: string): void {
  let entry = acc.get(hit.target);
  if (!entry) {
    entry = { raw: 0, terms: [], phrases: new Set(), strongest: 0 };
    acc.set(hit.target, entry);
  }
  entry.raw += contribution;
  if (hit.weight > 0) {
    entry.phrases.add(hit.term);
    entry.strongest = Math.max(entry.strongest, hit.weight);
  }
  const existing = entry.terms.find((t) => fold(t.surface) === fold(surface));
  if (existing) existing.contribution += contribution;
  else entry.terms.push({ surface, contribution });
}

/**
 * Scores every target the title and text mention. A body term contributes weight × (1 + ln count),
 * so repeats help less and less; the body sum is divided by sqrt(words / REFERENCE_WORDS) for long texts
 * so a long newsletter does not collect every objective; a title term adds weight × TITLE_BONUS.
 */
export function scoreTargets(matcher: TermMatcher, title: string, text: string): TargetScore[] {
  const titleScan = scanText(matcher, title);
  const bodyScan = scanText(matcher, text);
  const lengthFactor = Math.max(1, Math.sqrt(bodyScan.words / REFERENCE_WORDS));
  const acc = new Map<string, Accumulator>();
  for (const hit of titleScan.hits.values()) add(acc, hit, hit.weight * TITLE_BONUS, hit.surface);
  for (const [id, hit] of bodyScan.hits) {
    const surface = titleScan.hits.get(id)?.surface ?? hit.surface;
    add(acc, hit, (hit.weight * (1 + Math.log(hit.count))) / lengthFactor, surface);
  }
  const scores: TargetScore[] = [];
  for (const [target, { raw, terms, phrases, strongest }] of acc) {
    if (raw <= 0) continue;
    const positive = terms.filter((t) => t.contribution > 0).sort((a, b) => b.contribution - a.contribution);
    scores.push({
      target,
      raw,
      terms: positive.slice(0, MAX_EVIDENCE).map((t) => t.surface),
      distinct: phrases.size,
      strongest,
    });
  }
  return scores;
}
