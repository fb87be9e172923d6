/**
 * Feed dates to ISO 8601, keeping the offset the source wrote: "Tue, 16 Jul 2019 15:32:30 +0200" becomes
 * "2019-07-16T15:32:30+02:00". The feed library only returns a Date, which loses the offset, and reads none of the
 * forms feeds write in the wild: odd zones ("GMT+2", "EST"), two-digit years, partial ISO dates, French and Spanish
 * month names ("lun., 16 juil. 2019", "16 de julio de 2019"). A date without a zone is read as UTC.
 */
import { monthFromWord, zoneOffset } from './dateWords.js';

/** Parses a feed date in any form seen in the wild; ISO 8601 with its offset, or null when unreadable. */
export function feedDateToIso(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = parseIso(text);
  if (iso !== undefined) return iso;
  // No fallback to Date.parse: it reads "16 Juno 2019" as June and zone-less times in the machine's zone.
  return parseWritten(fold(text)) ?? null;
}

/** ISO 8601 of a Date in UTC with a "Z" offset, without milliseconds when they are zero. */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC. */
  offset: number;
}

const ZONE = String.raw`z|[+-]\d{1,2}(?::?\d{2})?|(?:gmt|utc|ut)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[a-z]{1,5}`;

/** ISO 8601 / W3CDTF, extended or basic, from "2019" to "2019-07-16T15:32:30.25+02:00"; also "2019/07/16". */
const ISO_EXTENDED = new RegExp(
  String.raw`^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?:(?:t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(${ZONE})?)?$`,
  'i',
);
const ISO_BASIC = new RegExp(
  String.raw`^(\d{4})(\d{2})(\d{2})(?:t(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(${ZONE})?)?$`,
  'i',
);

/** undefined when the text is not ISO-shaped; null when it is but names no real date (30 February). */
function parseIso(text: string): string | null | undefined {
  const extended = ISO_EXTENDED.exec(text);
  const m = extended ?? ISO_BASIC.exec(text);
  if (!m) return undefined;
  const [, y, , mo, d, h, mi, s, zone] = extended ? m : [m[0], m[1], '-', m[2], m[3], m[4], m[5], m[6], m[7]];
  const offset = zoneMinutes(zone);
  if (offset === undefined) return null;
  const parts: Parts = { year: Number(y), month: Number(mo ?? 1), day: Number(d ?? 1), offset };
  if (h !== undefined) Object.assign(parts, { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) });
  return format(parts);
}

