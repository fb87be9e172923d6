/** Month names and time-zone names that feed dates are written with, in English, French and Spanish. */

/** Months by every name and abbreviation seen in feeds, lower case with accents removed. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'decembre', 'diciembre', 'dic'],
];

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS.set(name, index + 1);
});

/** 1–12 for a month word already folded to lower case without accents ("juil", "septiembre"), else undefined. */
export function monthFromWord(word: string): number | undefined {
  return MONTHS.get(word);
}

/**
 * Offsets in minutes of zone abbreviations feeds write. RFC 822 defines UT, GMT and the North American zones; the
 * others are common in the wild. Names that mean several zones (IST, BST in Asia) keep their most frequent reading
 * in feeds; single military letters mean "unknown", which RFC 2822 says to read as UTC.
 */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  wat: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  cat: 120,
  sast: 120,
  eest: 180,
  msk: 180,
  eat: 180,
  ist: 330,
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  hst: -600,
  akst: -540,
  akdt: -480,
  pst: -480,
  pdt: -420,
  mst: -420,
  mdt: -360,
  cst: -360,
  cdt: -300,
  est: -300,
  edt: -240,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  brt: -180,
  art: -180,
};

/** Offset in minutes of a zone abbreviation (any case), a military letter, else undefined. */
export function zoneOffset(name: string): number | undefined {
  const key = name.toLowerCase();
  const known = ZONES[key];
  if (known !== undefined) return known;
  return /^[a-ik-z]$/.test(key) ? 0 : undefined;
}
