import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ObjectiveTag } from '../../domain/item.js';
import {
  explainObjective,
  isSupported,
  MAX_OBJECTIVES,
  OBJECTIVE_THRESHOLD,
  objectiveCandidates,
  scoreObjectives,
} from './scoreObjectives.js';

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
/** Objectives the wording mentions at all, before the threshold: for tests of matching rather than of tagging. */
const mentioned = (title: string, text: string, language: string) =>
  objectiveCandidates({ title, text, language }).map((c) => c.tag.objective);

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
    const [candidate] = objectiveCandidates({ title: '', text: 'A law on trafficking in persons.', language: 'en' });
    assert.equal(candidate?.tag.objective, 10);
    assert.deepEqual(termsOf(candidate?.tag), ['trafficking in persons']);
    assert.equal(candidate?.distinct, 1);
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
    assert.ok(mentioned('TiP unit', 'The TiP unit met. TiP cases.', 'en').includes(10));
    assert.ok(!mentioned('tip unit', 'A tip for you. Another tip.', 'en').includes(10));
  });

  it('uses every vocabulary when the language is undetermined', () => {
    assert.deepEqual(
      mentioned('', 'Las remesas y la trata de personas.', 'und').sort((a, b) => a - b),
      [10, 20],
    );
  });

  it('needs support: one supporting word alone does not tag, however often or prominently it is said', () => {
    const border = scoreObjectives({
      title: 'Border',
      text: 'The border town held its border festival by the border river.',
      language: 'en',
    });
    assert.ok(!objectivesOf(border).includes(11), JSON.stringify(border));
    const candidate = objectiveCandidates({ title: 'Border', text: 'The border festival.', language: 'en' }).find(
      (c) => c.tag.objective === 11,
    );
    assert.ok(candidate && !isSupported(candidate));
    const managed = scoreObjectives({
      title: 'Border guards trained',
      text: 'Border guards at the border crossing points learnt integrated border management.',
      language: 'en',
    });
    assert.ok(objectivesOf(managed).includes(11));
  });

  it('shields misleading phrases: cross-border trade, VAT remittance, after-school detention', () => {
    const texts = [
      'Cross-border trade rose and cross-border trade rules eased for traders at the market.',
      'Late remittance of VAT is fined; the remittance of VAT is due monthly.',
      'After-school detention was replaced by after-school detention-free clubs.',
    ];
    for (const text of texts) assert.deepEqual(scoreObjectives({ title: '', text, language: 'en' }), [], text);
  });

  it('reads indirect wording of drivers and smuggling in en, fr and es', () => {
    const en = scoreObjectives({
      title: 'Drought pushes herders to leave',
      text: 'After failed harvests and a long drought, pastoralists leave their homes; the decision to leave follows crop failure.',
      language: 'en',
    });
    assert.ok(objectivesOf(en).includes(2), JSON.stringify(en));
    const fr = scoreObjectives({
      title: 'Des passeurs arrêtés',
      text: 'Les passeurs demandaient 800 euros par personne pour la traversée ; de faux documents ont été saisis.',
      language: 'fr',
    });
    assert.ok(objectivesOf(fr).includes(9), JSON.stringify(fr));
    const es = scoreObjectives({
      title: 'Detienen a coyotes en la frontera',
      text: 'Los coyotes cobraban 500 dólares por persona por el cruce irregular y usaban documentos falsos.',
      language: 'es',
    });
    assert.ok(objectivesOf(es).includes(9), JSON.stringify(es));
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