/** Lower case, accents removed, RFC 822 comments ("(CEST)") dropped, spaces collapsed. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A leading weekday in any language, abbreviated or not, right or wrong, is skipped: the date alone decides.
const WEEKDAY = String.raw`(?:[a-z]+\b\.?,?\s*)?`;
/** "16 Jul 2019", "1er juillet 2019", "16 de julio de 2019", "16-Jul-19", each followed by an optional time. */
const DAY_FIRST = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})(?:er|st|nd|rd|th|o)?\.?[\s/-]*(?:de\s+)?([a-z]+)\.?,?[\s/-]*(?:de\s+|del\s+)?(\d{4}|\d{2})(?![\d:])(.*)$`,
);
/** "July 16, 2019", "Tuesday, July 16th 2019 3:32 pm". */
const MONTH_FIRST = new RegExp(
  String.raw`^${WEEKDAY}([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\d:])(.*)$`,
);
/** asctime and Java's Date.toString: "Tue Jul 16 15:32:30 2019", "Tue Jul 16 15:32:30 CEST 2019". */
const ASCTIME = new RegExp(
  String.raw`^[a-z]+\.?,?\s+([a-z]+)\.?\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:(${ZONE})\s+)?(\d{4})$`,
);
/** "juillet 2019", "July 2019": the first of the month. */
const MONTH_YEAR = /^([a-z]+)\.?\s+(?:de\s+)?(\d{4})$/;

/** A date written with a month name, or numerically day first; undefined when the text has no such shape. */
function parseWritten(text: string): string | null | undefined {
  const readers: [RegExp, (m: RegExpExecArray) => string | null | undefined][] = [
    [DAY_FIRST, (m) => withTime(m[3]!, monthFromWord(m[2]!), m[1]!, m[4]!)],
    [MONTH_FIRST, (m) => withTime(m[3]!, monthFromWord(m[1]!), m[2]!, m[4]!)],
    [ASCTIME, (m) => withTime(m[5]!, monthFromWord(m[1]!), m[2]!, ` ${m[3]} ${m[4] ?? ''}`)],
    [MONTH_YEAR, (m) => withTime(m[2]!, monthFromWord(m[1]!), '1', '')],
    [NUMERIC, (m) => numericDate(m)],
  ];
  for (const [pattern, read] of readers) {
    const m = pattern.exec(text);
    const result = m ? read(m) : undefined;
    if (result !== undefined) return result;
  }
  return undefined;
}

/** "16/07/2019", "16.07.2019 15:32", "07/16/2019": day first unless only month first makes sense. */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)(.*)$/;

function numericDate(m: RegExpExecArray): string | null | undefined {
  const [first, second] = [Number(m[1]), Number(m[3])];
  // Ambiguous forms ("05/07/2019") are read day first, as in French, Spanish and British usage.
  const [day, month] = first <= 12 && second > 12 ? [second, first] : [first, second];
  return withTime(m[4]!, month >= 1 && month <= 12 ? month : undefined, String(day), m[5]!);
}

/** Time and zone after the date: "15:32:30 +0200", " à 15h32", ", 3:32 pm EST", " a las 15:32 h". */
const TIME_AND_ZONE = new RegExp(
  String.raw`^[\s,]*(?:(?:a las|a|at|um|-|t)(?=\s*\d)\s*)?(?:(\d{1,2})(?:([:h.])(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:([ap])\.?m\.?)?(?:\s*(?:h|hrs?|horas|uhr)\b)?)?\s*(${ZONE})?\s*$`,
);

function withTime(
  yearText: string,
  month: number | undefined,
  dayText: string,
  rest: string,
): string | null | undefined {
  if (month === undefined) return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const m = TIME_AND_ZONE.exec(rest);
  if (!m) return undefined;
  const [, h, separator, mi, s, meridiem, zone] = m;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return null;
  const parts: Parts = { year, month, day: Number(dayText), offset };
  if (h !== undefined) {
    // A bare number after the date is a time only with ":"/"h" or am/pm; "2019 15" is not a time.
    if (!separator && !meridiem) return undefined;
    let hour = Number(h);
    if (meridiem) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
    Object.assign(parts, { hour, minute: Number(mi ?? 0), second: Number(s ?? 0) });
  }
  return format(parts);
}

/** Minutes east of UTC of a written zone; 0 when there is none; undefined when it is out of range. */
function zoneMinutes(zone: string | undefined): number | undefined {
  const text = zone?.trim().toLowerCase().replace(/\s+/g, '');
  if (!text) return 0;
  const prefixed = /^(?:gmt|utc|ut)([+-].*)$/.exec(text);
  const numeric = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(prefixed?.[1] ?? text) ?? /^([+-])(\d)(\d{2})$/.exec(text);
  if (numeric) {
    const [, sign, hours, minutes = '0'] = numeric;
    const value = Number(hours) * 60 + Number(minutes);
    if (Number(minutes) >= 60 || value > 14 * 60) return undefined;
    return sign === '-' ? -value : value;
  }
  // An unknown abbreviation still places the date on the right day; UTC is the least surprising reading.
  return zoneOffset(text) ?? 0;
}

function format(p: Parts): string | null {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = p;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1000;
  if (!real || hour > 23 || minute > 59 || second > 60) return null;
  // A leap second is kept inside the minute it ends.
  const s = Math.min(second, 59);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(s)}${offsetText(p.offset)}`;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
