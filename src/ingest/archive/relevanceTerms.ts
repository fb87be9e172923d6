/**
 * The vocabulary of the archive relevance filter, in English, French and Spanish. Strong terms name migration
 * itself; weak ones (borders, visas) also appear in travel and trade news, so they count half.
 * Word boundaries are Unicode-aware lookarounds: `\b` is ASCII-only in JavaScript and fails after "é".
 */

const STRONG = [
  // migrant(s), migration(s), migratory, immigrant, emigration, migrante(s), migración, inmigrante, migratoire…
  '(?:im|em|é|in|e)?migra(?:nts?|ntes?|tions?|tory|toires?|ci[oó]n|ciones|tori[oa]s?)',
  '(?:im|é)migr[ée]e?s?',
  'refugees?|r[ée]fugi[ée]e?s|refugiad[oa]s?',
  'asylum|asile|asilo',
  'displaced|displacement|d[ée]plac[ée]e?s|desplazad[oa]s|desplazamiento forzado',
  'trafficking in (?:persons|human beings|women|children)|(?:human|people|child|sex|labou?r) trafficking',
  'victims? of trafficking|anti-trafficking|traite des (?:êtres humains|personnes)|trata de (?:personas|seres humanos)',
  'smuggling of migrants|(?:migrant|people|human) smuggling',
  'remittances?|remesas?|transferts? de fonds',
  'di[aá]sporas?',
  'stateless(?:ness)?|apatrid(?:es?|ie|ia)|ap[aá]tridas?',
  'resettlement|r[ée]installation|reasentamiento',
  'human mobility|labou?r mobility|mobilit[ée] humaine|movilidad (?:humana|laboral)',
  "host communit(?:y|ies)|communaut[ée]s? d'accueil|comunidad(?:es)? de acogida",
  'unaccompanied (?:minors?|children)|mineurs non accompagn[ée]s|menores no acompañados',
  'returnees?|rapatri[ée]e?s|retornad[oa]s',
];

const WEAK = [
  'borders?|fronti[eè]res?|fronteras?',
  'visas?',
  'work permits?|permis de travail|permisos? de trabajo',
  'deportations?|deportaci[oó]n(?:es)?',
  'reintegration|r[ée]int[ée]gration|reintegraci[oó]n',
  'xenophob(?:ia|ic)|x[ée]nophobie|xenofobia',
];

/** "Migration" that is not about people: data, software, animals. Matched first, so it is not counted. */
const NOT_ABOUT_PEOPLE = [
  '(?:data|database|cloud|server|software|schema|e-?mail|platform|system|application|website|content|code|bird|animal|fish|salmon|butterfly|monarch|wildebeest|whale|cell|cellular)s? migrations?',
  'migrations? (?:de|des) (?:données|base|serveurs?)|migraci[oó]n(?:es)? de (?:datos|bases?|servidores?)',
  String.raw`migration (?:guide|script|tool|path|plan) (?:to|for) (?:version|v\d)`,
];

/** Acronyms of migration bodies and instruments; case-sensitive, so "iom" in a word salad does not count. */
const ACRONYMS = 'IOM|OIM|UNHCR|ACNUR|HCR|GCM|GCR|GFMD|FMMD|ICMPD|IDMC|UNRWA|EUAA|EASO|Frontex';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** One pass finds every term: group 1 not about people, group 2 strong, group 3 weak. */
export const TERM_PATTERN = new RegExp(
  `${B}(?:(${NOT_ABOUT_PEOPLE.join('|')})|(${STRONG.join('|')})|(${WEAK.join('|')}))${E}`,
  'giu',
);
export const ACRONYM_PATTERN = new RegExp(`${B}(?:${ACRONYMS})${E}`, 'gu');

export const STRONG_WEIGHT = 1;
export const WEAK_WEIGHT = 0.5;

/**
 * Organisations whose whole site is about migration (ids in the organisation gazetteer); a page there needs
 * fewer terms to be kept. Wider bodies (UN, WHO, the EU) are left out: most of their pages are about other things.
 */
export const MIGRATION_ORGANIZATION_IDS = [
  'iom',
  'unhcr',
  'un-network-on-migration',
  'gfmd',
  'idmc',
  'gmdac',
  'icmpd',
  'igc',
  'euaa',
  'frontex',
  'dg-home',
  'knomad',
  'unrwa',
];
/** Migration sites that are not in the gazetteer. */
export const EXTRA_MIGRATION_DOMAINS = [
  'migrationpolicy.org',
  'mixedmigration.org',
  'picum.org',
  'ecre.org',
  'refworld.org',
  'migrationdataportal.org',
];
