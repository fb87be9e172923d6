import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ItemType } from '../../domain/item.js';
import { classifyType } from './classifyType.js';

interface Case {
  expected: ItemType;
  title: string;
  text?: string;
  url?: string;
  language?: string;
}

const cases: Case[] = [
  { expected: 'vacancy', title: 'Vacancy: Programme Officer (Migration and Health)', text: 'Apply by 30 June.' },
  { expected: 'vacancy', title: 'Avis de vacance : chargé(e) de projet', language: 'fr' },
  { expected: 'vacancy', title: 'Vacante: Coordinador regional', language: 'es' },
  {
    expected: 'vacancy',
    title: 'Programme Officer',
    text: 'How to apply: send your CV before the closing date.',
    url: 'https://example.org/jobs/programme-officer',
  },
  {
    expected: 'call',
    title: 'Call for Practices: Regular Pathways',
    text: 'Deadline: 15 May. Submit your practice online.',
  },
  { expected: 'call', title: 'Appel à propositions 2025', text: 'Date limite : 1er mars.', language: 'fr' },
  { expected: 'call', title: 'Convocatoria abierta para organizaciones', language: 'es' },
  { expected: 'event', title: 'Webinar: migrant health in cities', text: 'Register here to join us.' },
  {
    expected: 'event',
    title: 'Séminaire régional sur la mobilité',
    text: "L'atelier aura lieu à Dakar.",
    language: 'fr',
  },
  {
    expected: 'event',
    title: 'Taller sobre migración laboral',
    text: 'El taller el 5 de mayo tendrá lugar en Quito.',
    language: 'es',
  },
  { expected: 'event', title: 'Mobility and climate', url: 'https://example.org/events/mobility-and-climate' },
  { expected: 'publication', title: 'Policy brief: labour mobility in the Pacific', text: 'Download the PDF.' },
  { expected: 'publication', title: 'Rapport annuel 2023', text: 'Télécharger le rapport.', language: 'fr' },
  { expected: 'publication', title: 'Informe sobre remesas', text: 'Descargar el informe completo.', language: 'es' },
  { expected: 'publication', title: 'Handbook on alternatives to detention' },
  {
    expected: 'statement',
    title: 'Statement by the Director General',
    text: 'Excellencies, ladies and gentlemen, I speak today…',
  },
  {
    expected: 'statement',
    title: "Discours d'ouverture de la ministre",
    text: 'Mesdames et messieurs, …',
    language: 'fr',
  },
  { expected: 'statement', title: 'Declaración conjunta sobre movilidad humana', language: 'es' },
  {
    expected: 'project',
    title: 'SUPREME – Strengthening migration management',
    text: 'The project aims to strengthen institutions. It is funded by the EU.',
  },
  {
    expected: 'project',
    title: 'Projet FORMA',
    text: 'Le projet vise à former des jeunes. Il est financé par la coopération belge.',
    language: 'fr',
  },
  {
    expected: 'project',
    title: 'Proyecto Raíces',
    text: 'El proyecto tiene como objetivo apoyar a familias retornadas.',
    language: 'es',
  },
  { expected: 'practice', title: 'Good practice: one-stop shops for newcomers' },
  { expected: 'practice', title: 'Bonne pratique : guichet unique', language: 'fr' },
  { expected: 'practice', title: 'Buena práctica: ventanilla única', language: 'es' },
  {
    expected: 'news',
    title: 'Project News: MMD Support Project – Rabat Process organised Thematic Meeting on Border Management',
    text: 'The meeting, held under the co-chairmanship of Spain and Morocco, gathered 80 participants.',
  },
  {
    expected: 'news',
    title: 'EU-funded project trains a new generation of experts',
    text: 'Find out more about the project.',
  },
  { expected: 'news', title: 'Ministers met in Rabat', url: 'https://example.org/news/ministers-met' },
  { expected: 'news', title: 'A quiet week' },
  // Structure: field labels, openings and URL sections (issue 4).
  {
    expected: 'project',
    title: 'Safer journeys',
    text: 'Period: 2024–2026. Donor: the EU. Implementing partners: two NGOs.\n\nThe project trains officers.',
  },
  {
    expected: 'project',
    title: 'Routes sûres',
    text: 'Durée : 2024-2026. Financement : UE.\n\nObjectif : former des agents.',
    language: 'fr',
  },
  {
    expected: 'practice',
    title: 'A desk that registers babies',
    text: 'What was done: a desk in the hospital registers births.\n\nResults: 2,000 children.\n\nTo replicate: train staff.',
  },
  {
    expected: 'practice',
    title: 'Una ventanilla en el hospital',
    text: 'Qué se hizo: una ventanilla registra nacimientos.\n\nResultados: 2.000 niños.\n\nClaves del éxito: formación.',
    language: 'es',
  },
  {
    expected: 'vacancy',
    title: 'Protection Officer, Nairobi',
    text: 'UNHCR is recruiting a Protection Officer.\n\nResponsibilities: interviews.\n\nQualifications: a degree in law.',
  },
  {
    expected: 'event',
    title: 'Regional meeting on return',
    text: 'Dakar, 4–5 March 2026.\n\nThe meeting will review reintegration programmes.',
  },
  { expected: 'statement', title: 'The minister to the diaspora', text: 'Dear compatriots,\n\nWe ask you to invest.' },
  {
    expected: 'publication',
    title: 'Climate and mobility in the Sahel',
    text: 'This report examines how drought changes where people live.',
  },
  {
    expected: 'page',
    title: 'Contact us',
    text: 'Telephone: +1 555 0100\nOpening hours: Monday to Friday.',
  },
  {
    expected: 'page',
    title: 'Asistencia consular a nacionales en el exterior',
    text: 'Si usted se encuentra en el extranjero, puede solicitar ayuda al consulado.',
    language: 'es',
  },
  {
    expected: 'project',
    title: 'Green jobs for young people',
    text: 'The project aims to create jobs. It is funded by the EU.',
    url: 'https://projects.example.org/fr/emplois-verts',
  },
  {
    expected: 'news',
    title: 'A case worker, not a cell: detention alternatives expand',
    text: 'Brussels — The ministry said on Monday that it will expand the pilot.',
  },
];

