import { itemId, sha256 } from '../domain/ids.js';
import type { Item, OrganizationRef, ParsedItem } from '../domain/item.js';
import { organizationByHint } from '../domain/organizations.js';
import { classifyType } from './classify/classifyType.js';
import { scoreObjectives } from './classify/scoreObjectives.js';
import { scorePrinciples } from './classify/scorePrinciples.js';
import { findCountries, regionsOf } from './entities/findCountries.js';
import { findEvents } from './entities/findEvents.js';
import { findOrganizations } from './entities/findOrganizations.js';
import { findPeople } from './entities/findPeople.js';
import { findProjects } from './entities/findProjects.js';
import { detectLanguage } from './language/detectLanguage.js';
import { sanitizeHtml } from './sanitize/sanitizeHtml.js';

/** Bumped whenever enrichment changes, so that re-importing an unchanged document re-tags it. */
export const ENRICH_VERSION = 2;

const SUMMARY_LENGTH = 320;

/** Turns what a parser read into an understood item: language, entities, objectives, type, sanitised HTML. Pure. */
export function enrichItem(parsed: ParsedItem): Item {
  const title = parsed.title.trim();
  const text = parsed.text.trim();
  const fullText = `${title}\n\n${text}`;
  const language = detectLanguage(fullText, parsed.language).language;
  const countries = findCountries(fullText).map((match) => match.code);
  const source = parsed.sourceOrganization ? organizationByHint(parsed.sourceOrganization) : null;
  const organizations = mergeOrganizations(
    source,
    findOrganizations(fullText).map((match) => match.ref),
  );
  const html = parsed.html ? sanitizeHtml(parsed.html, parsed.url) || null : null;
  const typeDecision = classifyType({ title, text, typeHint: parsed.typeHint, url: parsed.url, language });
  const item: Omit<Item, 'contentHash'> = {
    id: itemId(parsed),
    type: typeDecision.type,
    title,
    url: parsed.url ?? null,
    published: parsed.published ?? null,
    language,
    summary: parsed.summary?.trim() || summarize(text),
    text,
    html,
    sourceOrganization: source?.name ?? parsed.sourceOrganization ?? null,
    submittedBy: parsed.submittedBy ?? null,
    organizations,
    countries,
    regions: regionsOf(countries),
    objectives: scoreObjectives({ title, text, language, context: parsed.context }),
    principles: scorePrinciples({ title, text, language }),
    typeEvidence: typeDecision.evidence,
    projects: findProjects(fullText),
    people: findPeople(fullText),
    events: findEvents(fullText, parsed.published),
    provenance: parsed.provenance,
  };
  return { ...item, contentHash: contentHash(item) };
}

function mergeOrganizations(source: OrganizationRef | null, found: OrganizationRef[]): OrganizationRef[] {
  const byId = new Map<string, OrganizationRef>();
  if (source) byId.set(source.id, source);
  for (const ref of found) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()];
}

/** The first sentences of the text, cut at a word boundary. */
export function summarize(text: string): string {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? '';
  if (firstParagraph.length <= SUMMARY_LENGTH) return firstParagraph;
  const cut = firstParagraph.slice(0, SUMMARY_LENGTH);
  const sentenceEnd = cut.lastIndexOf('. ');
  if (sentenceEnd > SUMMARY_LENGTH / 2) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function contentHash(item: Omit<Item, 'contentHash'>): string {
  // Provenance is left out: the same item found at another position or file is the same content.
  const { provenance: _provenance, ...content } = item;
  return sha256(`${ENRICH_VERSION}\n${JSON.stringify(content)}`).slice(0, 32);
}
