import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTextDump } from './index.js';
import { isOccasion } from './teaserListing.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8');

describe('isOccasion', () => {
  it('tells occasions from organisations', () => {
    for (const k of [
      'World Refugee Day',
      'Regional Consultative Meeting on Labour',
      'Día Internacional del Migrante',
    ]) {
      assert.ok(isOccasion(k), k);
    }
    for (const k of ['RRA Africa', 'Refugee Network Europe', 'Policy and advocacy']) assert.ok(!isOccasion(k), k);
  });
});

describe('teaser listing', () => {
  const result = parseTextDump(fixture('teaser-listing-en.txt'), 'teaser.txt');
  it('splits blocks ending in "Read more" and types them by their kicker', () => {
    assert.equal(result.format, 'text-listing');
    assert.deepEqual(
      result.items.map((i) => [i.typeHint, i.title]),
      [
        ['project', 'Community sponsorship pilot in Kenya'],
        ['statement', 'World Refugee Day – Protection cannot wait'],
        ['statement', 'Global Forum on Migration and Development – Civil society recommendations for the Forum'],
        ['news', 'Annual report 2023'],
      ],
    );
  });
  it('drops the intro, the switcher, "Read more" links and link markers', () => {
    const all = result.items.map((i) => i.text).join('\n');
    assert.doesNotMatch(all, /Read more|Lire la suite|<|EN \| FR|Advocacy and partnerships|works with local groups/);
    assert.equal(
      result.items[2]!.text,
      'RRA joined over one hundred organisations in presenting five recommendations on labour mobility and climate-related displacement.',
    );
  });
  it('names the organisation the intro is about', () => {
    for (const item of result.items) assert.equal(item.sourceOrganization, 'RRA');
  });
});
