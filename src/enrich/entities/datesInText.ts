/**
 * Dates and date ranges written in English, French and Spanish: "30 June to 6 July 2019", "25-26 June 2019",
 * "du 3 au 5 mars 2024", "del 3 al 5 de mayo de 2023", "September 6, 2022", "from March 2010 until August 2011",
 * "2013-14", "de 2019 a 2021". One precompiled regular expression, read left to right.
 */

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  from: PartialDate;
  to?: PartialDate;
  start: number;
  end: number;
  text: string;
}

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12, janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12, enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5,
  junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
}; // biome-ignore format: a table reads better packed

// English month names double as words ("may", "march"): only their capitalised forms count.
const ENGLISH_ONLY = new Set(['may', 'march', 'mar', 'august', 'aug', 'jan', 'dec', 'sept', 'sep', 'oct', 'nov']);

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

const MONTH_NAMES = Object.keys(MONTH_NUMBERS)
  .concat(['février', 'août', 'décembre'])
  .sort((a, b) => b.length - a.length);
const M = `(${MONTH_NAMES.join('|')})\\.?`;
const D = '(\\d{1,2})(?:st|nd|rd|th|er|º|°)?';
const Y = '((?:19|20)\\d{2})';
const DE = '(?:\\s+de)?';
const TO = '\\s*(?:[-–—‐‑]|to|till|until|through|au|à|a|al|hasta|et|and|y)\\s*(?:the\\s+|el\\s+|le\\s+)?';
const SP = '[\\s,]+';

// Alternatives from the longest form to the shortest; each starts at a digit or a month name, so none backtracks far.
const FORMS = [
  `${D}${DE}\\s+${M}(?:${DE}\\s+${Y})?${TO}${D}${DE}\\s+${M}(?:${DE}\\s+${Y})?`, // 30 June to 6 July 2019
  `${D}${TO}${D}${DE}\\s+${M}(?:${DE}\\s+${Y})?`, // 25-26 June 2019, del 3 al 5 de mayo de 2023
  `${M}\\s+${D}${TO}${D}(?:${SP}${Y})?`, // June 25-26, 2019
  `${M}(?:${DE}\\s+${Y})?${TO}${M}${DE}\\s+${Y}`, // March 2010 until August 2011
  `${D}${DE}\\s+${M}(?:${DE}\\s+${Y})?`, // 6 September 2022, 3 de mayo de 2023
  `${M}\\s+${D}(?!\\d)(?:${SP}${Y})?`, // September 6, 2022
  `${M}${DE}\\s+${Y}`, // July 2016, julio de 2020
  `${Y}\\s*(?:[-–/]\\s*(\\d{2})|(?:[-–/]|to|until|au|à|a|al|hasta|et|and|y)\\s*((?:19|20)\\d{2}))(?!\\d)`, // 2013-14, 2019 a 2021
  `${Y}`, // 2019
];
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F';
// Without the /u flag: property classes would make the scan three times slower, and dates are written in Latin script.
const DATE = new RegExp(`(?<![${LETTER}])(?:${FORMS.map((f) => `(?:${f})`).join('|')})(?![${LETTER}])`, 'gi');

