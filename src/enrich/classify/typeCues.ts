/** Wording and URL cues (en/fr/es) that suggest an item's content type, with their weights. */
import type { ItemType } from '../../domain/item.js';

/** A pattern tested on folded (lower-case, accent-free) text; the label is shown as evidence. */
export interface TypeCue {
  type: ItemType;
  label: string;
  pattern: RegExp;
  weight: number;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const GATHERING =
  'conference|webinar|workshop|seminar|forum|meeting|conferencia|seminario|taller|reunion|seminaire|atelier';
/** "conference on 12 March", "webinar on March 12", "atelier le 3 juin", "taller el 5 de mayo". */
const GATHERING_ON_DATE = new RegExp(
  `\\b(${GATHERING})\\b[^.]{0,60}?\\b(on|le|el|from|du|del)\\s+(\\d{1,2}(st|nd|rd|th)?\\s+(de\\s+)?(${MONTHS})|(${MONTHS})\\s+\\d{1,2}\\b)`,
);

const cue = (type: ItemType, label: string, pattern: RegExp, weight: number): TypeCue => ({
  type,
  label,
  pattern,
  weight,
});

/** Cues read in the title; a title is a deliberate label, so these weigh most. */
export const TITLE_CUES: readonly TypeCue[] = [
  cue(
    'vacancy',
    'vacancy',
    /\b(vacanc(y|ies)|job opening|we are hiring|avis de vacance|offre d'emploi|poste a pourvoir|vacante|oferta de (empleo|trabajo))\b|\bposte\s*:/,
    4,
  ),
  cue('vacancy', 'internship', /\b(internship|stage remunere|pasantia|practicas profesionales)\b/, 3),
  cue(
    'call',
    'call for …',
    /\b(call for (proposals|applications|practices|papers|submissions|nominations|expressions? of interest|tenders?)|request for proposals)\b/,
    4,
  ),
  cue(
    'call',
    'appel à …',
    /\bappel (a|aux) (propositions|candidatures|projets|communications|manifestations? d'interet|pratiques)\b/,
    4,
  ),
  cue('call', 'convocatoria', /\bconvocatoria\b/, 4),
  cue('event', 'webinar', /\b(webinar|webinaire|webinario|save the date)\b/, 3),
  cue('event', 'seminar/workshop', /\b(seminar|seminaire|seminario|workshop|atelier|taller|colloque|symposium)\b/, 2),
  cue('event', 'conference', /\b(conference|conferencia|forum|foro|summit|sommet|cumbre)\b/, 1),
  cue('event', 'gathering on a date', GATHERING_ON_DATE, 2),
  cue(
    'publication',
    'policy brief',
    /\b(policy brief|policy paper|working paper|research paper|annual report|note d'orientation|documento de politica|nota de politica|informe anual|rapport annuel)\b/,
    4,
  ),
  cue(
    'publication',
    'handbook/guide',
    /\b(handbook|toolkit|guidance document|guidelines|manual|manuel|boite a outils|guide|guia|lignes directrices|directrices)\b/,
    3,
  ),
  cue(
    'publication',
    'report/study',
    /\b(report|study|publication|rapport|etude|informe|estudio|analysis|analyse|analisis)\b/,
    2,
  ),
  cue('statement', 'statement', /\b(statement|declaration|declaracion|communique conjoint)\b/, 4),
  cue(
    'statement',
    'speech/remarks',
    /\b(speech|remarks|keynote|address by|discours|allocution|intervention de|discurso|palabras de|intervencion de)\b/,
    3,
  ),
  cue(
    'practice',
    'good practice',
    /\b(good|best|promising) practices?\b|\b(bonnes?|meilleures?) pratiques?\b|\bpratiques? prometteuses?\b|\b(buenas?|mejores?) practicas?\b|\bpracticas? prometedoras?\b/,
    4,
  ),
  // Below the pick threshold on its own: a title naming a project is often news about it.
  cue('project', 'project', /\b(project|programme|program|projet|proyecto|programa|initiative|iniciativa)\b/, 1.5),
  cue(
    'news',
    'news',
    /\b(news|press release|newsroom|actualites?|communique de presse|noticias?|comunicado de prensa)\b/,
    3,
  ),
  cue(
    'news',
    'reported event',
    /\b(organi[sz]ed|held|launched|took place|gathered|met|signed|a eu lieu|s'est tenue?|a lance|organise|se celebro|se llevo a cabo|lanzo|firmaron)\b/,
    1.5,
  ),
];

/** Cues read in the first part of the body; weaker, since bodies mention many things in passing. */
export const TEXT_CUES: readonly TypeCue[] = [
  cue(
    'vacancy',
    'apply by/closing date',
    /\b(apply by|how to apply|closing date|job description|date limite de candidature|comment postuler|postulez|fecha de cierre|como postular|postulaciones)\b/,
    2,
  ),
  cue(
    'vacancy',
    'job terms',
    /\b(terms of reference|salary|duty station|required qualifications|lieu d'affectation|salaire|lugar de destino|salario)\b/,
    1,
  ),
  cue('call', 'deadline', /\b(deadline|submission deadline|date limite|fecha limite|plazo de presentacion)\b/, 1.5),
  cue(
    'call',
    'eligibility',
    /\b(eligibility criteria|eligible applicants|criteres d'eligibilite|criterios de elegibilidad|submit (your|a) (proposal|practice|application))\b/,
    1.5,
  ),
  cue(
    'event',
    'will take place',
    /\b(will take place|will be held|aura lieu|se tiendra|tendra lugar|se llevara a cabo|se celebrara)\b/,
    2,
  ),
  // Not bare "registration"/"inscription": birth and civil registration are topics, not events.
  cue(
    'event',
    'registration',
    /\b(register (here|now|by|online)|to register|registration (is|opens|form|link|deadline)|inscriptions? (ouvertes|en ligne)|inscrivez-vous|formulaire d'inscription|inscripciones abiertas|registrese|inscribase|formulario de inscripcion|join us)\b/,
    2,
  ),
  cue('event', 'gathering on a date', GATHERING_ON_DATE, 1.5),
  cue(
    'publication',
    'published a document',
    /\b((drafted|published|launched|released|developed|presents?) (a|the|its|this) (new )?(guidance document|report|study|handbook|toolkit|guide|policy brief|publication)|(a publie|publie|lance) (un|le|une|la) (nouveau |nouvelle )?(rapport|etude|guide|manuel)|(publico|presento|lanzo) (un|el|una|la) (nuevo |nueva )?(informe|estudio|guia|manual))\b/,
    1.5,
  ),
  cue('publication', 'download', /\b(download|telecharger|descargar|isbn)\b/, 2),
  cue(
    'publication',
    'this report',
    /\b(this (report|study|publication|handbook|guide|policy brief|document)|the (report|study) (finds|shows|examines|provides)|ce rapport|cette (etude|publication)|este (informe|estudio)|esta publicacion)\b/,
    1.5,
  ),
  cue(
    'statement',
    'first-person address',
    /\b(i speak today|i have the honou?r|excellencies|distinguished delegates|ladies and gentlemen|j'ai l'honneur|mesdames et messieurs|tengo el honor|senoras y senores)\b/,
    3,
  ),
  cue('practice', 'good practice', /\b(good|promising) practice\b|\bbonnes? pratiques?\b|\bbuenas? practicas?\b/, 1),
  cue(
    'practice',
    'replicable',
    /\b(lessons learned|replicab(le|ility)|enseignements tires|reproductible|lecciones aprendidas|replicable)\b/,
    1,
  ),
  cue(
    'project',
    'project purpose',
    /\b((project|programme|projet|proyecto|programa) (aims|seeks|will|objectives|duration|entitled|vise|intitule|tiene como objetivo|busca|titulado)|this project|ce projet|este proyecto)\b/,
    1.5,
  ),
  cue(
    'project',
    'funder/implementer',
    /\b(funded by|implemented by|finance par|mis en oeuvre par|financiado por|implementado por|ejecutado por)\b/,
    1,
  ),
  cue(
    'news',
    'reported event',
    /\b(was held|took place|were gathered|gathered|a eu lieu|s'est tenue?|se celebro|se llevo a cabo)\b/,
    1,
  ),
];

/** Cues read in the URL path: section names sites use for each kind of content. */
export const URL_CUES: readonly TypeCue[] = [
  cue('vacancy', '/jobs/', /\/(jobs?|vacanc(y|ies)|careers?|emplois?|empleos?|recrutement|offres-d-emploi)(\/|$|-)/, 3),
  cue('call', '/calls/', /\/(calls?(-for-[a-z-]+)?|convocatorias?|appels?(-a-[a-z-]+)?)(\/|$)/, 3),
  cue('event', '/events/', /\/(events?|evenements?|eventos?|agenda|webinars?)(\/|$|-)/, 3),
  cue(
    'publication',
    '/publications/',
    /\/(publications?|publicaciones|reports?|library|resources?|ressources|recursos|documents?)(\/|$|-)/,
    2.5,
  ),
  cue('statement', '/statements/', /\/(statements?|speeches|declarations?|discours|declaraciones)(\/|$|-)/, 3),
  cue(
    'practice',
    '/practices/',
    /\/(practices?|good-practices?|repository-of-practices|pratiques|practicas)(\/|$|-)/,
    3,
  ),
  cue('project', '/projects/', /\/(projects?|projets?|proyectos?)(\/|$)/, 2),
  cue('news', '/news/', /\/(news(-centre|-center|room)?|press(-releases?)?|actualites?|noticias|blog)(\/|$|-)/, 2),
];
