import { countryLabel, languageLabel, objectiveLabel, regionLabel } from '../http/labels.js';
import type { SearchQuery } from '../search/types.js';

/** A short English description of a search, for a feed's title ("“remittances” · Objective 20 · Kenya"). */
export function describeQuery(query: SearchQuery): string {
  const parts: string[] = [];
  if (query.q) parts.push(`“${query.q}”`);
  if (query.types?.length) parts.push(query.types.join(', '));
  for (const n of query.objectives ?? []) parts.push(`Objective ${objectiveLabel(n)}`);
  for (const code of query.countries ?? []) parts.push(countryLabel(code, 'en'));
  for (const id of query.regions ?? []) parts.push(regionLabel(id));
  for (const id of query.organizations ?? []) parts.push(id);
  for (const code of query.languages ?? []) parts.push(languageLabel(code, 'en'));
  if (query.years?.length) parts.push(query.years.join(', '));
  if (query.from || query.to) parts.push(`${query.from ?? '…'} – ${query.to ?? '…'}`);
  return parts.join(' · ');
}
