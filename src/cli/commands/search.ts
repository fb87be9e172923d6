import type { Command } from 'commander';
import { parseSearchParams } from '../../search/queryParams.js';
import { writeJsonLine } from '../output.js';
import { withHub } from '../withHub.js';

interface SearchFlags {
  type?: string[];
  objective?: string[];
  country?: string[];
  org?: string[];
  lang?: string[];
  sort?: string;
  page?: string;
  pageSize?: string;
  database?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `migration-hub search [QUERY]`: prints one JSON line per hit, then one with the total and facets. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search stored items; prints JSON Lines (hits, then a summary with facets)')
    .argument('[query]', 'words, "phrases", -excluded words')
    .option('--type <type>', 'item type (repeatable)', collect)
    .option('--objective <n>', 'GCM objective 1–23 (repeatable)', collect)
    .option('--country <code>', 'ISO alpha-3 country code (repeatable)', collect)
    .option('--org <id>', 'organisation id (repeatable)', collect)
    .option('--lang <code>', 'language code (repeatable)', collect)
    .option('--sort <order>', 'relevance or date')
    .option('--page <n>', 'page number, from 1')
    .option('--page-size <n>', 'hits per page (at most 100)')
    .option('--database <path>', 'SQLite file to use instead of the configured one')
    .action(async (q: string | undefined, flags: SearchFlags) => {
      const query = parseSearchParams({
        q,
        type: flags.type,
        objective: flags.objective,
        country: flags.country,
        org: flags.org,
        lang: flags.lang,
        sort: flags.sort,
        page: flags.page,
        pageSize: flags.pageSize,
      });
      await withHub(flags.database, async (hub) => {
        const result = await hub.search.search(query);
        for (const hit of result.hits) {
          const { item } = hit;
          writeJsonLine({
            type: 'hit',
            id: item.id,
            title: item.title,
            itemType: item.type,
            published: item.published,
            url: item.url,
            score: hit.score,
            snippet: hit.snippet.map((part) => part.text).join(''),
          });
        }
        const { total, page, pageSize, facets } = result;
        writeJsonLine({ type: 'summary', total, page, pageSize, facets });
      });
    });
}
