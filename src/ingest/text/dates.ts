/** Dates as plain-text dumps write them (RFC 822 from feeds, "July 2015" in newsletters) → ISO 8601 with offset. */

/** Month names and common abbreviations in English, French and Spanish, lower case, accents kept. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** Alternation of every month name, longest first so that "june" wins over "jun". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** 1–12 for a month name or abbreviation in en/fr/es (any case, trailing dot allowed), else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

// RFC 822 zone names; military single letters are treated as +00:00 as RFC 2822 advises.
const ZONES: Record<string, string> = {
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
};

const RFC822 =
  /^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-zéû]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/;
const ISO8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isValidDate(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normaliseOffset(zone: string | undefined): string | undefined {
  if (zone === undefined) return '+00:00';
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const upper = zone.toUpperCase();
  if (ZONES[upper]) return ZONES[upper];
  return upper.length === 1 && upper !== 'J' ? '+00:00' : undefined;
}

function format(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

/** "Tue, 16 Jul 2019 15:32:30 +0200" → "2019-07-16T15:32:30+02:00", keeping the original offset. */
export function rfc822ToIso(value: string): string | undefined {
  const m = RFC822.exec(value.trim());
  if (!m) return undefined;
  const month = monthNumber(m[2]!);
  if (month === undefined) return undefined;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const [day, hour, minute, second] = [Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const offset = normaliseOffset(m[7]);
  if (!offset || !isValidDate(year, month, day, hour, minute, second)) return undefined;
  return format(year, month, day, hour, minute, second, offset);
}

/** An ISO 8601 date-time with a zone, normalised to "YYYY-MM-DDTHH:MM:SS±HH:MM"; undefined otherwise. */
export function isoToIso(value: string): string | undefined {
  const m = ISO8601.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isValidDate(y, mo, d, h, mi, s)) return undefined;
  return format(y, mo, d, h, mi, s, normaliseOffset(m[7] === 'Z' ? 'Z' : m[7])!);
}

/** When a whole line is one date-time (RFC 822 or ISO 8601), that date as ISO 8601; else undefined. */
export function standaloneDate(line: string): string | undefined {
  // Cheap guard: every such line starts with a letter or a digit and is short.
  if (line.length < 10 || line.length > 40) return undefined;
  return rfc822ToIso(line) ?? isoToIso(line);
}

/** First day of a month at midnight UTC, the convention for items dated only by a newsletter issue. */
export function monthStartIso(year: number, month: number): string {
  return `${year}-${pad(month)}-01T00:00:00+00:00`;
}

const MONTH_YEAR = new RegExp(`(?:^|[^\\p{L}])(${MONTH_PATTERN})\\.?(?:\\s+de)?\\s+((?:19|20)\\d{2})(?![\\d])`, 'iu');

/** The first "July 2015" / "juillet 2015" / "julio de 2015" in a text as the month's first day; else undefined. */
export function findMonthYear(text: string): string | undefined {
  const m = MONTH_YEAR.exec(text);
  if (!m) return undefined;
  return monthStartIso(Number(m[2]), monthNumber(m[1]!)!);
}

const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?(${MONTH_PATTERN})\\.?\\s+(?:de\\s+)?((?:19|20)\\d{2})`,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})`, 'iu');
const NUMERIC_ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** A calendar date written in prose ("12 March 2021", "March 12, 2021", "2021-03-12") as midnight UTC; else undefined. */
export function findCalendarDate(text: string): string | undefined {
  const parts = readCalendarDate(text);
  if (!parts) return undefined;
  const [y, mo, d] = parts;
  return isValidDate(y, mo, d, 0, 0, 0) ? format(y, mo, d, 0, 0, 0, '+00:00') : undefined;
}

/** [year, month, day] of the first prose or numeric date in a text. */
function readCalendarDate(text: string): [number, number, number] | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return [Number(dmy[3]), monthNumber(dmy[2]!)!, Number(dmy[1])];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return [Number(mdy[3]), monthNumber(mdy[1]!)!, Number(mdy[2])];
  const iso = NUMERIC_ISO_DATE.exec(text);
  return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : undefined;
}
