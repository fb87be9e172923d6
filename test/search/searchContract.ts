import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SearchProvider, SearchQuery, SearchResult } from '../../src/search/types.js';
import type { Store } from '../../src/store/types.js';
import { makeItem } from '../support/itemBuilder.js';
import { runEntitySearchContract } from './entitySearchContract.js';
import { searchCorpus } from './searchCorpus.js';

/** A migrated, empty store and a search over it. */
export interface SearchFixture {
  store: Store;
  search: SearchProvider;
}

/** Runs the search behaviour every engine must have, on the twenty-item corpus. */
export function runSearchContract(engine: string, open: () => Promise<SearchFixture>): void {
  runEntitySearchContract(engine, open);
  describe(`search contract: ${engine}`, () => {
    let fixture: SearchFixture;
    before(async () => {
      fixture = await open();
      await fixture.store.items.upsertMany(searchCorpus());
    });
    after(() => fixture.store.close());

    const search = (query: SearchQuery) => fixture.search.search(query);
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.item.id);
    const sortedIds = (result: SearchResult) => ids(result).sort();
    const facet = (result: SearchResult, name: keyof SearchResult['facets']) =>
      Object.fromEntries(result.facets[name].map((v) => [v.value, v.count]));

    describe('without a query', () => {
      it('returns everything, newest first, undated last, then by id', async () => {
        const result = await search({});
        assert.equal(result.total, 20);
        assert.equal(result.hits.length, 20);
        assert.deepEqual(ids(result).slice(0, 3), ['event-fji', 'newsletter', 'call-reintegration']);
        assert.deepEqual(ids(result).slice(-2), ['about', 'vacancy']);
      });
      it('treats a query of only punctuation or operators as no query', async () => {
        for (const q of ['"', '*', '-', '"" ""', 'AND OR', 'OR', '!!! ??? ...', '   ']) {
          assert.equal((await search({ q })).total, 20, `query ${JSON.stringify(q)}`);
        }
      });
    });

    describe('filters', () => {
      it('filters by type, OR-ing values', async () => {
        assert.deepEqual(sortedIds(await search({ types: ['practice'] })), ['detention-mex', 'es-migrantes']);
        assert.deepEqual(sortedIds(await search({ types: ['practice', 'event'] })), [
          'detention-mex',
          'es-migrantes',
          'event-fji',
        ]);
      });
      it('filters by objective, country, region, organisation and language', async () => {
        assert.deepEqual(sortedIds(await search({ objectives: [11] })), [
          'border-civ',
          'fr-frontieres',
          'management-of-border',
        ]);
        assert.deepEqual(sortedIds(await search({ objectives: [7, 20] })), ['detention-mex', 'remit-npl']);
        assert.deepEqual(sortedIds(await search({ countries: ['DEU'] })), ['trafficking-deu', 'xenophobia-deu']);
        assert.deepEqual(sortedIds(await search({ regions: ['oceania', 'americas'] })), [
          'detention-mex',
          'es-migrantes',
          'event-fji',
          'health-bra',
        ]);
        assert.deepEqual(sortedIds(await search({ organizations: ['ilo'] })), ['labour-ken', 'project-qat']);
        assert.deepEqual(sortedIds(await search({ languages: ['fr', 'es'] })), ['es-migrantes', 'fr-frontieres']);
      });
      it('filters by year as the publisher dated the item', async () => {
        assert.deepEqual(sortedIds(await search({ years: [2019] })), ['border-civ', 'skills', 'trafficking-deu']);
      });
      it('filters by an inclusive date range, leaving out undated items', async () => {
        assert.deepEqual(sortedIds(await search({ from: '2019-07-16', to: '2019-12-31' })), ['border-civ', 'skills']);
        assert.equal((await search({ from: '2024-01-05' })).total, 2);
        assert.equal((await search({ to: '2018-11-20' })).total, 1);
      });
      it('ANDs different filters', async () => {
        assert.deepEqual(ids(await search({ types: ['publication'], regions: ['europe'] })), ['trafficking-deu']);
        assert.equal((await search({ types: ['event'], countries: ['DEU'] })).total, 0);
      });
      it('matches nothing for unknown values', async () => {
        const result = await search({ countries: ['XXX'] });
        assert.equal(result.total, 0);
        assert.deepEqual(result.hits, []);
      });
      it('rejects a malformed date with a bad_request error', async () => {
        await assert.rejects(search({ from: '2019-13-01' }), { code: 'bad_request' });
        await assert.rejects(search({ to: 'yesterday' }), { code: 'bad_request' });
      });
    });

    describe('facets', () => {
      it('counts each facet over the matching items, most frequent first, then by value', async () => {
        const result = await search({});
        assert.deepEqual(result.facets.region.slice(0, 2), [
          { value: 'africa', count: 3 },
          { value: 'americas', count: 3 },
        ]);
        assert.equal(facet(result, 'type').publication, 5);
        assert.equal(facet(result, 'objective')['11'], 3);
        assert.equal(facet(result, 'organization').unodc, 2);
        assert.equal(facet(result, 'language').und, 1);
        assert.equal(facet(result, 'year')['2019'], 3);
        for (const values of Object.values(result.facets)) {
          for (let i = 1; i < values.length; i++) {
            assert.ok((values[i - 1]?.count ?? 0) >= (values[i]?.count ?? 0), 'sorted by count');
          }
        }
      });
      it("computes a facet's counts without its own filter but with every other", async () => {
        const result = await search({ types: ['news'], regions: ['africa'] });
        assert.deepEqual(sortedIds(result), ['fr-frontieres', 'labour-ken']);
        // Type counts ignore the type filter: every type in Africa.
        assert.deepEqual(facet(result, 'type'), { news: 2, publication: 1 });
        // Region counts ignore the region filter: news items in every region.
        assert.deepEqual(facet(result, 'region'), { africa: 2, asia: 1, europe: 1 });
        // Other facets count the matching items only.
        assert.deepEqual(facet(result, 'country'), { KEN: 1, SEN: 1 });
        assert.deepEqual(facet(result, 'language'), { en: 1, fr: 1 });
      });
      it('applies the text query to every facet', async () => {
        const result = await search({ q: 'trafficking', types: ['news'] });
        assert.equal(result.total, 0);
        assert.deepEqual(facet(result, 'type'), { publication: 1 });
      });
    });

    describe('text', () => {
      it('ANDs words', async () => {
        assert.deepEqual(ids(await search({ q: 'migrant children' })), ['detention-mex']);
      });
      it('folds accents and case both ways', async () => {
        assert.deepEqual(ids(await search({ q: "Cote d'Ivoire" })), ['border-civ']);
        assert.deepEqual(ids(await search({ q: 'SENEGAL' })), ['fr-frontieres']);
        assert.deepEqual(ids(await search({ q: 'sao paulo' })), ['health-bra']);
      });
      it('stems English words', async () => {
        assert.ok(ids(await search({ q: 'remittance' })).includes('remit-npl'));
        assert.ok(ids(await search({ q: 'managing' })).includes('border-civ'), 'managing finds management');
        assert.ok(ids(await search({ q: 'children' })).includes('detention-mex'));
      });
      it('stems French and Spanish items with their own stemmer', async () => {
        assert.deepEqual(ids(await search({ q: 'frontière' })), ['fr-frontieres']);
        assert.deepEqual(ids(await search({ q: 'inclusion migrante' })), ['es-migrantes']);
      });
      it('matches quoted phrases in order', async () => {
        assert.deepEqual(ids(await search({ q: '"border management"' })), ['border-civ']);
        assert.deepEqual(sortedIds(await search({ q: 'border management' })), ['border-civ', 'management-of-border']);
      });
      it('excludes -words and NOT words', async () => {
        const all = sortedIds(await search({ q: 'migrants' }));
        assert.ok(all.includes('smuggling-ita'));
        const without = sortedIds(await search({ q: 'migrants -smuggling' }));
        assert.deepEqual(
          without,
          all.filter((id) => id !== 'smuggling-ita'),
        );
        assert.deepEqual(sortedIds(await search({ q: 'migrants NOT smuggling' })), without);
        assert.equal((await search({ q: '-migrants' })).total, 20 - all.length);
        assert.ok(!ids(await search({ q: '-"border management"' })).includes('border-civ'));
      });
      it('ORs terms joined by OR', async () => {
        assert.deepEqual(sortedIds(await search({ q: 'remittances OR trafficking' })), [
          'remit-npl',
          'trafficking-deu',
        ]);
        assert.deepEqual(ids(await search({ q: 'remittances or trafficking' })), [], 'lower-case or is a word');
      });
      it('ranks title matches above body matches', async () => {
        const result = await search({ q: 'workers' });
        assert.deepEqual(sortedIds(result), ['labour-ken', 'project-qat', 'skills']);
        assert.equal(ids(result)[0], 'project-qat');
        assert.ok(result.hits.every((hit, i) => i === 0 || hit.score <= (result.hits[i - 1]?.score ?? 0)));
        assert.ok((result.hits[0]?.score ?? 0) > 0, 'relevance scores are positive');
      });
      it('sorts by date when asked, even with a query', async () => {
        const result = await search({ q: 'migrants', sort: 'date' });
        const dates = result.hits.map((hit) => hit.item.published ?? '');
        const times = dates.map((d) => Date.parse(d));
        assert.deepEqual(
          times,
          [...times].sort((a, b) => b - a),
        );
      });
      it('survives hostile query strings', async () => {
        const hostile = [
          '"',
          '*',
          'NEAR(',
          'NEAR(a b',
          '-',
          'AND OR',
          '"unbalanced quote',
          'a"b"c',
          'title:x',
          '{title}: x',
          '^start',
          'a AND',
          'OR OR OR',
          '(((',
          "'; DROP TABLE items; --",
          '\u0000',
          'x'.repeat(10_240),
          'migration '.repeat(1024),
        ];
        for (const q of hostile) {
          const result = await search({ q });
          assert.ok(result.total >= 0, `query ${JSON.stringify(q.slice(0, 20))}`);
        }
        assert.equal((await search({})).total, 20, 'the store is intact');
      });
    });

    describe('paging', () => {
      it('pages through results with a stable order', async () => {
        const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, pageSize: 5 })));
        const seen = pages.flatMap(ids);
        assert.equal(new Set(seen).size, 20);
        assert.deepEqual(seen, ids(await search({ pageSize: 20 })));
        assert.equal(pages[3]?.page, 4);
        assert.equal(pages[3]?.pageSize, 5);
      });
      it('returns no hits but the right total beyond the last page', async () => {
        const result = await search({ page: 5, pageSize: 5 });
        assert.deepEqual(result.hits, []);
        assert.equal(result.total, 20);
        assert.equal(facet(result, 'type').publication, 5);
      });
      it('bounds page and page size', async () => {
        assert.equal((await search({})).pageSize, 20);
        assert.equal((await search({ pageSize: 1000 })).pageSize, 100);
        assert.equal((await search({ pageSize: 0 })).pageSize, 1);
        assert.equal((await search({ page: 0 })).page, 1);
        assert.equal((await search({ page: -3, pageSize: 2 })).hits.length, 2);
      });
    });

    describe('snippets', () => {
      it('highlights matched words of the original text', async () => {
        const hit = (await search({ q: 'trafficking' })).hits[0];
        assert.ok(hit);
        assert.deepEqual(
          hit.snippet.filter((part) => part.highlight).map((part) => part.text),
          ['trafficking'],
        );
        assert.equal(hit.snippet.map((part) => part.text).join(''), hit.item.text);
      });
      it('shows a window around the match in a long text', async () => {
        const hit = (await search({ q: 'recruitment fees' })).hits[0];
        assert.equal(hit?.item.id, 'labour-ken');
        const text = hit.snippet.map((part) => part.text).join('');
        assert.ok(text.startsWith('… ') && text.endsWith(' …'), text);
        assert.ok(text.split(/\s+/).length <= 34, text);
        assert.deepEqual(
          hit.snippet.filter((part) => part.highlight).map((part) => part.text),
          ['recruitment', 'fees'],
        );
      });
      it('matches the original accented, inflected words', async () => {
        const hit = (await search({ q: 'frontiere senegalaise' })).hits[0];
        const marked = hit?.snippet.filter((part) => part.highlight).map((part) => part.text);
        assert.deepEqual(marked, ['frontières', 'sénégalaises']);
      });
      it('starts with the summary when there is no query', async () => {
        const hit = (await search({ countries: ['BRA'] })).hits[0];
        assert.deepEqual(hit?.snippet, [{ text: 'Clinics open their doors to everyone.', highlight: false }]);
      });
    });

    describe('after changes', () => {
      it('finds an updated item by its new words only', async () => {
        const changed = makeItem({
          ...searchCorpus().find((i) => i.id === 'about'),
          contentHash: '',
          title: 'Zanzibar',
        });
        assert.deepEqual(await fixture.store.items.upsertMany([changed]), { added: 0, updated: 1, skipped: 0 });
        assert.deepEqual(ids(await search({ q: 'zanzibar' })), ['about']);
        assert.deepEqual(ids(await search({ q: 'hub' })), []);
      });
    });
  });
}
