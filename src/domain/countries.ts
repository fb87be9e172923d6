/** Country gazetteer: ISO 3166-1 codes, names in en/fr/es, Hub region and UN M49 sub-region, recognition terms. */
import data from './data/countries.json' with { type: 'json' };
import { REGIONS, type RegionId } from './regions.js';

export type CountryLocale = 'en' | 'fr' | 'es';

export interface Country {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo, which has no official code). */
  code: string;
  alpha2: string;
  /** Hub region; absent only for Antarctica. */
  region?: RegionId;
  /** UN M49 sub-region, e.g. "Northern Africa", "Latin America and the Caribbean". */
  subregion?: string;
  /** UN M49 intermediate region where there is one, e.g. "Western Africa", "South America". */
  intermediateRegion?: string;
  names: Record<CountryLocale, string>;
  /** Every recognisable name form in en/fr/es, display names included. */
  aliases: string[];
  /** Adjectives and demonyms with their inflections ("Moroccan", "marocaines", "marroquíes"). */
  adjectives: string[];
  /** Capital first, then cities often named in migration texts. */
  cities: string[];
}

/** Context lists used by the recogniser to avoid classic false positives. */
export interface CountryRecognitionLists {
  blockers: string[];
  personNames: string[];
  languageWords: string[];
}

const REGION_IDS = new Set<string>(REGIONS.map((r) => r.id));

function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && REGION_IDS.has(value);
}

const COUNTRIES: readonly Country[] = data.countries.map((c) => ({
  ...c,
  region: isRegionId(c.region) ? c.region : undefined,
}));
const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const BY_ALPHA2 = new Map(COUNTRIES.map((c) => [c.alpha2, c]));

export function allCountries(): readonly Country[] {
  return COUNTRIES;
}

/** The country of an alpha-3 code (any case), or undefined. */
export function countryByCode(code3: string): Country | undefined {
  return BY_CODE.get(code3.toUpperCase());
}

/** The country of an alpha-2 code (any case), or undefined. */
export function countryByAlpha2(code2: string): Country | undefined {
  return BY_ALPHA2.get(code2.toUpperCase());
}

export function isCountryCode(code3: string): boolean {
  return BY_CODE.has(code3.toUpperCase());
}

/** Display name in the given locale; the code itself when unknown. */
export function countryName(code3: string, locale: CountryLocale = 'en'): string {
  return countryByCode(code3)?.names[locale] ?? code3;
}

/** Hub region id (africa, americas, asia, europe, oceania). */
export function countryRegion(code3: string): RegionId | undefined {
  return countryByCode(code3)?.region;
}

/** UN M49 sub-region name. */
export function countrySubregion(code3: string): string | undefined {
  return countryByCode(code3)?.subregion;
}

export function countryRecognitionLists(): CountryRecognitionLists {
  return { blockers: data.blockers, personNames: data.personNames, languageWords: data.languageWords };
}
