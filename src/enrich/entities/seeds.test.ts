import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findCountries } from './findCountries.js';
import { findOrganizations } from './findOrganizations.js';

const dir = new URL('../../../../shared/seeds/', import.meta.url);
const present = existsSync(dir);
const skip = present ? false : 'seed documents (../shared/seeds beside the repository) are absent';

function seed(prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  assert.ok(name, `no seed ${prefix}`);
  return readFileSync(new URL(name, dir), 'utf8');
}

function includesAll(found: string[], wanted: string[]): void {
  for (const w of wanted) assert.ok(found.includes(w), `${w} not found among ${found.join(', ')}`);
}

describe('entities in the seed documents', { skip }, () => {
  it('seed 004 names IOM, UNHCR, ICMC, ILO and OHCHR', () => {
    includesAll(
      findOrganizations(seed('004')).map((o) => o.ref.id),
      ['iom', 'unhcr', 'icmc', 'ilo', 'ohchr'],
    );
  });

  it('seed 001 names ICMPD and Morocco, Spain, Lebanon, Türkiye and Georgia', () => {
    const text = seed('001');
    includesAll(
      findOrganizations(text).map((o) => o.ref.id),
      ['icmpd'],
    );
    includesAll(
      findCountries(text).map((c) => c.code),
      ['MAR', 'ESP', 'LBN', 'TUR', 'GEO'],
    );
  });

  it('seed 002 names exactly the seven partners of its opening sentence', () => {
    const ids = findOrganizations(seed('002')).map((o) => o.ref.id);
    assert.deepEqual(ids.slice(0, 7), ['cmi', 'oecd', 'un-habitat', 'unicef', 'unctad', 'unesco', 'who']);
  });

  it('seed 000 finds Barranquilla in Colombia and the CILM', () => {
    const text = seed('000');
    includesAll(
      findCountries(text).map((c) => c.code),
      ['COL', 'VEN'],
    );
    includesAll(
      findOrganizations(text).map((o) => o.ref.id),
      ['cilm', 'iom'],
    );
  });

  it('seed 003 finds Georgia and ICMPD, and no Spain from language words', () => {
    const text = seed('003');
    includesAll(
      findCountries(text).map((c) => c.code),
      ['GEO'],
    );
    includesAll(
      findOrganizations(text).map((o) => o.ref.id),
      ['icmpd', 'coe'],
    );
  });
});
