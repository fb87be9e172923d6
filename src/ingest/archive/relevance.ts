import { organizationRecord } from '../../domain/organizations.js';
import {
  ACRONYM_PATTERN,
  EXTRA_MIGRATION_DOMAINS,
  MIGRATION_ORGANIZATION_IDS,
  STRONG_WEIGHT,
  TERM_PATTERN,
  WEAK_WEIGHT,
} from './relevanceTerms.js';

/** The verdict of the relevance filter on one archived document, with the reasons a person reads. */
export interface Relevance {
  keep: boolean;
  /** Weighted migration terms plus the title and site bonuses (see the thresholds below). */
  score: number;
  /** The verdict first ("kept: …" or "dropped: …"), then what else counted. */
  reasons: string[];
}

/**
 * Thresholds. A document is kept when its score reaches MIN_SCORE and its migration terms are not lost in a long
 * text: at least MIN_DENSITY weighted terms per 1,000 words, unless the score alone reaches DENSE_ENOUGH_SCORE
 * (a long report that mentions migration a dozen times is about migration even if it is 20,000 words long).
 */
export const RELEVANCE_THRESHOLDS = {
  MIN_SCORE: 3,
  MIN_DENSITY: 1,
  DENSE_ENOUGH_SCORE: 12,
  TITLE_BONUS: 2,
  SITE_BONUS: 2,
} as const;

let migrationDomains: string[] | undefined;

/**
 * Judges whether an archived page or text is about migration governance: counts migration terms (en/fr/es) in the
 * title and text, adds a bonus when the title names migration and when the site belongs to a migration body, and
 * keeps the document when the score and density pass RELEVANCE_THRESHOLDS.
 */
export function judgeRelevance(doc: { title: string; text: string; url?: string }): Relevance {
  const { MIN_SCORE, MIN_DENSITY, DENSE_ENOUGH_SCORE, TITLE_BONUS, SITE_BONUS } = RELEVANCE_THRESHOLDS;
  const body = countTerms(doc.text);
  const title = countTerms(doc.title);
  const words = countWords(doc.text) + countWords(doc.title);
  const termWeight = body.weight + title.weight;
  const titleBonus = title.strong > 0 ? TITLE_BONUS : 0;
  const site = doc.url ? migrationSite(doc.url) : undefined;
  const siteBonus = site ? SITE_BONUS : 0;
  const score = round(termWeight + titleBonus + siteBonus);
  const density = (termWeight / Math.max(words, 1)) * 1000;
  const keep = score >= MIN_SCORE && (density >= MIN_DENSITY || score >= DENSE_ENOUGH_SCORE);

  const forms = mergeCounts(body.forms, title.forms);
  const hits = [...forms.values()].reduce((sum, n) => sum + n, 0);
  const counted = `${plural(hits, 'migration term')}${hits > 0 ? ` (${listForms(forms)})` : ''} in ${plural(words, 'word')}`;
  let verdict: string;
  if (keep) verdict = `kept: ${counted}, score ${score}`;
  else if (score < MIN_SCORE) verdict = `dropped: ${counted}, score ${score} — needs ${MIN_SCORE}`;
  else {
    verdict =
      `dropped: ${counted} — ${round(density)} per 1,000 words, needs ${MIN_DENSITY} ` +
      `(or a score of ${DENSE_ENOUGH_SCORE})`;
  }
  const reasons = [verdict];
  if (titleBonus) reasons.push(`the title mentions ${listForms(title.forms, 3)} (+${TITLE_BONUS})`);
  if (site) reasons.push(`published on the site of a migration organisation (${site}, +${SITE_BONUS})`);
  if (body.ignored.size + title.ignored.size > 0) {
    reasons.push(`not counted, not about people: ${listForms(mergeCounts(body.ignored, title.ignored), 3)}`);
  }
  return { keep, score, reasons };
}

interface TermCounts {
  weight: number;
  strong: number;
  /** Matched forms in lower case (acronyms as written) with their counts. */
  forms: Map<string, number>;
  ignored: Map<string, number>;
}

function countTerms(text: string): TermCounts {
  const counts: TermCounts = { weight: 0, strong: 0, forms: new Map(), ignored: new Map() };
  for (const match of text.matchAll(TERM_PATTERN)) {
    const form = match[0].toLowerCase().replace(/\s+/g, ' ');
    if (match[1] !== undefined) {
      bump(counts.ignored, form);
      continue;
    }
    const strong = match[2] !== undefined;
    counts.weight += strong ? STRONG_WEIGHT : WEAK_WEIGHT;
    if (strong) counts.strong++;
    bump(counts.forms, form);
  }
  for (const match of text.matchAll(ACRONYM_PATTERN)) {
    counts.weight += STRONG_WEIGHT;
    counts.strong++;
    bump(counts.forms, match[0]);
  }
  return counts;
}

/** The site's domain when it belongs to a migration organisation. */
function migrationSite(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  migrationDomains ??= [
    ...MIGRATION_ORGANIZATION_IDS.flatMap((id) => organizationRecord(id)?.domains ?? []).map(
      (d) => d.split('/')[0] ?? d,
    ),
    ...EXTRA_MIGRATION_DOMAINS,
  ];
  return migrationDomains.find((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Words are runs of non-space characters; counted without allocating, as texts can be long. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mergeCounts(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [key, n] of b) out.set(key, (out.get(key) ?? 0) + n);
  return out;
}

/** "migrants ×5, asylum ×3, IOM, …", most frequent first. */
function listForms(forms: Map<string, number>, max = 5): string {
  const sorted = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, max).map(([form, n]) => (n > 1 ? `${form} ×${n}` : form));
  return sorted.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
