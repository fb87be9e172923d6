import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findOrganizations } from './findOrganizations.js';

interface Case {
  text: string;
  expect: string[];
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/entities/organizations.json', import.meta.url), 'utf8'),
);

const ids = (text: string) => findOrganizations(text).map((m) => m.ref.id);

describe('findOrganizations', () => {
  for (const c of cases) {
    it(`finds ${c.expect.join(', ') || 'nothing'} in "${c.text}"`, () => {
      assert.deepEqual(ids(c.text), c.expect);
    });
  }

  it('recognises a list of "Full Name (ACRONYM)" definitions, preferring gazetteer ids', () => {
    const text =
      'Partners included the Center for Mediterranean Integration (CMI), the Organization for Economic ' +
      'Cooperation and development (OECD), the United Nations Human Settlements Programme (UN-Habitat), the United ' +
      'Nations Children’s Fund (UNICEF), the United Nations Conference for Trade and Development (UNCTAD), the ' +
      'United Nations Education, Science and Culture Organization (UNESCO), and the World Health Organization (WHO).';
    assert.deepEqual(ids(text), ['cmi', 'oecd', 'un-habitat', 'unicef', 'unctad', 'unesco', 'who']);
  });

  it('learns an unknown organisation with its acronym as name and the words before as full name', () => {
    const [cilm] = findOrganizations(
      'In 2020 the city created the Local Integration Centre for Migrants (CILM, for its Spanish acronym).',
    );
    assert.deepEqual(cilm?.ref, { id: 'cilm', name: 'CILM', fullName: 'Local Integration Centre for Migrants' });
    assert.deepEqual(cilm?.evidence, ['Local Integration Centre for Migrants (CILM)']);
  });

  it('keeps only the name words that match the acronym', () => {
    const [first] = findOrganizations('Yesterday Germany and the Regional Office for Returns (ROR) met.');
    assert.equal(first?.ref.fullName, 'Regional Office for Returns');
  });

  it('matches acronyms case-sensitively and full names in any case', () => {
    assert.deepEqual(ids('who we are'), []);
    assert.deepEqual(ids('the world health organization'), ['who']);
    assert.deepEqual(ids('WHO'), ['who']);
  });

  it('merges every form of one organisation into one match with all its evidence', () => {
    const found = findOrganizations('The International Organization for Migration (IOM) and OIM: IOM again.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]?.evidence, [
      'International Organization for Migration (IOM)',
      'International Organization for Migration',
      'IOM',
      'OIM',
    ]);
  });

  it('ignores names inside URLs', () => {
    assert.deepEqual(ids('see https://example.org/news/rabat-process-and-frontex'), []);
  });
});
