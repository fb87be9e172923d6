import type { Item } from '../../domain/item.js';
import { countryLabel, languageLabel, regionLabel } from '../../http/labels.js';
import { countryPath, organizationPath, regionPath } from '../../http/urls.js';
import type { ItemCluster, RelatedItem } from '../../store/types.js';
import { CorrectionForm } from '../components/CorrectionForm.js';
import { DuplicateFacts, SeeAlso } from '../components/DuplicateLinks.js';
import { EntityFacts, PrincipleTags, TypeEvidence } from '../components/ItemUnderstanding.js';
import { Layout } from '../components/Layout.js';
import { ObjectiveTags } from '../components/ObjectiveTags.js';
import { ProvenanceBlock } from '../components/ProvenanceBlock.js';
import { TagLinks } from '../components/TagLinks.js';
import { TypeBadge } from '../components/TypeBadge.js';
import { formatDate, link, type PageContext } from '../context.js';

/** Plain-text body split into paragraphs at blank lines. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** One item: what it is, who published it, its text, its objectives with evidence, and where it came from. */
export function ItemPage({
  ctx,
  item,
  duplicates,
}: {
  ctx: PageContext;
  item: Item;
  /** Its cluster of copies and its "see also" items, when the route looked them up. */
  duplicates?: { cluster: ItemCluster | null; related: RelatedItem[] };
}) {
  const { t } = ctx;
  const contentLang = item.language !== 'und' ? item.language : undefined;
  const showSummary = item.summary && !item.text.startsWith(item.summary.replace(/…$/, ''));
  return (
    <Layout ctx={ctx} title={item.title}>
      <article class="item">
        <header class="item-header">
          <p class="result-meta">
            <TypeBadge ctx={ctx} type={item.type} />
            {item.published && <time datetime={item.published}>{formatDate(ctx, item.published)}</time>}
          </p>
          <h1 lang={contentLang}>{item.title}</h1>
        </header>
        <dl class="item-facts">
          <div>
            <dt>{t.typeLabel}</dt>
            <dd>{t[`type_${item.type}`]}</dd>
          </div>
          {item.published && (
            <div>
              <dt>{t.publishedLabel}</dt>
              <dd>
                <time datetime={item.published}>{formatDate(ctx, item.published)}</time>
              </dd>
            </div>
          )}
          <div>
            <dt>{t.languageLabel}</dt>
            <dd>{languageLabel(item.language, ctx.locale)}</dd>
          </div>
          {item.sourceOrganization && (
            <div>
              <dt>{t.sourceLabel}</dt>
              <dd>{item.sourceOrganization}</dd>
            </div>
          )}
          {item.submittedBy && (
            <div>
              <dt>{t.submittedByLabel}</dt>
              <dd>{item.submittedBy}</dd>
            </div>
          )}
          <TagLinks
            label={t.countriesLabel}
            tags={item.countries.map((code) => ({
              label: countryLabel(code, ctx.locale),
              href: link(ctx, countryPath(code)),
            }))}
          />
          <TagLinks
            label={t.regionsLabel}
            tags={item.regions.map((id) => ({ label: regionLabel(id), href: link(ctx, regionPath(id)) }))}
          />
          <TagLinks
            label={t.organizationsLabel}
            tags={item.organizations.map((org) => ({ label: org.name, href: link(ctx, organizationPath(org.id)) }))}
          />
          <EntityFacts ctx={ctx} item={item} />
          <DuplicateFacts ctx={ctx} item={item} cluster={duplicates?.cluster ?? null} />
        </dl>
        <TypeEvidence ctx={ctx} item={item} />
        {item.url && (
          <p>
            <a class="source-link" href={item.url} rel="nofollow noopener">
              {t.viewSource} ↗
            </a>
          </p>
        )}
        {showSummary && (
          <section aria-labelledby="summary-heading" lang={contentLang}>
            <h2 id="summary-heading">{t.summaryHeading}</h2>
            <p class="lead">{item.summary}</p>
          </section>
        )}
        <section aria-labelledby="text-heading" class="item-body" lang={contentLang}>
          <h2 id="text-heading" class="visually-hidden">
            {t.textHeading}
          </h2>
          {item.html ? (
            // Safe: item.html was sanitised once by the enrich stage (allow-list, no scripts or handlers).
            <div dangerouslySetInnerHTML={{ __html: item.html }} />
          ) : (
            paragraphs(item.text).map((p, index) => <p key={index}>{p}</p>)
          )}
        </section>
      </article>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t.objectivesTagged}</h2>
        <ObjectiveTags ctx={ctx} tags={item.objectives} />
      </section>
      <PrincipleTags ctx={ctx} item={item} />
      <SeeAlso ctx={ctx} related={duplicates?.related ?? []} />
      <ProvenanceBlock ctx={ctx} provenance={item.provenance} />
      <CorrectionForm ctx={ctx} itemId={item.id} />
    </Layout>
  );
}
