/** The five regions the UN Migration Network Hub filters by. Countries map to one of these in the country gazetteer. */
export const REGIONS = [
  { id: 'africa', label: 'Africa' },
  { id: 'americas', label: 'Americas' },
  { id: 'asia', label: 'Asia' },
  { id: 'europe', label: 'Europe' },
  { id: 'oceania', label: 'Oceania' },
] as const;
export type RegionId = (typeof REGIONS)[number]['id'];

export function regionLabel(id: string): string {
  return REGIONS.find((r) => r.id === id)?.label ?? id;
}
