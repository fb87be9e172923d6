import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findEvents } from './findEvents.js';
import { findPeople } from './findPeople.js';
import { findProjects } from './findProjects.js';

const dir = new URL('../../../../shared/seeds/', import.meta.url);
const skip = existsSync(dir) ? false : 'seed documents (../shared/seeds beside the repository) are absent';

function seed(prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  assert.ok(name, `no seed ${prefix}`);
  return readFileSync(new URL(name, dir), 'utf8');
}

describe('projects, people and events in the seed documents', { skip }, () => {
  it('seed 001: SUPREME - TR, funded by the United Kingdom and implemented by ICMPD, in Türkiye', () => {
    const supreme = findProjects(seed('001')).find((p) => p.acronym === 'SUPREME - TR');
    assert.ok(supreme, 'SUPREME - TR not found');
    assert.equal(supreme.id, 'supreme-tr');
    assert.match(supreme.name, /^Strengthening Utilization of Additional Policies/);
    assert.ok(supreme.funders.includes('GBR'));
    assert.ok(supreme.implementers.includes('icmpd'));
    assert.ok(supreme.countries.includes('TUR'));
  });

  it('seed 001: IBM Silk Routes, implemented from 1 January 2019 for 48 months', () => {
    const ibm = findProjects(seed('001')).find((p) => p.id === 'ibm-silk-routes');
    assert.ok(ibm, 'IBM Silk Routes not found');
    assert.equal(ibm.start, '2019-01-01');
    assert.equal(ibm.durationMonths, 48);
    assert.equal(ibm.end, '2022-12-31');
    assert.ok(ibm.funders.includes('eu'));
    for (const code of ['AFG', 'BGD', 'IRN', 'IRQ', 'PAK']) assert.ok(ibm.countries.includes(code), code);
  });

  it('seed 001: Martijn Pluim, Director, ICMPD; Fernando Grande-Marlaska, Minister of the Interior', () => {
    const people = findPeople(seed('001'));
    const pluim = people.find((p) => p.id === 'martijn-pluim');
    assert.match(pluim?.role ?? '', /Director/);
    assert.equal(pluim?.organization, 'icmpd');
    assert.match(people.find((p) => p.id === 'fernando-grande-marlaska')?.role ?? '', /Minister of the Interior/);
    assert.equal(people.find((p) => p.id === 'paraskevi-michou')?.organization, 'dg-home');
  });

  it('seed 001: a meeting of 80 participants from 33 countries and a summer school 30 June–6 July 2019', () => {
    const events = findEvents(seed('001'));
    const meeting = events.find((e) => e.participants === 80);
    assert.equal(meeting?.countriesRepresented, 33);
    const school = events.find((e) => /summer school/i.test(e.name));
    assert.equal(school?.date, '2019-06-30');
    assert.equal(school?.endDate, '2019-07-06');
    assert.equal(school?.countriesRepresented, 16);
    assert.equal(school?.place, 'Kachreti, Georgia');
  });

  it('seed 003: ICMPD’s Director for the Eastern Dimension, Martijn Pluim; the 6th Silk Routes Working Group Meeting', () => {
    const text = seed('003');
    const pluim = findPeople(text).find((p) => p.id === 'martijn-pluim');
    assert.equal(pluim?.role, 'Director for the Eastern Dimension');
    assert.equal(pluim?.organization, 'icmpd');
    const meeting = findEvents(text).find((e) => e.name === '6th Silk Routes Working Group Meeting');
    assert.equal(meeting?.countriesRepresented, 22);
    assert.ok(findProjects(text).some((p) => p.id === 'micic' && p.name === 'Migrants in Countries in Crisis'));
  });

  it('seed 004: DRIVE Referral runs from March 2010 until August 2011, led by ICMC', () => {
    const drive = findProjects(seed('004')).find((p) => p.id === 'drive-referral');
    assert.equal(drive?.start, '2010-03-01');
    assert.equal(drive?.end, '2011-08-31');
    assert.ok(drive?.implementers.includes('icmc'));
    assert.ok(drive?.funders.includes('coe'));
  });

  it('seed 000: the Training on Migration Reporting on 6 September 2022 in Bangkok', () => {
    const training = findEvents(seed('000')).find((e) => e.name === 'Training on Migration Reporting');
    assert.equal(training?.date, '2022-09-06');
    assert.match(training?.place ?? '', /Bangkok/);
  });
});
