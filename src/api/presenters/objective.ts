import type { GcmObjective } from '../../domain/gcm.js';
import { absoluteUrl, apiItemsPath, objectivePath } from '../../http/urls.js';

/** The public JSON form of a GCM objective with its item count and where to find its items. */
export function presentObjective(objective: GcmObjective, count: number, baseUrl: string) {
  const page = objectivePath(objective.number);
  return {
    number: objective.number,
    label: objective.label,
    title: objective.title,
    count,
    links: {
      html: absoluteUrl(baseUrl, page),
      items: absoluteUrl(baseUrl, apiItemsPath({ objectives: [objective.number] })),
      rss: absoluteUrl(baseUrl, `${page}/feed.rss`),
      atom: absoluteUrl(baseUrl, `${page}/feed.atom`),
    },
  };
}
