import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeRelevance } from './relevance.js';

const filler = (words: number) => Array.from({ length: words }, (_, i) => `word${i % 50}`).join(' ');

describe('judgeRelevance', () => {
  it('keeps an English text about migration and lists the terms it counted', () => {
    const verdict = judgeRelevance({
      title: 'New support for migrant workers',
      text: 'Migrants and refugees can apply. The asylum office and IOM will help migrants. Remittances too.',
    });
    assert.equal(verdict.keep, true);
    assert.match(verdict.reasons[0] ?? '', /^kept: 7 migration terms \(migrants ×2, asylum, IOM, migrant, /);
    assert.match(verdict.reasons[0] ?? '', / in 20 words, score 9$/);
    assert.equal(verdict.reasons[1], 'the title mentions migrant (+2)');
  });

  it('keeps French and Spanish texts', () => {
    const fr = judgeRelevance({ title: 'Accueil', text: 'Les réfugiés et les demandeurs d’asile; les migrants.' });
    const es = judgeRelevance({ title: 'Plan', text: 'Personas migrantes y refugiadas; remesas de la diáspora.' });
    assert.equal(fr.keep, true, fr.reasons.join('; '));
    assert.equal(es.keep, true, es.reasons.join('; '));
    assert.match(es.reasons[0] ?? '', /diáspora, migrantes, refugiadas, remesas/);
  });

  it('drops a text without migration terms and says how long it was', () => {
    const verdict = judgeRelevance({ title: 'Late goal settles the derby', text: filler(2300) });
    assert.equal(verdict.keep, false);
    assert.equal(verdict.score, 0);
    assert.deepEqual(verdict.reasons, ['dropped: 0 migration terms in 2,305 words, score 0 — needs 3']);
  });

  it('counts borders and visas half, so a travel note is not kept for them', () => {
    const verdict = judgeRelevance({ title: 'Road trip', text: 'We crossed the border twice and showed our visas.' });
    assert.equal(verdict.keep, false);
    assert.equal(verdict.score, 1);
  });

  it('does not count migration that is not about people', () => {
    const verdict = judgeRelevance({
      title: 'Our database migration',
      text: 'The data migration and the schema migrations ran overnight. Bird migration was not affected.',
    });
    assert.equal(verdict.keep, false);
    assert.equal(verdict.score, 0);
    assert.equal(
      verdict.reasons[1],
      'not counted, not about people: bird migration, data migration, database migration, …',
    );
  });

  it('drops a long text that mentions migration only in passing', () => {
    const verdict = judgeRelevance({
      title: 'Annual report',
      text: `${filler(6000)} migrants migrants refugees asylum`,
    });
    assert.equal(verdict.keep, false);
    assert.match(verdict.reasons[0] ?? '', /^dropped: 4 migration terms .* — 0\.7 per 1,000 words, needs 1/);
  });

  it('keeps a long text with many migration terms whatever its length', () => {
    const verdict = judgeRelevance({ title: 'Annual report', text: `${filler(20000)} ${'migrants '.repeat(12)}` });
    assert.equal(verdict.keep, true);
  });

  it('gives a bonus to pages of migration organisations, and not to other sites', () => {
    const text = 'Advice for returnees who come back home.';
    const onIom = judgeRelevance({ title: 'Advice', text, url: 'https://www.iom.int/news/advice' });
    const elsewhere = judgeRelevance({ title: 'Advice', text, url: 'https://www.example.com/news/advice' });
    assert.equal(onIom.keep, true);
    assert.equal(elsewhere.keep, false);
    assert.equal(onIom.reasons[1], 'published on the site of a migration organisation (iom.int, +2)');
  });

  it('reads acronyms only in capitals', () => {
    assert.equal(judgeRelevance({ title: 'x', text: 'iom gcm' }).score, 0);
    assert.equal(judgeRelevance({ title: 'x', text: 'IOM GCM' }).score, 2);
  });
});