describe('classifyType', () => {
  for (const c of cases) {
    it(`${c.expected}: ${c.title}`, () => {
      const decision = classifyType({ title: c.title, text: c.text ?? '', url: c.url, language: c.language });
      assert.equal(decision.type, c.expected, JSON.stringify(decision));
      assert.ok(decision.evidence.length > 0);
    });
  }

  it('lets the structural hint win, with that as evidence', () => {
    const decision = classifyType({ title: 'Webinar on remittances', text: 'Register here.', typeHint: 'publication' });
    assert.deepEqual(decision, { type: 'publication', evidence: ['structure: publication'] });
  });

  it('names the cues it used, with where they were found', () => {
    const decision = classifyType({
      title: 'Call for proposals',
      text: 'Deadline: 1 June.',
      url: 'https://example.org/calls/2025',
    });
    assert.equal(decision.type, 'call');
    assert.deepEqual(decision.evidence, ['title: call for …', 'url: /calls/', 'text: deadline']);
  });

  it('does not take a topic for a type: birth registration is not an event registration', () => {
    const decision = classifyType({ title: 'Birth registration in camps', text: 'Registration of births rose.' });
    assert.equal(decision.type, 'news');
  });

  it('falls back to news with a stated reason', () => {
    assert.deepEqual(classifyType({ title: 'A quiet week', text: '' }), {
      type: 'news',
      evidence: ['default: no type cue'],
    });
  });

  it('survives a malformed URL', () => {
    assert.equal(classifyType({ title: 'x', text: '', url: 'not a url' }).type, 'news');
  });
});
