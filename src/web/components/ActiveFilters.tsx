import { type PageContext, tf } from '../context.js';

export interface ActiveFilter {
  /** "Type: News". */
  label: string;
  /** Link to the same search without this filter. */
  removeHref: string;
}

/** The filters in force, each with a link that removes it, and one that removes them all. */
export function ActiveFilters({
  ctx,
  filters,
  clearHref,
}: {
  ctx: PageContext;
  filters: ActiveFilter[];
  clearHref: string;
}) {
  if (filters.length === 0) return null;
  return (
    <section class="active-filters" aria-labelledby="active-filters-heading">
      <h2 id="active-filters-heading" class="visually-hidden">
        {ctx.t.activeFilters}
      </h2>
      <ul>
        {filters.map((filter) => (
          <li key={filter.removeHref}>
            <a href={filter.removeHref} class="chip" aria-label={tf(ctx, 'removeFilter', { label: filter.label })}>
              {filter.label} <span aria-hidden="true">✕</span>
            </a>
          </li>
        ))}
        {filters.length > 1 && (
          <li>
            <a href={clearHref} class="clear-filters">
              {ctx.t.clearFilters}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
