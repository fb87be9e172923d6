import type { FacetName, FacetValue } from '../../search/types.js';
import { type PageContext, tf } from '../context.js';

export interface FacetEntry extends FacetValue {
  label: string;
  selected: boolean;
  /** Link to the same search with this value toggled. */
  href: string;
}

const VISIBLE = 8;

/** One facet: a heading and checkbox-like links; long lists fold the rest under "more" (works without JS). */
export function FacetGroup({ ctx, facet, entries }: { ctx: PageContext; facet: FacetName; entries: FacetEntry[] }) {
  if (entries.length === 0) return null;
  const headingId = `facet-${facet}`;
  // Selected values always stay visible so they can be removed.
  const visible = entries.filter((e, index) => index < VISIBLE || e.selected);
  const folded = entries.filter((e, index) => index >= VISIBLE && !e.selected);
  return (
    <section class="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{ctx.t[`facet_${facet}`]}</h3>
      <FacetValues ctx={ctx} entries={visible} />
      {folded.length > 0 && (
        <details>
          <summary>{tf(ctx, 'showMore', { count: folded.length })}</summary>
          <FacetValues ctx={ctx} entries={folded} />
        </details>
      )}
    </section>
  );
}

function FacetValues({ ctx, entries }: { ctx: PageContext; entries: FacetEntry[] }) {
  return (
    <ul class="facet-values">
      {entries.map((entry) => (
        <li key={entry.value}>
          <a
            href={entry.href}
            class={entry.selected ? 'facet-link selected' : 'facet-link'}
            aria-current={entry.selected ? 'true' : undefined}
          >
            <span class="check" aria-hidden="true">
              {entry.selected ? '✓' : ''}
            </span>
            <span class="facet-label">{entry.label}</span>
            {entry.selected && <span class="visually-hidden"> ({ctx.t.selected})</span>}
            <span class="count">{entry.count.toLocaleString(ctx.locale)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
