import { defaultSort, toSearchParams } from '../../search/queryParams.js';
import type { SearchQuery } from '../../search/types.js';
import type { PageContext } from '../context.js';

interface SearchFormProps {
  ctx: PageContext;
  query: SearchQuery;
  /** Only the search box (home page); the full form adds sort and dates. */
  compact?: boolean;
}

// Fields the form shows itself; every other filter travels in hidden inputs so a new search keeps them.
const VISIBLE_FIELDS = new Set(['q', 'sort', 'from', 'to', 'page']);

/** A plain GET form, so search works without JavaScript and every result page has a shareable URL. */
export function SearchForm({ ctx, query, compact }: SearchFormProps) {
  const { t } = ctx;
  const hidden = [...toSearchParams(query)].filter(([key]) => !VISIBLE_FIELDS.has(key));
  const sort = query.sort ?? defaultSort(query);
  return (
    <search>
      <form class={compact ? 'search-form compact' : 'search-form'} method="get" action="/search">
        <div class="field field-q">
          <label for="q">{t.searchLabel}</label>
          <div class="q-row">
            <input
              id="q"
              type="search"
              name="q"
              value={query.q ?? ''}
              placeholder={t.searchPlaceholder}
              maxlength={500}
            />
            <button type="submit">{t.searchButton}</button>
          </div>
        </div>
        {!compact && (
          <div class="field-row">
            <div class="field">
              <label for="sort">{t.sortLabel}</label>
              <select id="sort" name="sort">
                <option value="relevance" selected={sort === 'relevance'}>
                  {t.sortRelevance}
                </option>
                <option value="date" selected={sort === 'date'}>
                  {t.sortDate}
                </option>
              </select>
            </div>
            <div class="field">
              <label for="from">{t.fromLabel}</label>
              <input id="from" type="date" name="from" value={query.from ?? ''} />
            </div>
            <div class="field">
              <label for="to">{t.toLabel}</label>
              <input id="to" type="date" name="to" value={query.to ?? ''} />
            </div>
          </div>
        )}
        {hidden.map(([key, value]) => (
          <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
        ))}
        {ctx.hl && <input type="hidden" name="hl" value={ctx.hl} />}
      </form>
    </search>
  );
}
