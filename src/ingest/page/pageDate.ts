/** Dates as pages write them — machine-readable attributes and short human lines in en/fr/es — to ISO 8601. */
import { feedDateToIso } from '../feed/feedDate.js';
import { findCalendarDate } from '../text/dates.js';

/**
 * A machine-readable date (`<time datetime>`, `<meta content>`, JSON-LD): ISO 8601 with the page's own offset kept,
 * a date alone as midnight UTC; also accepts "2022/06/30" as Highwire `citation_*` tags write it.
 */
export function machineDate(value: string | null | undefined): string | undefined {
  const text = value?.trim().replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/, (_, y: string, m: string, d: string) => {
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  });
  if (!text) return undefined;
  // "2024-03-14 09:30:00" (no zone) is read as UTC, like a feed reader would.
  return feedDateToIso(text.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/, '$1T$2Z')) ?? undefined;
}

// Drupal's default "medium" format: "Tue, 05/09/2023 - 14:12" (month first).
const DRUPAL_MEDIUM = /\b[A-Za-z]{3},\s+(\d{2})\/(\d{2})\/(\d{4})\s+-\s+\d{1,2}:\d{2}/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/;

/**
 * The first date written in a short line of text ("14 March 2024", "22 mai 2023", "9 de enero de 2024",
 * "March 14, 2024", "2024-03-14", "05/09/2023"), as midnight UTC. Numeric day/month order: a part above 12
 * decides; otherwise Drupal's month-first format, else day first outside English.
 */
export function textDate(text: string, language?: string): string | undefined {
  const prose = findCalendarDate(text);
  if (prose) return prose;
  const drupal = DRUPAL_MEDIUM.exec(text);
  if (drupal) return dayDate(Number(drupal[3]), Number(drupal[1]), Number(drupal[2]));
  const numeric = NUMERIC.exec(text);
  if (!numeric) return undefined;
  const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  const monthFirst = b > 12 || (a <= 12 && (language ?? 'en').toLowerCase().startsWith('en') && !/\./.test(numeric[0]));
  return monthFirst ? dayDate(year, a, b) : dayDate(year, b, a);
}

function dayDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00+00:00`;
}
