/** Titles, dates and language hints for archived texts that carry no metadata of their own. */
import { findCalendarDate } from '../text/dates.js';

/** A first line that reads like a heading: short, not a sentence, not a date or a menu. */
export function isHeadingLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 3 && line.length <= 160 && words <= 25 && !/[.,;:]$/.test(line) && /\p{L}{2}/u.test(line);
}

/** A readable title from a URL: its last path segment de-slugged ("new-rules-for-asylum.html" → "New rules for asylum"), else its host. */
export function titleFromUrl(url: string | undefined): string {
  if (!url) return 'Untitled archived page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.slice(0, 120);
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  for (const segment of segments.reverse()) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      name = segment;
    }
    name = name
      .replace(/\.(s?html?|php|aspx?|jsp)$/i, '')
      .replace(/[-_+]+/g, ' ')
      .trim();
    if (/\p{L}{3}/u.test(name) && !/^(index|default|home)$/i.test(name)) {
      return name.charAt(0).toUpperCase() + name.slice(1);
    }
  }
  return parsed.hostname.replace(/^www\./, '');
}

/** A date written near the top of a text (a dateline), else the archive's capture date (a fallback: capture is not publication), as ISO 8601 with offset. */
export function publishedDate(lines: string[], captureDate: string | undefined): string | undefined {
  for (const line of lines.slice(0, 12)) {
    if (line.length > 80) continue;
    const found = findCalendarDate(line);
    if (found) return found;
  }
  return captureDate ? warcDateToIso(captureDate) : undefined;
}

/** WARC-Date ("2024-03-01T12:00:00Z", maybe with fractions) as ISO 8601 with an explicit offset. */
export function warcDateToIso(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(value.trim());
  return m ? `${m[1]}+00:00` : undefined;
}

// ISO 639-3 codes Common Crawl writes in WARC-Identified-Content-Language, for languages with a 639-1 code.
// biome-ignore format: a compact table reads better than one code per line
const ISO_639_1: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', ara: 'ar', rus: 'ru', zho: 'zh', jpn: 'ja',
  nld: 'nl', pol: 'pl', tur: 'tr', ukr: 'uk', hin: 'hi', ind: 'id', vie: 'vi', kor: 'ko', swe: 'sv', ell: 'el',
  ron: 'ro', ces: 'cs', hun: 'hu', fas: 'fa', ben: 'bn', swa: 'sw', amh: 'am', hau: 'ha', som: 'so', tha: 'th',
  msa: 'ms', tgl: 'tl', heb: 'he', urd: 'ur', cat: 'ca', dan: 'da', fin: 'fi', nor: 'no', nob: 'nb', srp: 'sr',
  hrv: 'hr', bul: 'bg', slk: 'sk', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', pus: 'ps', prs: 'fa', tir: 'ti',
};

/** The first language of a WARC-Identified-Content-Language list ("fra,eng") as ISO 639-1, if it has one. */
export function languageHint(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim().toLowerCase();
  if (!first) return undefined;
  return first.length === 2 ? first : ISO_639_1[first];
}
