import { GCM_OBJECTIVES } from '../../domain/gcm.js';
import { objectivePath } from '../../http/urls.js';
import { countLabel, link, type PageContext } from '../context.js';

/** The 23 objectives as links, each with its number of items. */
export function ObjectiveGrid({ ctx, counts }: { ctx: PageContext; counts: Map<number, number> }) {
  return (
    <ol class="objective-grid">
      {GCM_OBJECTIVES.map((objective) => {
        const count = counts.get(objective.number) ?? 0;
        return (
          <li key={objective.number}>
            <a href={link(ctx, objectivePath(objective.number))} title={objective.title}>
              <span class="objective-number">{objective.number}</span>
              <span class="objective-label">{objective.label}</span>
              <span class="count">{countLabel(ctx, count, 'itemsOne', 'itemsCount')}</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}
