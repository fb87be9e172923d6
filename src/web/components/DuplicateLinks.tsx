import type { Item } from '../../domain/item.js';
import { languageLabel } from '../../http/labels.js';
import { itemPath } from '../../http/urls.js';
import type { ItemBrief, ItemCluster, RelatedItem } from '../../store/types.js';
import { link, type PageContext } from '../context.js';
import type { Locale } from '../i18n/index.js';
import { TagLinks } from './TagLinks.js';

// Kept here rather than in the shared catalogues: only this component uses them.
const LABELS: Record<Locale, { alsoPublishedBy: string; alsoIn: string; seeAlso: string }> = {
  en: { alsoPublishedBy: 'Also published by', alsoIn: 'Also in', seeAlso: 'See also' },
  fr: { alsoPublishedBy: 'Également publié par', alsoIn: 'Aussi en', seeAlso: 'Voir aussi' },
  es: { alsoPublishedBy: 'También publicado por', alsoIn: 'También en', seeAlso: 'Véase también' },
};

/** Other sources in the item's cluster, one item each (the oldest), the item's own source left out. */
export function otherSources(item: Pick<Item, 'id' | 'sourceOrganization'>, cluster: ItemCluster | null): ItemBrief[] {
  return firstBy(cluster, item, (brief) => brief.sourceOrganization, item.sourceOrganization);
}

/** Other languages in the item's cluster, one item each (the oldest), the item's own language left out. */
export function otherLanguages(item: Pick<Item, 'id' | 'language'>, cluster: ItemCluster | null): ItemBrief[] {
  return firstBy(cluster, item, (brief) => (brief.language === 'und' ? null : brief.language), item.language);
}

function firstBy(
  cluster: ItemCluster | null,
  item: { id: string },
  key: (brief: ItemBrief) => string | null,
  own: string | null,
): ItemBrief[] {
  const seen = new Set<string>(own ? [own] : []);
  const out: ItemBrief[] = [];
  for (const brief of cluster?.items ?? []) {
    const value = key(brief);
    if (brief.id === item.id || !value || seen.has(value)) continue;
    seen.add(value);
    out.push(brief);
  }
  return out;
}

/** "Also published by …" and "Also in …" rows for the item's fact list; nothing when it has no copies. */
export function DuplicateFacts({ ctx, item, cluster }: { ctx: PageContext; item: Item; cluster: ItemCluster | null }) {
  const labels = LABELS[ctx.locale];
  return (
    <>
      <TagLinks
        label={labels.alsoPublishedBy}
        tags={otherSources(item, cluster).map((brief) => ({
          label: brief.sourceOrganization ?? '',
          href: link(ctx, itemPath(brief.id)),
        }))}
      />
      <TagLinks
        label={labels.alsoIn}
        tags={otherLanguages(item, cluster).map((brief) => ({
          label: languageLabel(brief.language, ctx.locale),
          href: link(ctx, itemPath(brief.id)),
        }))}
      />
    </>
  );
}

/** "See also": related items with their source; nothing when there are none. */
export function SeeAlso({ ctx, related }: { ctx: PageContext; related: RelatedItem[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="see-also-heading" class="see-also">
      <h2 id="see-also-heading">{LABELS[ctx.locale].seeAlso}</h2>
      <ul>
        {related.map((brief) => (
          <li key={brief.id}>
            <a href={link(ctx, itemPath(brief.id))} lang={brief.language !== 'und' ? brief.language : undefined}>
              {brief.title}
            </a>
            {brief.sourceOrganization && <span class="result-meta"> — {brief.sourceOrganization}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