function month(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const key = fold(word);
  if (ENGLISH_ONLY.has(key) && !/^\p{Lu}/u.test(word)) return undefined;
  return MONTH_NUMBERS[key];
}

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Reads the groups of one match into a mention, or null when a month word was an ordinary word ("may"). */
function read(g: Array<string | undefined>): Pick<DateMention, 'from' | 'to'> | null {
  const groups = (from: number, count: number) => g.slice(from, from + count);
  // Group layout follows FORMS: [d,m,y,d,m,y] [d,d,m,y] [m,d,d,y] [m,y,m,y] [d,m,y] [m,d,y] [m,y] [y,yy,yyyy] [y].
  const [a1, a2, a3, a4, a5, a6] = groups(1, 6);
  if (a1 !== undefined) {
    const m1 = month(a2);
    const m2 = month(a5);
    if (!m1 || !m2) return null;
    return { from: { day: num(a1), month: m1, year: num(a3) }, to: { day: num(a4), month: m2, year: num(a6) } };
  }
  const [b1, b2, b3, b4] = groups(7, 4);
  if (b1 !== undefined) {
    const m1 = month(b3);
    if (!m1) return null;
    return { from: { day: num(b1), month: m1, year: num(b4) }, to: { day: num(b2), month: m1, year: num(b4) } };
  }
  const [c1, c2, c3, c4] = groups(11, 4);
  if (c1 !== undefined) {
    const m1 = month(c1);
    if (!m1) return null;
    return { from: { day: num(c2), month: m1, year: num(c4) }, to: { day: num(c3), month: m1, year: num(c4) } };
  }
  const [d1, d2, d3, d4] = groups(15, 4);
  if (d1 !== undefined) {
    const m1 = month(d1);
    const m2 = month(d3);
    if (!m1 || !m2) return null;
    return { from: { month: m1, year: num(d2) }, to: { month: m2, year: num(d4) } };
  }
  const [e1, e2, e3] = groups(19, 3);
  if (e1 !== undefined) {
    const m1 = month(e2);
    return m1 ? { from: { day: num(e1), month: m1, year: num(e3) } } : null;
  }
  const [f1, f2, f3] = groups(22, 3);
  if (f1 !== undefined) {
    const m1 = month(f1);
    return m1 ? { from: { day: num(f2), month: m1, year: num(f3) } } : null;
  }
  const [g1, g2] = groups(25, 2);
  if (g1 !== undefined) {
    const m1 = month(g1);
    return m1 ? { from: { month: m1, year: num(g2) } } : null;
  }
  const [h1, short, long] = groups(27, 3);
  const h2 = short ?? long;
  if (h1 !== undefined && h2 !== undefined) {
    const start = Number(h1);
    const end = h2.length === 2 ? Math.floor(start / 100) * 100 + Number(h2) : Number(h2);
    return end > start && end - start <= 30 ? { from: { year: start }, to: { year: end } } : { from: { year: start } };
  }
  return g[30] !== undefined ? { from: { year: Number(g[30]) } } : null;
}

/** Every date or date range in the text, left to right; years missing on one side are taken from the other. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const value = read([...m]);
    if (!value) continue;
    const { from, to } = value;
    if (to) {
      if (from.year === undefined && to.year !== undefined) {
        from.year = (from.month ?? 1) > (to.month ?? 12) ? to.year - 1 : to.year;
      }
      if (to.year === undefined && from.year !== undefined) to.year = from.year;
    }
    const start = m.index ?? 0;
    found.push({ from, to, start, end: start + m[0].length, text: m[0] });
  }
  return found;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date of a partial date: its first day, or its last day when `end` is set ("August 2011" → 2011-08-31). */
export function isoDate(date: PartialDate, end = false): string | undefined {
  if (date.year === undefined) return undefined;
  const month = date.month ?? (end ? 12 : 1);
  const day = date.day ?? (end ? daysIn(date.year, month) : 1);
  if (day > daysIn(date.year, month)) return undefined;
  return `${date.year}-${pad(month)}-${pad(day)}`;
}

/** Gives a date without a year the year that puts it nearest to the publication date. */
export function withYear(date: PartialDate, published?: string): PartialDate {
  if (date.year !== undefined || !date.month) return date;
  const reference = published ? Date.parse(published) : Number.NaN;
  if (Number.isNaN(reference)) return date;
  const base = new Date(reference).getUTCFullYear();
  let best = base;
  let distance = Number.POSITIVE_INFINITY;
  for (const year of [base - 1, base, base + 1]) {
    const d = Math.abs(Date.UTC(year, date.month - 1, date.day ?? 15) - reference);
    if (d < distance) {
      best = year;
      distance = d;
    }
  }
  return { ...date, year: best };
}

/** The last day of a period of `months` months starting on `startIso` (2019-01-01 + 48 → 2022-12-31). */
export function endAfterMonths(startIso: string, months: number): string {
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return end.toISOString().slice(0, 10);
}

/** Number of days a mention covers, at the precision it was written (a month counts as a month). */
export function spanDays(mention: Pick<DateMention, 'from' | 'to'>): number {
  const first = isoDate(mention.from);
  const last = isoDate(mention.to ?? mention.from, true);
  if (!first || !last) return 0;
  return Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
}
