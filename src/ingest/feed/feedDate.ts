/**
 * Feed dates to ISO 8601, keeping the offset the source wrote: "Tue, 16 Jul 2019 15:32:30 +0200" becomes
 * "2019-07-16T15:32:30+02:00". The feed library only returns a Date, which loses the offset.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Offsets of the time-zone names RFC 822 allows (and a few that feeds use anyway), in minutes. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
};

/** Parses an RFC 822 / RFC 3339 / W3CDTF date and returns ISO 8601 with its offset, or null when unreadable. */
export function feedDateToIso(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = parseIso(text);
  return iso === undefined ? parseRfc822(text) : iso;
}

/** ISO 8601 of a Date in UTC with a "Z" offset, without milliseconds when they are zero. */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace('.000Z', 'Z');
}

/** undefined when the text is not ISO-shaped; null when it is but names no real date (30 February). */
function parseIso(text: string): string | null | undefined {
  const m = text.match(
    /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i,
  );
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi, s = '00', , zone] = m;
  if (!valid(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s))) return null;
  // A date without a time names a day, not an instant; midnight UTC is the conventional reading.
  if (h === undefined) return `${y}-${mo}-${d}T00:00:00Z`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${formatZone(zone)}`;
}

function parseRfc822(text: string): string | null {
  const m = text.match(
    /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i,
  );
  if (!m) return fallback(text);
  const [, d, monthName, yearText, h = '00', mi = '00', s = '00', zone] = m;
  const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  if (month === 0 || !valid(year, month, Number(d), Number(h), Number(mi), Number(s))) return fallback(text);
  let offset = 0;
  if (zone && /^[+-]/.test(zone))
    return `${year}-${pad(month)}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${s}${formatZone(zone)}`;
  if (zone) {
    const known = ZONES[zone.toLowerCase()];
    if (known === undefined) return fallback(text);
    offset = known;
  }
  return `${year}-${pad(month)}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${s}${offsetText(offset)}`;
}

/** Last resort for odd formats the runtime still understands; the offset is lost, so the instant is given in UTC. */
function fallback(text: string): string | null {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : dateToIso(new Date(time));
}

function formatZone(zone: string | undefined): string {
  if (!zone || zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  const minutes = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits.startsWith('-') ? -1 : 1);
  return offsetText(minutes);
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 61;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
