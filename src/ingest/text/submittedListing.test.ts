import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTextDump } from './index.js';
import { toLines } from './lines.js';
import { objectiveHint, parseByline, parseSubmittedListing } from './submittedListing.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8');

describe('bylines and objective lines', () => {
  it('reads the author and, when written, the date', () => {
    assert.deepEqual(parseByline('Submitted by Jane Doe on'), { name: 'Jane Doe' });
    assert.deepEqual(parseByline('Posted by Jane Doe'), { name: 'Jane Doe' });
    assert.deepEqual(parseByline('Soumis par Amélie Durand le 14 mars 2022'), {
      name: 'Amélie Durand',
      published: '2022-03-14T00:00:00+00:00',
    });
    assert.deepEqual(parseByline('Enviado por Ana Ruiz el 2 de mayo de 2020')?.name, 'Ana Ruiz');
    assert.equal(parseByline('The project was submitted by the ministry.'), undefined);
  });
  it('reads the objective of the page', () => {
    assert.deepEqual(objectiveHint('Subscribe to Objective 5: Enhance availability of regular pathways'), {
      kind: 'objective',
      objective: 5,
      evidence: 'listed on the page of Objective 5: Enhance availability of regular pathways',
    });
    assert.equal(objectiveHint('Suscribirse a Objetivo 16: Empoderar a los migrantes')?.objective, 16);
    assert.equal(objectiveHint('Subscribe to Objective 42: Nonsense'), undefined);
    assert.equal(objectiveHint('Subscribe to our newsletter'), undefined);
  });
});

describe('submitted listing', () => {
  const result = parseTextDump(fixture('listing-practices-fr.txt'), 'fixtures/listing-practices-fr.txt');
  it('splits entries with their titles, authors and dates', () => {
    assert.equal(result.format, 'text-listing');
    assert.deepEqual(
      result.items.map((i) => [i.title, i.submittedBy, i.published, i.typeHint]),
      [
        [
          "Guichet unique pour l'accueil des nouveaux arrivants à Lyon",
          'Amélie Durand',
          '2022-03-14T00:00:00+00:00',
          'practice',
        ],
        ['Programme de mentorat entre pairs pour jeunes réfugiés', 'Amélie Durand', undefined, 'practice'],
        ['Observatoire régional des migrations de travail', 'Karim Benali', '2021-02-03T00:00:00+00:00', 'practice'],
      ],
    );
    assert.deepEqual(
      result.items.map((i) => i.provenance),
      [0, 1, 2].map((position) => ({ source: 'fixtures/listing-practices-fr.txt', format: 'text-listing', position })),
    );
  });
  it('keeps bylines, pager and subscribe lines out of bodies', () => {
    assert.equal(
      result.items[0]!.text,
      "La métropole a ouvert en 2021 un guichet unique qui oriente les personnes nouvellement arrivées vers les services de santé, de logement et d'emploi.\n\nLe guichet travaille avec une dizaine d'associations locales.",
    );
    for (const item of result.items) assert.doesNotMatch(item.text, /Soumis par|Suivant|abonner/);
  });
  it('gives every entry the objective of the page', () => {
    for (const item of result.items) {
      assert.deepEqual(item.context, [
        {
          kind: 'objective',
          objective: 6,
          evidence:
            'listed on the page of Objective 6: Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
        },
      ]);
    }
  });
  it('derives a title when a byline opens the document', () => {
    const warnings: string[] = [];
    const drafts = parseSubmittedListing(
      toLines('Posted by Sam Lee\n\nThe shelter opens a night desk in 2020.'),
      warnings,
    );
    assert.equal(drafts[0]?.title, 'The shelter');
    assert.equal(drafts[0]?.context, undefined);
  });
});
