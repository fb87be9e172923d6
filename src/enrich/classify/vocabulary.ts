/** Loads and validates the GCM vocabularies (objectives and guiding principles) shipped as data files. */
import { z } from 'zod';
import objectivesJson from '../../domain/data/gcm/objectives.json' with { type: 'json' };
import principlesJson from '../../domain/data/gcm/principles.json' with { type: 'json' };
import { GCM_OBJECTIVES, GCM_PRINCIPLES } from '../../domain/gcm.js';
import type { VocabularyEntry } from './termMatcher.js';

/** Languages the vocabularies are written in; "any" holds language-neutral acronyms and names. */
export const VOCABULARY_LANGUAGES = ['en', 'fr', 'es'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

const termMap = z.record(z.string().min(2), z.number().min(-3).max(3));
const byLanguage = {
  en: termMap,
  fr: termMap,
  es: termMap,
  any: termMap.optional(),
};
const objectivesSchema = z.object({
  objectives: z.array(z.object({ objective: z.number().int().min(1).max(23), ...byLanguage })).length(23),
});
const principleIds = GCM_PRINCIPLES.map((p) => p.id) as [string, ...string[]];
const principlesSchema = z.object({
  principles: z.array(z.object({ id: z.enum(principleIds), ...byLanguage })).length(GCM_PRINCIPLES.length),
});

type LanguageTerms = z.infer<z.ZodObject<typeof byLanguage>>;

/** Vocabulary entries per language, each list already including the language-neutral ("any") terms. */
export type VocabularyByLanguage = Record<VocabularyLanguage, VocabularyEntry[]>;

function flatten(groups: ReadonlyArray<{ target: string; terms: LanguageTerms }>): VocabularyByLanguage {
  const result: VocabularyByLanguage = { en: [], fr: [], es: [] };
  for (const { target, terms } of groups) {
    for (const language of VOCABULARY_LANGUAGES) {
      const list = result[language];
      for (const [term, weight] of Object.entries({ ...terms.any, ...terms[language] })) {
        list.push({ target, term, weight });
      }
    }
  }
  return result;
}

/** Objective vocabulary; targets are objective numbers as strings ("1"…"23"). Throws if the data file is malformed. */
export function loadObjectiveVocabulary(data: unknown = objectivesJson): VocabularyByLanguage {
  const parsed = objectivesSchema.parse(data);
  const numbers = new Set(parsed.objectives.map((o) => o.objective));
  if (numbers.size !== GCM_OBJECTIVES.length) throw new Error('objectives.json must list each objective 1–23 once');
  return flatten(parsed.objectives.map((o) => ({ target: String(o.objective), terms: o })));
}

/** Guiding-principle vocabulary; targets are principle ids from GCM_PRINCIPLES. */
export function loadPrincipleVocabulary(data: unknown = principlesJson): VocabularyByLanguage {
  const parsed = principlesSchema.parse(data);
  if (new Set(parsed.principles.map((p) => p.id)).size !== GCM_PRINCIPLES.length) {
    throw new Error('principles.json must list each guiding principle once');
  }
  return flatten(parsed.principles.map((p) => ({ target: p.id, terms: p })));
}
