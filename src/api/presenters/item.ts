import type { Item } from '../../domain/item.js';
import { countryLabel, objectiveLabel, publicSource, regionLabel } from '../../http/labels.js';
import { absoluteUrl, itemPath } from '../../http/urls.js';
import type { ItemBrief, ItemCluster, RelatedItem } from '../../store/types.js';
import { presentUnderstanding, type UnderstandingJson } from './entity.js';

/** The public JSON form of an item; storage details such as contentHash stay private. */
export interface ItemJson extends UnderstandingJson {
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
  /** Copies of this item (other sources, other languages), itself included; on the single-item endpoint only. */
  cluster?: { id: string; items: ClusterItemJson[] } | null;
  /** "See also" items, best first; on the single-item endpoint only. */
  related?: (ClusterItemJson & { score: number })[];
}

/** An item as listed in a cluster or as related: enough to link to it. */
export interface ClusterItemJson {
  id: string;
  title: string;
  language: string;
  sourceOrganization: string | null;
  published: string | null;
  links: { self: string; html: string };
}

/** Duplicates and related items of one item, as the store gives them. */
export interface ItemDuplicates {
  cluster: ItemCluster | null;
  related: RelatedItem[];
}

export function presentItem(item: Item, baseUrl: string, duplicates?: ItemDuplicates): ItemJson {
  const json: ItemJson = {
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
    ...presentUnderstanding(item, baseUrl),
    provenance: { ...item.provenance, source: publicSource(item.provenance.source) },
    links: {
      self: absoluteUrl(baseUrl, `/api/v1${itemPath(item.id)}`),
      html: absoluteUrl(baseUrl, itemPath(item.id)),
    },
  };
  if (duplicates) {
    const brief = (b: ItemBrief): ClusterItemJson => ({
      id: b.id,
      title: b.title,
      language: b.language,
      sourceOrganization: b.sourceOrganization,
      published: b.published,
      links: { self: absoluteUrl(baseUrl, `/api/v1${itemPath(b.id)}`), html: absoluteUrl(baseUrl, itemPath(b.id)) },
    });
    json.cluster = duplicates.cluster
      ? { id: duplicates.cluster.id, items: duplicates.cluster.items.map(brief) }
      : null;
    json.related = duplicates.related.map((r) => ({ ...brief(r), score: r.score }));
  }
  return json;
}
