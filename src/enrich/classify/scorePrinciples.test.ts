import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GCM_PRINCIPLES } from '../../domain/gcm.js';
import { PRINCIPLE_THRESHOLD, scorePrinciples } from './scorePrinciples.js';

const idsOf = (text: string, language: string, title = '') =>
  scorePrinciples({ title, text, language }).map((p) => p.id);

describe('scorePrinciples', () => {
  const cases: Array<{ id: string; language: string; text: string }> = [
    {
      id: 'people-centred',
      language: 'en',
      text: 'A people-centred approach that puts the well-being of migrants first.',
    },
    {
      id: 'international-cooperation',
      language: 'fr',
      text: 'La coopération internationale et la responsabilité partagée.',
    },
    {
      id: 'national-sovereignty',
      language: 'es',
      text: 'Se respeta la soberanía nacional y el derecho soberano de cada Estado.',
    },
    { id: 'rule-of-law', language: 'en', text: 'Respect for the rule of law and due process in every procedure.' },
    {
      id: 'sustainable-development',
      language: 'fr',
      text: 'Une contribution au développement durable et au Programme 2030.',
    },
    { id: 'human-rights', language: 'es', text: 'Un enfoque basado en derechos humanos para todas las personas.' },
    {
      id: 'gender-responsive',
      language: 'en',
      text: 'A gender-responsive policy that advances gender equality for migrant women.',
    },
    {
      id: 'child-sensitive',
      language: 'fr',
      text: "L'intérêt supérieur de l'enfant guide la protection de l'enfance.",
    },
    {
      id: 'whole-of-government',
      language: 'es',
      text: 'Un enfoque pangubernamental con coherencia de las políticas entre ministerios.',
    },
    {
      id: 'whole-of-society',
      language: 'en',
      text: 'A whole-of-society approach with civil society and the private sector.',
    },
  ];

  it('has a case for each of the ten principles', () => {
    assert.deepEqual(cases.map((c) => c.id).sort(), GCM_PRINCIPLES.map((p) => p.id).sort());
  });

  for (const c of cases) {
    it(`tags ${c.id} (${c.language})`, () => {
      const tags = scorePrinciples({ title: '', text: c.text, language: c.language });
      const tag = tags.find((t) => t.id === c.id);
      assert.ok(tag, JSON.stringify(tags));
      assert.ok(tag.score >= PRINCIPLE_THRESHOLD);
      assert.ok(tag.evidence.length > 0 && tag.evidence.every((e) => e.kind === 'term'));
    });
  }

  it('tags nothing when no principle is expressed', () => {
    assert.deepEqual(idsOf('The bus leaves at nine and arrives before noon.', 'en'), []);
  });

  it('returns evidence as written and sorts by score', () => {
    const tags = scorePrinciples({
      title: 'Human Rights at the border',
      text: 'Human rights monitors and civil society groups observed the process.',
      language: 'en',
    });
    assert.equal(tags[0]?.id, 'human-rights');
    assert.deepEqual(tags[0]?.evidence, [{ kind: 'term', text: 'Human Rights' }]);
    const scores = tags.map((t) => t.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
  });
});
