import { type CountryLocale, countryName, countryRegion, isCountryCode } from '../domain/countries.js';
import { GCM_PRINCIPLES, objectiveByNumber } from '../domain/gcm.js';
import { regionLabel } from '../domain/regions.js';

/** Display labels for facet values and tags, shared by pages, API facets and feed categories. */

/** "11 · Manage borders". */
export function objectiveLabel(n: number): string {
  const objective = objectiveByNumber(n);
  return objective ? `${n} · ${objective.label}` : String(n);
}

/** A guiding principle's display name ("Human rights"), from its id. */
export function principleLabel(id: string): string {
  return GCM_PRINCIPLES.find((p) => p.id === id)?.label ?? id;
}

/** Country name in the reader's language, falling back to the code. */
export function countryLabel(code: string, locale: string): string {
  const known: CountryLocale = locale === 'fr' || locale === 'es' ? locale : 'en';
  return countryName(code, known);
}

export { isCountryCode, regionLabel };

/** The region id a country belongs to, if the gazetteer knows it. */
export function countryRegionOf(code: string): string | undefined {
  return countryRegion(code);
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** Language name in the reader's language ("French", "français"); "und" and unknown codes stay readable. */
export function languageLabel(code: string, locale: string): string {
  if (code === 'und') return '—';
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A provenance source safe to publish: URLs as they are, file paths reduced to the file name. */
export function publicSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  return source.split(/[\\/]/).filter(Boolean).pop() ?? source;
}
