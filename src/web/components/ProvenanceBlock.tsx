import type { Provenance } from '../../domain/item.js';
import { publicSource } from '../../http/labels.js';
import type { PageContext } from '../context.js';

/** Where an item was read from: the document, its detected format and the item's position in it. */
export function ProvenanceBlock({ ctx, provenance }: { ctx: PageContext; provenance: Provenance }) {
  const { t } = ctx;
  const source = publicSource(provenance.source);
  return (
    <section class="provenance" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">{t.provenanceHeading}</h2>
      <dl>
        <dt>{t.provenanceSource}</dt>
        <dd>
          {/^https?:\/\//i.test(source) ? (
            <a href={source} rel="nofollow noopener">
              {source}
            </a>
          ) : (
            <code>{source}</code>
          )}
        </dd>
        <dt>{t.provenanceFormat}</dt>
        <dd>
          <code>{provenance.format}</code>
        </dd>
        <dt>{t.provenancePosition}</dt>
        <dd>{provenance.position + 1}</dd>
      </dl>
    </section>
  );
}
