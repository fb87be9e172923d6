import type { Item } from '../../domain/item.js';
import { principleLabel } from '../../http/labels.js';
import { entityPath, searchPath } from '../../http/urls.js';
import { link, type PageContext, tf } from '../context.js';
import { TagLinks } from './TagLinks.js';

/** Rows of links to the projects, people and events an item names (inside the item's fact list). */
export function EntityFacts({ ctx, item }: { ctx: PageContext; item: Item }) {
  const { t } = ctx;
  return (
    <>
      <TagLinks
        label={t.projectsLabel}
        tags={item.projects.map((p) => ({ label: p.acronym ?? p.name, href: link(ctx, entityPath('project', p.id)) }))}
      />
      <TagLinks
        label={t.peopleLabel}
        tags={item.people.map((p) => ({ label: p.name, href: link(ctx, entityPath('person', p.id)) }))}
      />
      <TagLinks
        label={t.eventsLabel}
        tags={item.events.map((e) => ({ label: e.name, href: link(ctx, entityPath('event', e.id)) }))}
      />
    </>
  );
}

/** "Classified as Event because: title: workshop; text: gathering on a date". */
export function TypeEvidence({ ctx, item }: { ctx: PageContext; item: Item }) {
  if (item.typeEvidence.length === 0) return null;
  return (
    <p class="evidence type-evidence">
      {tf(ctx, 'typeBecause', { type: ctx.t[`type_${item.type}`] })}: {item.typeEvidence.join('; ')}
    </p>
  );
}

/** The guiding principles an item reflects, each with its confidence and evidence; nothing when none. */
export function PrincipleTags({ ctx, item }: { ctx: PageContext; item: Item }) {
  const { t } = ctx;
  if (item.principles.length === 0) return null;
  return (
    <section aria-labelledby="principles-heading">
      <h2 id="principles-heading">{t.principlesHeading}</h2>
      <ul class="objective-tags">
        {item.principles.map((tag) => (
          <li key={tag.id}>
            <a href={link(ctx, searchPath({ principles: [tag.id] }))}>{principleLabel(tag.id)}</a>{' '}
            <span class="score">
              ({t.scoreLabel} {Math.round(tag.score * 100)}%)
            </span>
            {tag.evidence.length > 0 && (
              <p class="evidence">
                {t.taggedBecause}:{' '}
                {tag.evidence.map((evidence, index) => (
                  <span key={`${evidence.kind}:${evidence.text}`}>
                    {index > 0 && '; '}
                    {evidence.kind === 'term' ? <q>{evidence.text}</q> : <em>{evidence.text}</em>}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
