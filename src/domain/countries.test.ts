import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCountries, countryName, countryRegion, countrySubregion, isCountryCode } from './countries.js';
import { REGIONS } from './regions.js';

describe('country gazetteer', () => {
  it('holds every ISO 3166-1 country once, each but Antarctica in a Hub region', () => {
    const countries = allCountries();
    assert.ok(countries.length >= 249);
    assert.equal(new Set(countries.map((c) => c.code)).size, countries.length);
    const regionIds = new Set<string>(REGIONS.map((r) => r.id));
    for (const c of countries) {
      if (c.code === 'ATA') continue;
      assert.ok(c.region && regionIds.has(c.region), `${c.code} has no Hub region`);
      assert.ok(c.subregion, `${c.code} has no sub-region`);
    }
  });

  it('gives names in English, French and Spanish', () => {
    assert.equal(countryName('MAR', 'en'), 'Morocco');
    assert.equal(countryName('MAR', 'fr'), 'Maroc');
    assert.equal(countryName('MAR', 'es'), 'Marruecos');
    assert.equal(countryName('ZZZ', 'en'), 'ZZZ');
  });

  it('gives the Hub region and M49 sub-region', () => {
    assert.equal(countryRegion('COL'), 'americas');
    assert.equal(countrySubregion('COL'), 'Latin America and the Caribbean');
    assert.equal(countryRegion('TUR'), 'asia');
    assert.equal(countrySubregion('MAR'), 'Northern Africa');
    assert.equal(countryRegion('FJI'), 'oceania');
    assert.equal(countryRegion('nope'), undefined);
  });

  it('recognises codes in any case', () => {
    assert.ok(isCountryCode('CIV'));
    assert.ok(isCountryCode('civ'));
    assert.ok(!isCountryCode('XXX'));
  });

  it('has a capital or main city for every sovereign country', () => {
    const withCities = allCountries().filter((c) => c.cities.length > 0).length;
    assert.ok(withCities >= 190, `only ${withCities} countries have cities`);
  });
});
