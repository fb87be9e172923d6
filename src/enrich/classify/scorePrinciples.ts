/** Tags a text with the GCM guiding principles (cross-cutting themes) it reflects. */
import type { Evidence } from '../../domain/item.js';
import { compileMatcherSet, matcherFor, scoreTargets, toScore } from './scoring.js';
import { loadPrincipleVocabulary } from './vocabulary.js';

/** Minimum score for a principle tag; same meaning as OBJECTIVE_THRESHOLD. */
export const PRINCIPLE_THRESHOLD = 0.4;
/** At most this many principles are tagged per item. */
export const MAX_PRINCIPLES = 4;

/** A guiding principle (id from GCM_PRINCIPLES) with its score and the matched terms. */
export interface PrincipleTag {
  id: string;
  score: number;
  evidence: Evidence[];
}

const matchers = compileMatcherSet(loadPrincipleVocabulary());

type PrincipleInput = { title: string; text: string; language: string };

/** Scores the ten guiding principles; returns those above PRINCIPLE_THRESHOLD, best first. */
export function scorePrinciples(input: PrincipleInput): PrincipleTag[] {
  return scorePrinciplesRanked(input)
    .filter((tag) => tag.score >= PRINCIPLE_THRESHOLD)
    .slice(0, MAX_PRINCIPLES);
}

/** Every principle the text mentions, best first; no threshold. */
export function scorePrinciplesRanked(input: PrincipleInput): PrincipleTag[] {
  return scoreTargets(matcherFor(matchers, input.language), input.title, input.text)
    .map(({ target, raw, terms }) => ({
      id: target,
      score: toScore(raw),
      evidence: terms.map((text): Evidence => ({ kind: 'term', text })),
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
