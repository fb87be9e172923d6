import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseSection, parseSectionHeader } from './sections.js';

describe('parseSectionHeader', () => {
  it('reads one or two section names in the order written', () => {
    assert.deepEqual(parseSectionHeader('Latest publications'), [
      { type: 'publication', label: 'Latest publications' },
    ]);
    assert.deepEqual(parseSectionHeader('Current vacancies Latest publications'), [
      { type: 'vacancy', label: 'Current vacancies' },
      { type: 'publication', label: 'Latest publications' },
    ]);
    assert.deepEqual(
      parseSectionHeader('Call for Proposals Upcoming events')?.map((e) => e.type),
      ['call', 'event'],
    );
    assert.deepEqual(
      parseSectionHeader('Últimas publicaciones Próximos eventos')?.map((e) => e.type),
      ['publication', 'event'],
    );
    assert.deepEqual(
      parseSectionHeader('Appels à propositions | Offres d’emploi')?.map((e) => e.type),
      ['call', 'vacancy'],
    );
  });
  it('rejects lines with other words', () => {
    assert.equal(parseSectionHeader('Latest publications on migration in West Africa'), undefined);
    assert.equal(parseSectionHeader('Cities sign charter'), undefined);
    assert.equal(parseSectionHeader(''), undefined);
  });
});

describe('chooseSection', () => {
  const header = parseSectionHeader('Current vacancies Latest publications')!;
  it('picks the section whose words the text uses most', () => {
    assert.equal(chooseSection(header, 'A new study and report, available for download.').type, 'publication');
    assert.equal(chooseSection(header, 'We are recruiting; apply for the position by May.').type, 'vacancy');
  });
  it('falls back to the given section, else the first one named', () => {
    assert.equal(chooseSection(header, 'Nothing telling here.').type, 'vacancy');
    assert.equal(chooseSection(header, 'Nothing telling here.', header[1]).type, 'publication');
  });
});
