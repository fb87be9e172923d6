import { FACET_NAMES, type FacetName } from '../../search/types.js';
import type { PageContext } from '../context.js';
import { type FacetEntry, FacetGroup } from './FacetGroup.js';

/** All facets of a search, each value a link toggling its filter. */
export function FacetSidebar({ ctx, facets }: { ctx: PageContext; facets: Record<FacetName, FacetEntry[]> }) {
  return (
    <aside class="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading">{ctx.t.filtersHeading}</h2>
      {FACET_NAMES.map((facet) => (
        <FacetGroup key={facet} ctx={ctx} facet={facet} entries={facets[facet]} />
      ))}
    </aside>
  );
}
