/**
 * Runs the hub's enrichment on one devset item, as an import of a plain-text page would, and keeps the evidence
 * behind every predicted label so that the confusion list can say why a false positive was produced.
 */
import { isCountryCode } from '../src/domain/countries.js';
import type { ParsedItem } from '../src/domain/item.js';
import { organizationRecord } from '../src/domain/organizations.js';
import { classifyType } from '../src/enrich/classify/classifyType.js';
import { scorePrinciples } from '../src/enrich/classify/scorePrinciples.js';
import { enrichItem } from '../src/enrich/enrichItem.js';
import { findCountries } from '../src/enrich/entities/findCountries.js';
import { findOrganizations } from '../src/enrich/entities/findOrganizations.js';
import { detectLanguage } from '../src/enrich/language/detectLanguage.js';
import type { DevItem } from './devset.js';
import { type FoundOrganization, organizationLabels } from './metrics.js';

/** The tasks the harness measures. */
export const TASKS = ['objectives', 'principles', 'countries', 'organizations', 'type', 'language'] as const;
export type Task = (typeof TASKS)[number];

export function isTask(value: string): value is Task {
  return (TASKS as readonly string[]).includes(value);
}

/** The hub's labels for one item, in the devset's vocabulary, with evidence per predicted label. */
export interface Prediction {
  labels: Record<Task, string[]>;
  /** Per task, per predicted label: the terms, names or cues that produced it. */
  evidence: Record<Task, Record<string, string[]>>;
}

/** The parsed item the hub would build from a plain-text page holding this devset item. */
export function toParsedItem(item: DevItem): ParsedItem {
  return {
    title: item.title,
    text: item.text,
    url: item.url,
    language: undefined,
    provenance: { source: item.id, format: 'text-page', position: 0 },
  };
}

function evidenceOf(entries: Array<[string, string[]]>): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [label, texts] of entries) map[label] = [...(map[label] ?? []), ...texts];
  return map;
}

/** Enriches the item with the hub and reads its labels; principles come from scorePrinciples. */
export function predict(item: DevItem): Prediction {
  const parsed = toParsedItem(item);
  const enriched = enrichItem(parsed);
  const fullText = `${enriched.title}\n\n${enriched.text}`;

  const objectives = enriched.objectives.map((tag) => String(tag.objective));
  const principleTags = scorePrinciples({ title: enriched.title, text: enriched.text, language: enriched.language });
  // Only ISO 3166-1 codes are comparable with the labels; a marker such as "Global" has no label to match.
  const countries = enriched.countries.filter(isCountryCode);
  const found: FoundOrganization[] = enriched.organizations.map((ref) => ({
    ...ref,
    known: organizationRecord(ref.id) !== undefined,
  }));
  const organizations = organizationLabels(item.labels.organizations, found);
  const labelOfOrg = new Map(found.map((org, i) => [org.id, organizations[i] ?? org.id]));

  const typeDecision = classifyType({ title: enriched.title, text: enriched.text, url: parsed.url });
  const languageGuess = detectLanguage(fullText);

  return {
    labels: {
      objectives,
      principles: principleTags.map((tag) => tag.id),
      countries,
      organizations,
      type: [enriched.type],
      language: [enriched.language],
    },
    evidence: {
      objectives: evidenceOf(
        enriched.objectives.map((tag) => [
          String(tag.objective),
          [`score ${tag.score}`, ...tag.evidence.map((e) => e.text)],
        ]),
      ),
      principles: evidenceOf(principleTags.map((tag) => [tag.id, tag.evidence.map((e) => e.text)])),
      countries: evidenceOf(findCountries(fullText).map((match) => [match.code, match.evidence])),
      organizations: evidenceOf(
        findOrganizations(fullText).map((match) => [labelOfOrg.get(match.ref.id) ?? match.ref.id, match.evidence]),
      ),
      type: evidenceOf([[typeDecision.type, typeDecision.evidence]]),
      language: evidenceOf([[languageGuess.language, [languageGuess.evidence]]]),
    },
  };
}

/** The devset's labels of an item, per task (principles only when the item has them). */
export function expectedLabels(item: DevItem): Record<Task, string[] | undefined> {
  const { labels } = item;
  return {
    objectives: labels.objectives.map(String),
    principles: labels.principles,
    countries: labels.countries,
    organizations: labels.organizations,
    type: [labels.type],
    language: [item.language],
  };
}
