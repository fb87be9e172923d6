import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ObjectiveTag } from '../../domain/item.js';
import { explainObjective, MAX_OBJECTIVES, OBJECTIVE_THRESHOLD, scoreObjectives } from './scoreObjectives.js';

interface Example {
  objective: number;
  language: string;
  title: string;
  text: string;
}

const fixture = new URL('../../../test/fixtures/classify/objective-examples.json', import.meta.url);
const examples = (JSON.parse(readFileSync(fixture, 'utf8')) as { examples: Example[] }).examples;

const objectivesOf = (tags: ObjectiveTag[]) => tags.map((t) => t.objective);
const termsOf = (tag: ObjectiveTag | undefined) => tag?.evidence.filter((e) => e.kind === 'term').map((e) => e.text);

describe('scoreObjectives on written examples', () => {
  it('has an example in English, French and Spanish for each of the 23 objectives', () => {
    for (let n = 1; n <= 23; n++) {
      const languages = examples.filter((e) => e.objective === n).map((e) => e.language);
      assert.deepEqual(languages.sort(), ['en', 'es', 'fr'], `objective ${n}`);
    }
  });

  for (const example of examples) {
    it(`tags objective ${example.objective} first (${example.language}): ${example.title}`, () => {
      const tags = scoreObjectives(example);
      assert.equal(tags[0]?.objective, example.objective, JSON.stringify(tags));
      assert.ok((tags[0]?.score ?? 0) >= OBJECTIVE_THRESHOLD);
      assert.ok((termsOf(tags[0])?.length ?? 0) > 0);
    });
  }
});

describe('scoreObjectives behaviour', () => {
  it('tags nothing in a text about something else, or about migration in general', () => {
    const football = scoreObjectives({
      title: 'Local team wins the cup',
      text: 'The home side scored twice in the second half and the fans celebrated late into the night.',
      language: 'en',
    });
    assert.deepEqual(football, []);
    const general = scoreObjectives({
      title: 'Migration in numbers',
      text: 'Migration is part of human history. People move for many reasons, and countries are affected in different ways.',
      language: 'en',
    });
    assert.deepEqual(general, []);
  });

  it('does not count ambiguous phrases: regional integration, "se trata de", a treaty', () => {
    assert.deepEqual(
      objectivesOf(
        scoreObjectives({
          title: 'Regional integration in Africa',
          text: 'Regional integration and European integration advance.',
          language: 'en',
        }),
      ),
      [],
    );
    assert.deepEqual(
      objectivesOf(
        scoreObjectives({ title: 'Una reunión', text: 'Se trata de una reunión técnica del comité.', language: 'es' }),
      ),
      [],
    );
    assert.deepEqual(
      objectivesOf(
        scoreObjectives({ title: 'Le traité de Lisbonne', text: 'Le traité est entré en vigueur.', language: 'fr' }),
      ),
      [],
    );
  });

  it('keeps evidence as written in the text, distinct, strongest first', () => {
    const [tag] = scoreObjectives({
      title: 'Zimbabwe adopts a National Plan of Action',
      text: 'The plan on Trafficking in Persons protects victims. Trafficking in persons cases rose; more victims were found.',
      language: 'en',
    });
    assert.equal(tag?.objective, 10);
    assert.deepEqual(termsOf(tag), ['Trafficking in Persons', 'National Plan of Action', 'victims']);
    assert.equal(
      explainObjective(tag as ObjectiveTag),
      'tagged Objective 10 because: Trafficking in Persons, National Plan of Action, victims',
    );
  });

  it('counts a phrase once, not also its shorter parts ("trafficking in persons" is not also "trafficking")', () => {
    const [tag] = scoreObjectives({ title: '', text: 'A law on trafficking in persons.', language: 'en' });
    assert.deepEqual(termsOf(tag), ['trafficking in persons']);
  });

  it('weighs a title match more than a body match, and repeats less and less', () => {
    const inTitle = scoreObjectives({ title: 'Border management', text: 'A meeting.', language: 'en' })[0];
    const inBody = scoreObjectives({ title: 'A meeting', text: 'Border management.', language: 'en' })[0];
    assert.ok((inTitle?.score ?? 0) > (inBody?.score ?? 0));
    const once = scoreObjectives({ title: '', text: 'Remittances matter.', language: 'en' })[0]?.score ?? 0;
    const twice =
      scoreObjectives({ title: '', text: 'Remittances matter. Remittances grow.', language: 'en' })[0]?.score ?? 0;
    const thrice =
      scoreObjectives({ title: '', text: 'Remittances matter. Remittances grow. Remittances help.', language: 'en' })[0]
        ?.score ?? 0;
    assert.ok(twice > once && thrice > twice);
    assert.ok(thrice - twice < twice - once, 'diminishing returns');
  });

  it('tolerates plurals, accents and case', () => {
    const tags = scoreObjectives({ title: '', text: 'ENVOI DE FONDS et envois de fonds; Frontieres.', language: 'fr' });
    assert.ok(objectivesOf(tags).includes(20));
  });

  it('matches acronyms case-sensitively: TiP counts, "tip" does not', () => {
    const acronym = scoreObjectives({ title: 'TiP unit', text: 'The TiP unit met. TiP cases.', language: 'en' });
    assert.ok(objectivesOf(acronym).includes(10));
    const word = scoreObjectives({ title: 'tip unit', text: 'A tip for you. Another tip.', language: 'en' });
    assert.deepEqual(word, []);
  });

  it('uses every vocabulary when the language is undetermined', () => {
    const tags = scoreObjectives({ title: '', text: 'Las remesas y la trata de personas.', language: 'und' });
    assert.deepEqual(
      objectivesOf(tags).sort((a, b) => a - b),
      [10, 20],
    );
  });

  it('always tags an objective given as context, with the context sentence first', () => {
    const evidence = 'listed on the page "Objective 23: Strengthen international cooperation"';
    const tags = scoreObjectives({
      title: 'Local team wins the cup',
      text: 'Nothing about migration here.',
      language: 'en',
      context: [{ kind: 'objective', objective: 23, evidence }],
    });
    assert.equal(tags.length, 1);
    assert.equal(tags[0]?.objective, 23);
    assert.ok((tags[0]?.score ?? 0) > 0.9);
    assert.deepEqual(tags[0]?.evidence[0], { kind: 'context', text: evidence });
    assert.match(explainObjective(tags[0] as ObjectiveTag), /because: listed on the page "Objective 23/);
  });

  it('keeps a context objective even when many objectives match the wording', () => {
    const text = examples
      .filter((e) => e.language === 'en')
      .map((e) => `${e.title}. ${e.text}`)
      .join(' ');
    const plain = scoreObjectives({ title: '', text, language: 'en' });
    assert.equal(plain.length, MAX_OBJECTIVES);
    const hinted = scoreObjectives({
      title: '',
      text,
      language: 'en',
      context: [{ kind: 'objective', objective: 22, evidence: 'listed under Objective 22' }],
    });
    assert.ok(objectivesOf(hinted).includes(22));
    assert.ok(hinted.length <= MAX_OBJECTIVES);
    const scores = hinted.map((t) => t.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
  });
});
