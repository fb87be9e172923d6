import { type PageContext, tf } from '../context.js';

interface PaginationProps {
  ctx: PageContext;
  page: number;
  pages: number;
  /** Link to a given page of the same list. */
  hrefFor: (page: number) => string;
}

/** Page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [index, p] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous > 1) out.push(null);
    out.push(p);
  }
  return out;
}

/** Previous / numbered / next links; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pages, hrefFor }: PaginationProps) {
  if (pages <= 1) return null;
  const { t } = ctx;
  return (
    <nav class="pagination" aria-label={t.paginationLabel}>
      <ul>
        <li>
          {page > 1 ? (
            <a href={hrefFor(page - 1)} rel="prev">
              ← {t.previous}
            </a>
          ) : (
            <span class="disabled" aria-hidden="true">
              ← {t.previous}
            </span>
          )}
        </li>
        {pageWindow(page, pages).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} class="gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <a
                href={hrefFor(p)}
                aria-current={p === page ? 'page' : undefined}
                aria-label={tf(ctx, 'pageN', { n: p })}
              >
                {p}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <a href={hrefFor(page + 1)} rel="next">
              {t.next} →
            </a>
          ) : (
            <span class="disabled" aria-hidden="true">
              {t.next} →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
