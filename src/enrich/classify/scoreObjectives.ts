/** Tags a text with the GCM objectives it is about, each with a 0–1 score and the evidence. */
import type { ContextHint, Evidence, ObjectiveTag } from '../../domain/item.js';
import { compileMatcherSet, matcherFor, scoreTargets, toScore } from './scoring.js';
import { loadObjectiveVocabulary } from './vocabulary.js';

export { type PrincipleTag, scorePrinciples } from './scorePrinciples.js';

/**
 * Minimum score for a tag, calibrated: the micro-F1-maximising value on the tune half of the devset
 * (`npx tsx eval/calibrate.ts`, docs/gcm-model.md). 0.6 needs a raw sum of about 3.7: two clear terms, a decisive
 * phrase with support, in the title or said twice, or several supporting words together.
 */
export const OBJECTIVE_THRESHOLD = 0.6;
/** A term of at least this vocabulary weight may tag on its own; weaker terms need a second, different term. */
export const DECISIVE_WEIGHT = 3;
/** At most this many objectives are tagged from wording (context hints come on top). */
export const MAX_OBJECTIVES = 5;
/** Raw weight a context hint adds: enough for a score above 0.9 on its own. */
export const CONTEXT_WEIGHT = 10;

/** Input of scoreObjectives: the item's title and plain text, its language, and structural hints. */
export interface ObjectiveInput {
  title: string;
  text: string;
  /** ISO 639-1 code or "und". */
  language: string;
  context?: ContextHint[];
}

const matchers = compileMatcherSet(loadObjectiveVocabulary());

/** An objective's score before thresholding, with what the support rule needs. */
export interface ObjectiveCandidate {
  tag: ObjectiveTag;
  fromContext: boolean;
  /** Different vocabulary terms that matched. */
  distinct: number;
  /** Highest vocabulary weight among them. */
  strongest: number;
}

/**
 * A tag from wording needs support: two different terms, or one decisive term (weight ≥ DECISIVE_WEIGHT). A single
 * supporting word ("border", "school", "passport"), however often repeated or placed in the title, does not tag.
 */
export function isSupported(c: Pick<ObjectiveCandidate, 'distinct' | 'strongest' | 'fromContext'>): boolean {
  return c.fromContext || c.distinct >= 2 || c.strongest >= DECISIVE_WEIGHT;
}

/** Scores the 23 objectives; returns the supported tags at or above OBJECTIVE_THRESHOLD, best first. */
export function scoreObjectives(input: ObjectiveInput): ObjectiveTag[] {
  const candidates = objectiveCandidates(input);
  const fromContext = candidates.filter((c) => c.fromContext).map((c) => c.tag);
  const fromWording = candidates
    .filter((c) => !c.fromContext && c.tag.score >= OBJECTIVE_THRESHOLD && isSupported(c))
    .slice(0, Math.max(0, MAX_OBJECTIVES - fromContext.length))
    .map((c) => c.tag);
  return [...fromContext, ...fromWording].sort((a, b) => b.score - a.score || a.objective - b.objective);
}

/** Every objective the text or the context mentions, with its score, best first; no threshold applied. */
export function objectiveCandidates(input: ObjectiveInput): ObjectiveCandidate[] {
  const found = scoreTargets(matcherFor(matchers, input.language), input.title, input.text);
  const byObjective = new Map<
    number,
    { raw: number; evidence: Evidence[]; fromContext: boolean; distinct: number; strongest: number }
  >();
  for (const hint of input.context ?? []) {
    if (hint.kind !== 'objective' || hint.objective < 1 || hint.objective > 23) continue;
    const entry = byObjective.get(hint.objective) ?? {
      raw: 0,
      evidence: [],
      fromContext: true,
      distinct: 0,
      strongest: 0,
    };
    // Several hints for the same objective are one fact seen twice: count the weight once.
    if (entry.raw === 0) entry.raw = CONTEXT_WEIGHT;
    if (!entry.evidence.some((e) => e.text === hint.evidence))
      entry.evidence.push({ kind: 'context', text: hint.evidence });
    byObjective.set(hint.objective, entry);
  }
  for (const { target, raw, terms, distinct, strongest } of found) {
    const objective = Number(target);
    const entry = byObjective.get(objective) ?? { raw: 0, evidence: [], fromContext: false, distinct: 0, strongest: 0 };
    entry.raw += raw;
    entry.distinct = distinct;
    entry.strongest = strongest;
    entry.evidence.push(...terms.map((text): Evidence => ({ kind: 'term', text })));
    byObjective.set(objective, entry);
  }
  const candidates = [...byObjective].map(
    ([objective, e]): ObjectiveCandidate => ({
      tag: { objective, score: toScore(e.raw), evidence: e.evidence },
      fromContext: e.fromContext,
      distinct: e.distinct,
      strongest: e.strongest,
    }),
  );
  return candidates.sort((a, b) => b.tag.score - a.tag.score || a.tag.objective - b.tag.objective);
}

/** One sentence a person can check: "tagged Objective 10 because: trafficking in persons, victims". */
export function explainObjective(tag: ObjectiveTag): string {
  const reasons = tag.evidence.map((e) => e.text);
  return reasons.length > 0
    ? `tagged Objective ${tag.objective} because: ${reasons.join(', ')}`
    : `tagged Objective ${tag.objective} (no evidence recorded)`;
}
