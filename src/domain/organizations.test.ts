import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allOrganizations, organizationByHint, organizationById, organizationRecord } from './organizations.js';

describe('organisation gazetteer', () => {
  it('holds at least 120 organisations with unique ids and known parents', () => {
    const orgs = allOrganizations();
    assert.ok(orgs.length >= 120);
    assert.equal(new Set(orgs.map((o) => o.id)).size, orgs.length);
    for (const o of orgs)
      if (o.parent) assert.ok(organizationRecord(o.parent), `${o.id} has unknown parent ${o.parent}`);
  });

  it('returns references by id', () => {
    assert.deepEqual(organizationById('icmpd'), {
      id: 'icmpd',
      name: 'ICMPD',
      fullName: 'International Centre for Migration Policy Development',
    });
    assert.equal(organizationById('nope'), null);
    assert.equal(organizationRecord('frontex')?.parent, 'eu');
    assert.equal(organizationRecord('dg-home')?.parent, 'european-commission');
  });

  it('finds an organisation by name, acronym, alias or translation, in any case', () => {
    assert.equal(organizationByHint('ICMPD')?.id, 'icmpd');
    assert.equal(organizationByHint('UN Refugee Agency')?.id, 'unhcr');
    assert.equal(organizationByHint('ACNUR')?.id, 'unhcr');
    assert.equal(organizationByHint('OIM')?.id, 'iom');
    assert.equal(organizationByHint('International Organisation for Migration')?.id, 'iom');
    assert.equal(organizationByHint('bit')?.id, 'ilo');
    assert.equal(organizationByHint('UN-Habitat')?.name, 'UN-Habitat');
    assert.equal(organizationByHint('Unknown Agency'), null);
    assert.equal(organizationByHint(''), null);
  });

  it('finds an organisation by web domain, host or URL', () => {
    assert.equal(organizationByHint('www.icmpd.org')?.id, 'icmpd');
    assert.equal(organizationByHint('https://www.iom.int/news/item')?.id, 'iom');
    assert.equal(organizationByHint('publications.iom.int')?.id, 'iom');
    assert.equal(organizationByHint('home-affairs.ec.europa.eu')?.id, 'dg-home');
    assert.equal(organizationByHint('ec.europa.eu/eurostat/data')?.id, 'eurostat');
    assert.equal(organizationByHint('https://ec.europa.eu/info')?.id, 'european-commission');
    assert.equal(organizationByHint('example.org'), null);
  });
});
