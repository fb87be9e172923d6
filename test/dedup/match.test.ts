import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber, strongLinks, titleCues, titleKey } from '../../src/enrich/dedup/features.js';
import { matchSignatures } from '../../src/enrich/dedup/match.js';
import { itemSignature } from '../../src/enrich/dedup/signature.js';
import { makeItem } from '../support/itemBuilder.js';

const BODY =
  'Forty border officials completed a week of training with the International Organization for Migration on ' +
  'protection-sensitive screening at border posts, the identification of vulnerable migrants and referral ' +
  'procedures, combining classroom sessions with simulations at the crossing point.';
const IOM = { id: 'iom', name: 'IOM' };
const PDF = 'https://observatory.example.org/files/report.pdf';

describe('signature features', () => {
  it('folds titles into a key and keeps the words that survive translation as cues', () => {
    assert.equal(titleKey('Côte d’Ivoire: NEW Plan'), 'cote d ivoire new plan');
    assert.deepEqual(titleCues('Niger et l’OIM ouvrent un centre à Agadez en 2025'), [
      '2025',
      'agadez',
      'niger',
      'oim',
    ]);
  });

  it('keeps the own address and document links, not ordinary pages', () => {
    const links = strongLinks({
      url: 'http://example.org/a?utm_source=x',
      html: `<p><a href="${PDF}">PDF</a> <a href="https://example.org/about">About</a></p>`,
      text: 'See https://example.org/annex.docx.',
    });
    assert.deepEqual(links, ['https://example.org/a', 'https://example.org/annex.docx', PDF]);
  });

  it('takes the calendar day as written', () => {
    assert.equal(dayNumber('1970-01-02T23:30:00-05:00'), 1);
    assert.equal(dayNumber(null), null);
  });

  it('gives short texts no MinHash', () => {
    assert.equal(itemSignature(makeItem({ title: 'Newsletter', text: 'Read more' })).minhash, null);
  });
});

describe('matchSignatures', () => {
  const sign = (overrides: Parameters<typeof makeItem>[0]) => itemSignature(makeItem(overrides));

  it('matches the same story republished with small edits', () => {
    const a = sign({ title: 'Border officials trained', text: BODY });
    const b = sign({ title: 'Border officials trained', text: BODY.replace('Forty', 'Fifty').concat(' More soon.') });
    assert.equal(matchSignatures(a, b)?.kind, 'near-duplicate');
  });

  it('does not match different stories on the same day about the same country and organisation', () => {
    const a = sign({ title: 'Border officials trained', text: BODY, countries: ['NER'], organizations: [IOM] });
    const b = sign({
      title: 'Remittance statistics workshop',
      text: 'Statisticians from the central bank met in Niamey to improve how remittance flows are counted, comparing household surveys with operator data.',
      countries: ['NER'],
      organizations: [IOM],
    });
    assert.equal(matchSignatures(a, b), null);
  });

  it('matches items linking to the same document, in any language', () => {
    const a = sign({ title: 'Report', html: `<a href="${PDF}">PDF</a>`, published: '2025-01-01T00:00:00Z' });
    const b = sign({
      title: 'Rapport',
      html: `<a href="${PDF}">PDF</a>`,
      language: 'fr',
      published: '2025-01-02T00:00:00Z',
    });
    assert.equal(matchSignatures(a, b)?.kind, 'same-link');
    const late = sign({ title: 'Informe', html: `<a href="${PDF}">PDF</a>`, published: '2026-06-01T00:00:00Z' });
    assert.equal(matchSignatures(a, late), null);
  });

  it('matches a translation by day, entities and shared title cues, conservatively', () => {
    const common = { countries: ['NER', 'MLI'], organizations: [IOM], published: '2025-05-12T08:00:00Z' };
    const en = sign({ ...common, title: 'Niger and Mali sign the Agadez 2025 roadmap', text: 'An English text.' });
    const fr = sign({
      ...common,
      language: 'fr',
      published: '2025-05-13T08:00:00Z',
      title: 'Le Niger et le Mali signent la feuille de route d’Agadez 2025',
      text: 'Un texte en français.',
    });
    assert.equal(matchSignatures(en, fr)?.kind, 'translation');
    const onlyCountry = sign({ ...common, organizations: [], countries: ['NER'], language: 'fr', title: fr.titleKey });
    assert.equal(matchSignatures(en, onlyCountry), null, 'one shared entity is not enough');
    const weekLater = sign({
      ...common,
      language: 'fr',
      published: '2025-05-20T08:00:00Z',
      title: 'Niger Mali Agadez 2025',
    });
    assert.equal(matchSignatures(en, weekLater), null, 'too far apart');
  });

  it('matches the same long title within three days in one language', () => {
    const title = 'Ministers adopt the regional action plan on labour migration';
    const a = sign({ title, text: 'A short teaser.' });
    const b = sign({ title, text: BODY, published: '2024-03-17T10:00:00+00:00' });
    assert.equal(matchSignatures(a, b)?.kind, 'same-title');
    assert.equal(
      matchSignatures(
        sign({ title: 'Call for proposals', text: 'x' }),
        sign({ title: 'Call for proposals', text: 'y' }),
      ),
      null,
    );
  });
});
