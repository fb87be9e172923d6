import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HubError } from '../domain/errors.js';
import { parseSearchParams, toggleFilter, toSearchParams } from './queryParams.js';

describe('parseSearchParams', () => {
  it('reads repeated parameters and comma lists, normalising case and dropping duplicates', () => {
    const query = parseSearchParams(
      new URLSearchParams(
        'q=  border  management &type=news,event&type=news&country=ken&objective=11&objective=2&org=ICMPD&lang=FR&year=2021',
      ),
    );
    assert.deepEqual(query, {
      q: 'border management',
      types: ['news', 'event'],
      objectives: [11, 2],
      countries: ['KEN'],
      organizations: ['icmpd'],
      languages: ['fr'],
      years: [2021],
      page: 1,
      pageSize: 20,
    });
  });

  it('accepts the object form fastify and the CLI give, ignoring unknown parameters', () => {
    const query = parseSearchParams({ type: ['practice'], page: '3', hl: 'fr', q: undefined });
    assert.deepEqual(query, { types: ['practice'], page: 3, pageSize: 20 });
  });

  it('rejects invalid values with a bad_request error naming the parameter', () => {
    const cases: [string, RegExp][] = [
      ['objective=0', /"objective".*1 to 23/],
      ['type=blog', /"type".*one of/],
      ['country=FR', /three-letter/],
      ['region=mars', /"region"/],
      ['from=2021-02-30', /YYYY-MM-DD/],
      ['sort=random', /relevance/],
      ['page=0', /"page"/],
      ['page=1&page=2', /only once/],
      ['year=99', /four-digit/],
    ];
    for (const [qs, message] of cases) {
      assert.throws(
        () => parseSearchParams(new URLSearchParams(qs)),
        (error: unknown) => error instanceof HubError && error.code === 'bad_request' && message.test(error.message),
        qs,
      );
    }
  });
});

describe('toSearchParams', () => {
  it('writes a canonical form: fixed order, sorted values, defaults omitted', () => {
    const params = toSearchParams({
      years: [2021],
      objectives: [20, 3],
      q: 'remittances',
      types: ['news'],
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    assert.equal(params.toString(), 'q=remittances&type=news&objective=3&objective=20&year=2021');
    assert.equal(toSearchParams({ sort: 'date', page: 2 }).toString(), 'page=2');
    assert.equal(toSearchParams({ q: 'x', sort: 'date' }).toString(), 'q=x&sort=date');
  });

  it('round-trips through parseSearchParams', () => {
    const query = parseSearchParams(
      new URLSearchParams('q=a b&country=KEN&lang=en&from=2020-01-01&to=2020-12-31&page=2&pageSize=50'),
    );
    assert.deepEqual(parseSearchParams(toSearchParams(query)), query);
  });
});

describe('toggleFilter', () => {
  it('adds a missing value, removes a present one, and goes back to page 1', () => {
    const base = parseSearchParams(new URLSearchParams('objective=11&page=4'));
    const added = toggleFilter(base, 'objective', '20');
    assert.deepEqual(added.objectives, [11, 20]);
    assert.equal(added.page, 1);
    const removed = toggleFilter(added, 'objective', '11');
    assert.deepEqual(removed.objectives, [20]);
    assert.equal(toggleFilter(removed, 'objective', '20').objectives, undefined);
  });
});
