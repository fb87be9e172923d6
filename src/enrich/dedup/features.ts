/** The non-textual parts of a signature: title key and cues, strong links, entities and the day. */
import { foldTokens } from '../../domain/analyzer.js';
import { canonicalUrl } from '../../domain/ids.js';

const DOCUMENT_PATH = /\.(pdf|docx?|odt|rtf|xlsx?|pptx?|epub)$/i;
const HREF = /href\s*=\s*["']([^"']+)["']/gi;
const BARE_URL = /https?:\/\/[^\s<>"'()[\]]+/gi;
const MAX_LINKS = 20;
// Words capitalised in many titles that prove nothing when two titles in different languages share them.
const CUE_STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'les',
  'des',
  'une',
  'pour',
  'sur',
  'avec',
  'los',
  'las',
  'del',
  'una',
  'para',
  'por',
  'con',
  'new',
  'news',
  'press',
  'release',
  'update',
  'report',
  'video',
]);

/** Folded title words joined by spaces: titles that differ only in case, accents or punctuation share a key. */
export function titleKey(title: string): string {
  return foldTokens(title).join(' ');
}

/**
 * Words of a title that survive translation: numbers of two digits or more, acronyms, and capitalised words
 * (proper names, or every word in English title case — harmless, since only cues shared across languages count).
 */
export function titleCues(title: string): string[] {
  const cues = new Set<string>();
  for (const word of title.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const isNumber = /^\p{N}{2,}$/u.test(word);
    const isName = /^\p{Lu}/u.test(word) && word.length >= 3;
    if (!isNumber && !isName) continue;
    const folded = foldTokens(word).join('');
    if (!CUE_STOP_WORDS.has(folded)) cues.add(folded);
  }
  return [...cues].sort();
}

/**
 * Links that name one document: the item's own address, and links to files (PDF, Word, spreadsheets …) found
 * in its HTML or text. Links to ordinary pages are left out: home pages, menus and "subscribe" links are shared
 * by unrelated items.
 */
export function strongLinks(item: { url: string | null; html: string | null; text: string }): string[] {
  const links = new Set<string>();
  const own = item.url ? canonicalUrl(item.url) : null;
  if (own) links.add(own);
  const found: string[] = [];
  for (const match of (item.html ?? '').matchAll(HREF)) found.push(decodeEntities(match[1] ?? ''));
  for (const match of item.text.matchAll(BARE_URL)) found.push(match[0].replace(/[.,;:!?]+$/, ''));
  for (const raw of found) {
    if (links.size >= MAX_LINKS) break;
    const url = canonicalUrl(raw);
    if (url && DOCUMENT_PATH.test(new URL(url).pathname)) links.add(url);
  }
  return [...links].sort();
}

/** Countries and organisations as prefixed keys ("c:NER", "o:iom"), sorted. */
export function entityKeys(item: { countries: string[]; organizations: { id: string }[] }): string[] {
  const keys = new Set<string>();
  for (const code of item.countries) keys.add(`c:${code}`);
  for (const org of item.organizations) keys.add(`o:${org.id}`);
  return [...keys].sort();
}

/** Days since 1970-01-01 of the calendar day the publisher wrote (offset ignored), or null. */
export function dayNumber(published: string | null): number | null {
  const day = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!day) return null;
  const ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#0*38;/g, '&');
}
