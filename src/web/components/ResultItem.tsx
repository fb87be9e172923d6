import type { Item } from '../../domain/item.js';
import { itemPath } from '../../http/urls.js';
import type { SnippetPart } from '../../search/types.js';
import { formatDate, link, type PageContext } from '../context.js';
import { Snippet } from './Snippet.js';
import { TypeBadge } from './TypeBadge.js';

interface ResultItemProps {
  ctx: PageContext;
  item: Item;
  /** Snippet from the search; the item's summary is shown when there is none. */
  snippet?: SnippetPart[];
}

/** One entry of a listing: title link, type, date, publisher and a snippet. */
export function ResultItem({ ctx, item, snippet }: ResultItemProps) {
  const parts = snippet?.length ? snippet : item.summary ? [{ text: item.summary, highlight: false }] : [];
  return (
    <li class="result">
      <article>
        <h3 class="result-title">
          <a href={link(ctx, itemPath(item.id))}>{item.title}</a>
        </h3>
        <p class="result-meta">
          <TypeBadge ctx={ctx} type={item.type} />
          {item.published && <time datetime={item.published}>{formatDate(ctx, item.published)}</time>}
          {item.sourceOrganization && <span class="result-source">{item.sourceOrganization}</span>}
        </p>
        <Snippet parts={parts} />
      </article>
    </li>
  );
}
