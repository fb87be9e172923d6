import type { Item } from '../../domain/item.js';
import { countryLabel, objectiveLabel, publicSource, regionLabel } from '../../http/labels.js';
import { absoluteUrl, itemPath } from '../../http/urls.js';

/** The public JSON form of an item; storage details such as contentHash stay private. */
export interface ItemJson {
  id: string;
  type: Item['type'];
  title: string;
  url: string | null;
  published: string | null;
  language: string;
  summary: string;
  text: string;
  html: string | null;
  sourceOrganization: string | null;
  submittedBy: string | null;
  organizations: { id: string; name: string; fullName: string | null }[];
  countries: { code: string; name: string }[];
  regions: { id: string; name: string }[];
  objectives: { objective: number; label: string; score: number; evidence: Item['objectives'][number]['evidence'] }[];
  provenance: Item['provenance'];
  links: { self: string; html: string };
}

export function presentItem(item: Item, baseUrl: string): ItemJson {
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    url: item.url,
    published: item.published,
    language: item.language,
    summary: item.summary,
    text: item.text,
    html: item.html,
    sourceOrganization: item.sourceOrganization,
    submittedBy: item.submittedBy,
    organizations: item.organizations.map((org) => ({ id: org.id, name: org.name, fullName: org.fullName ?? null })),
    countries: item.countries.map((code) => ({ code, name: countryLabel(code, 'en') })),
    regions: item.regions.map((id) => ({ id, name: regionLabel(id) })),
    objectives: [...item.objectives]
      .sort((a, b) => b.score - a.score)
      .map((tag) => ({
        objective: tag.objective,
        label: objectiveLabel(tag.objective),
        score: tag.score,
        evidence: tag.evidence,
      })),
    provenance: { ...item.provenance, source: publicSource(item.provenance.source) },
    links: {
      self: absoluteUrl(baseUrl, `/api/v1${itemPath(item.id)}`),
      html: absoluteUrl(baseUrl, itemPath(item.id)),
    },
  };
}
