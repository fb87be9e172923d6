/**
 * Writes src/domain/data/countries.json: official names (en/fr/es) from i18n-iso-countries, UN M49 geography, and
 * the hand-written recognition terms of terms.ts. Run: npx tsx scripts/countries/build.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { inflect } from './inflect.js';
import { geographyOf } from './m49.js';
import { BLOCKERS, LANGUAGE_WORDS, PERSON_NAMES, TERMS } from './terms.js';

const LOCALES = ['en', 'fr', 'es'] as const;
type Locale = (typeof LOCALES)[number];

// Display names where the library's first name is a long or inverted official form.
const DISPLAY: Record<string, Partial<Record<Locale, string>>> = {
  CN: { en: 'China' },
  GM: { en: 'Gambia' },
  MK: { en: 'North Macedonia' },
  TW: { en: 'Taiwan' },
  US: { en: 'United States' },
  CI: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire" },
  FM: { en: 'Micronesia (Federated States of)' },
  MD: { en: 'Republic of Moldova' },
  VA: { en: 'Holy See' },
  VG: { en: 'British Virgin Islands', fr: 'Îles Vierges britanniques' },
  VI: { en: 'United States Virgin Islands', fr: 'Îles Vierges des États-Unis' },
  FK: { en: 'Falkland Islands (Malvinas)' },
  CD: { es: 'República Democrática del Congo' },
  CG: { es: 'República del Congo' },
  CF: { fr: 'République centrafricaine' },
  CZ: { fr: 'République tchèque' },
  DO: { fr: 'République dominicaine' },
  SA: { fr: 'Arabie saoudite' },
  AE: { fr: 'Émirats arabes unis' },
  SH: { es: 'Santa Elena, Ascensión y Tristán de Acuña' },
};

// Kosovo has no official ISO code; XKX is the alpha-3 code the EU and UN agencies use.
const ALPHA3_OVERRIDE: Record<string, string> = { XK: 'XKX' };

// A few surface forms belong to two entries (or to none); the first matching rule decides.
const OWNER: Record<string, string | null> = {
  congo: 'CD',
  granada: null,
  guadalupe: null,
  'samoa americana': 'AS',
};

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function recognitionForms(names: string[]): string[] {
  // Inverted ("Korea, Republic of") and annotated ("Congo (…)") library names are not how texts write them.
  return names.filter((n) => !n.includes(',') && !n.includes('(')).map((n) => n.trim());
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = fold(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface CountryRecord {
  code: string;
  alpha2: string;
  region?: string;
  subregion?: string;
  intermediateRegion?: string;
  names: Record<Locale, string>;
  aliases: string[];
  adjectives: string[];
  cities: string[];
}

function build(): CountryRecord[] {
  const records: CountryRecord[] = [];
  const owners = new Map<string, string[]>();
  for (const alpha2 of Object.keys(countries.getAlpha2Codes()).sort()) {
    const code = ALPHA3_OVERRIDE[alpha2] ?? countries.alpha2ToAlpha3(alpha2);
    if (!code) throw new Error(`no alpha-3 code for ${alpha2}`);
    const terms = TERMS[alpha2] ?? {};
    const geo = geographyOf(alpha2);
    if (!geo && alpha2 !== 'AQ') throw new Error(`no M49 geography for ${alpha2}`);
    const names = {} as Record<Locale, string>;
    const libraryNames: string[] = [];
    for (const locale of LOCALES) {
      const all = countries.getName(alpha2, locale, { select: 'all' }) ?? [];
      names[locale] = DISPLAY[alpha2]?.[locale] ?? all[0] ?? alpha2;
      libraryNames.push(...all);
    }
    // Aliases hold every recognisable name form (display names included); names are for display only.
    const nameForms = terms.dropNames ? [] : recognitionForms([...Object.values(names), ...libraryNames]);
    const aliases = unique([...nameForms, ...(terms.aliases ?? [])]);
    const adjectives = unique([...inflect('en', terms.en), ...inflect('fr', terms.fr), ...inflect('es', terms.es)]);
    const record: CountryRecord = {
      code,
      alpha2,
      region: geo?.region,
      subregion: geo?.subregion,
      intermediateRegion: geo?.intermediateRegion,
      names,
      aliases,
      adjectives,
      cities: unique(terms.cities ?? []),
    };
    for (const form of [...aliases, ...adjectives, ...record.cities]) {
      const key = fold(form);
      owners.set(key, [...new Set([...(owners.get(key) ?? []), code])]);
    }
    records.push(record);
  }
  resolveShared(records, owners);
  return records;
}

/** Removes a form shared by several countries from all but its owner, and fails on an unresolved clash. */
function resolveShared(records: CountryRecord[], owners: Map<string, string[]>): void {
  const problems: string[] = [];
  for (const [key, codes] of owners) {
    const rule = OWNER[key];
    if (codes.length < 2 && rule !== null) continue;
    if (rule === undefined) {
      problems.push(`"${key}" is used by ${codes.join(', ')}`);
      continue;
    }
    const keep = rule === null ? undefined : countries.alpha2ToAlpha3(rule);
    for (const record of records) {
      if (record.code === keep) continue;
      const drop = (v: string) => fold(v) !== key;
      record.aliases = record.aliases.filter(drop);
      record.adjectives = record.adjectives.filter(drop);
      record.cities = record.cities.filter(drop);
    }
  }
  if (problems.length) throw new Error(`shared country terms need an owner in OWNER:\n${problems.join('\n')}`);
}

function serialise(records: CountryRecord[]): string {
  const lines = records.map((r) => `    ${JSON.stringify(r)}`);
  const list = (values: string[]) => JSON.stringify(values);
  return [
    '{',
    '  "_generated": "by scripts/countries/build.ts from i18n-iso-countries, UN M49 and scripts/countries/terms.ts; edit those, then rerun",',
    `  "blockers": ${list(BLOCKERS)},`,
    `  "personNames": ${list(PERSON_NAMES)},`,
    `  "languageWords": ${list(LANGUAGE_WORDS)},`,
    '  "countries": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

const target = fileURLToPath(new URL('../../src/domain/data/countries.json', import.meta.url));
const records = build();
writeFileSync(target, serialise(records));
console.log(`wrote ${records.length} countries to ${target}`);
