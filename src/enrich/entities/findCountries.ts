/** Finds the countries a text names: official and alternative names, adjectives and cities in en/fr/es. */
import { allCountries, countryRecognitionLists, countryRegion } from '../../domain/countries.js';
import { REGIONS } from '../../domain/regions.js';
import { countryGuard } from './countryGuards.js';
import { type CaseRule, maskUrls, type Phrase, PhraseMatcher } from './phraseMatcher.js';

export interface CountryMatch {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** The surface forms that named it, in order of first appearance. */
  evidence: string[];
}

/** Acronym-like forms ("US", "UAE", "DRC", "U.S.") must match case exactly; "us" is a pronoun. */
function nameCase(form: string): CaseRule {
  return /^[\p{Lu}.\s]+$/u.test(form) ? 'exact' : 'capitalised';
}

/** French and Spanish adjectives are written in lower case; English ones are capitalised. */
function adjectiveCase(form: string): CaseRule {
  return /^\p{Lu}/u.test(form) ? nameCase(form) : 'any';
}

function phrases(): Array<Phrase<string>> {
  const list: Array<Phrase<string>> = [];
  for (const country of allCountries()) {
    for (const form of country.aliases) list.push({ text: form, value: country.code, caseRule: nameCase(form) });
    for (const form of country.cities) list.push({ text: form, value: country.code, caseRule: nameCase(form) });
    for (const form of country.adjectives)
      list.push({ text: form, value: country.code, caseRule: adjectiveCase(form) });
  }
  for (const form of countryRecognitionLists().blockers) list.push({ text: form, value: null, caseRule: 'any' });
  return list;
}

const MATCHER = new PhraseMatcher(phrases());
const lists = countryRecognitionLists();
const GUARD = countryGuard(
  lists.personNames,
  lists.languageWords,
  allCountries().flatMap((country) => country.adjectives),
);

/** Countries named in the text, in order of first mention, each with the forms that named it. */
export function findCountries(text: string): CountryMatch[] {
  const found = new Map<string, string[]>();
  for (const hit of MATCHER.match(maskUrls(text), GUARD)) {
    const evidence = found.get(hit.value) ?? [];
    if (!evidence.includes(hit.surface)) evidence.push(hit.surface);
    found.set(hit.value, evidence);
  }
  return [...found].map(([code, evidence]) => ({ code, evidence }));
}

/** Unique Hub region ids of the given alpha-3 codes, in the Hub's region order. */
export function regionsOf(codes: string[]): string[] {
  const present = new Set(codes.map((c) => countryRegion(c)).filter((r) => r !== undefined));
  return REGIONS.map((r) => r.id).filter((id) => present.has(id));
}
