import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPeople } from './findPeople.js';
import { assertFound, loadCases } from './fixtureCases.js';

describe('findPeople', () => {
  for (const c of loadCases('people.json')) {
    it(`reads ${c.expect.map((e) => e.id).join(', ') || 'nobody'} from "${c.text.slice(0, 70)}"`, () => {
      assertFound(findPeople(c.text), c);
    });
  }

  it('reads a list of speakers separated by semicolons, each with role and organisation', () => {
    const text =
      'Speakers included Nadia Farouk, Director-General of DG HOME; Marc Olivier, Head of the Migration Unit of ' +
      'the Ministry of the Interior in Belgium and Lena Vogt, Director of Programmes at ICMPD.';
    const people = findPeople(text);
    assert.deepEqual(
      people.map((p) => [p.id, p.role, p.organization]),
      [
        ['nadia-farouk', 'Director-General', 'dg-home'],
        ['marc-olivier', 'Head of the Migration Unit', 'Ministry of the Interior in Belgium'],
        ['lena-vogt', 'Director of Programmes', 'icmpd'],
      ],
    );
  });

  it('merges a second mention and keeps the phrase read as evidence', () => {
    const text = 'Mr. Omar Said opened the day. Later, Omar Said, Chief of the Asylum Service, closed it.';
    const people = findPeople(text);
    assert.equal(people.length, 1);
    assert.equal(people[0]?.role, 'Chief');
    assert.equal(people[0]?.organization, 'Asylum Service');
    assert.equal(people[0]?.evidence, 'Mr. Omar Said');
  });

  it('stays linear on a 200 KB text of capitalised words', () => {
    const text = `${'Aaaa Bbbb Cccc, Director of Dddd Eeee Ffff at Gggg Hhhh. '.repeat(3500)}`;
    assert.ok(findPeople(text).length >= 1);
  });
});
