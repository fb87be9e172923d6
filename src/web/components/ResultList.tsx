import type { SearchHit } from '../../search/types.js';
import type { PageContext } from '../context.js';
import { ResultItem } from './ResultItem.js';

/** A list of search hits. */
export function ResultList({ ctx, hits }: { ctx: PageContext; hits: SearchHit[] }) {
  return (
    <ol class="results">
      {hits.map((hit) => (
        <ResultItem key={hit.item.id} ctx={ctx} item={hit.item} snippet={hit.snippet} />
      ))}
    </ol>
  );
}
