import type { ObjectiveTag } from '../../domain/item.js';
import { objectiveLabel } from '../../http/labels.js';
import { objectivePath } from '../../http/urls.js';
import { link, type PageContext } from '../context.js';

/** The objectives an item is tagged with, strongest first, each with its confidence and the evidence for it. */
export function ObjectiveTags({ ctx, tags }: { ctx: PageContext; tags: ObjectiveTag[] }) {
  const { t } = ctx;
  if (tags.length === 0) return <p class="muted">{t.noObjectives}</p>;
  const sorted = [...tags].sort((a, b) => b.score - a.score);
  return (
    <ul class="objective-tags">
      {sorted.map((tag) => (
        <li key={tag.objective}>
          <a href={link(ctx, objectivePath(tag.objective))}>{objectiveLabel(tag.objective)}</a>{' '}
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
  );
}
