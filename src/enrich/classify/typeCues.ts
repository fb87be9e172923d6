/** Title and URL cues (en/fr/es) that suggest an item's content type, with their weights. */
import type { ItemType } from '../../domain/item.js';

/** A pattern tested on folded (lower-case, accent-free) text; the label is shown as evidence. */
export interface TypeCue {
  type: ItemType;
  label: string;
  pattern: RegExp;
  weight: number;
}

export const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const GATHERING =
  'conference|webinar|workshop|seminar|forum|meeting|conferencia|seminario|taller|reunion|seminaire|atelier';
/** "conference on 12 March", "webinar on March 12", "atelier le 3 juin", "taller el 5 de mayo". */
export const GATHERING_ON_DATE = new RegExp(
  `\\b(${GATHERING})\\b[^.]{0,60}?\\b(on|le|el|from|du|del)\\s+(\\d{1,2}(st|nd|rd|th)?\\s+(de\\s+)?(${MONTHS})|(${MONTHS})\\s+\\d{1,2}\\b)`,
);
/** A range of days in a month: "20–21 November", "5 y 6 de junio", "du 3 au 5 mai", "14 et 15 mai". */
export const DAY_RANGE = new RegExp(
  `\\b\\d{1,2}\\s*([-\u2013\u2014]|and|to|y|et|al|au|a)\\s*\\d{1,2}\\s+(de\\s+)?(${MONTHS})\\b`,
);

export const cue = (type: ItemType, label: string, pattern: RegExp, weight: number): TypeCue => ({
  type,
  label,
  pattern,
  weight,
});

/** Job titles: a title naming one ("Protection Officer, Vienna", "Coordinateur·rice … (Lomé)") is an advertisement. */
const JOB_TITLE =
  /\b(officer|assistant|associate|specialist|coordinator|manager|consultant|analyst|advis[eo]r|intern|director|head of unit|lawyer|caseworker|case worker|coordinat(eur|rice)|charge(e)? de (projet|programme|mission)|associe\(?e?\)?|conseill(er|ere)|responsable|asistente|oficial|coordinador(a)?|especialista|consultor(a)?|abogad[oa]|cociner[oa]|analista|asesor(a)?)\b/;

/** Cues read in the title; a title is a deliberate label, so these weigh most. */
export const TITLE_CUES: readonly TypeCue[] = [
  cue(
    'vacancy',
    'vacancy',
    /\b(vacanc(y|ies)|job opening|we are hiring|avis de vacance|offre d'emploi|poste a pourvoir|vacante|oferta de (empleo|trabajo)|se busca|recrute)\b|\bposte\s*:/,
    4,
  ),
  cue('vacancy', 'internship', /\b(internship|stage remunere|pasantia|practicas profesionales)\b/, 3),
  cue('vacancy', 'consultancy', /^(consultancy|consultance|consultoria)\b/, 4),
  cue(
    'vacancy',
    'job title',
    new RegExp(
      `^(?!(a|an|the|un|une|le|la|el|los|las) )[^.!?]{0,80}${JOB_TITLE.source}[^.!?]{0,80}(,|\\(|[\u2014\u2013-] )`,
    ),
    2,
  ),
  cue(
    'call',
    'call for …',
    /\b(call for (proposals|applications|practices|papers|submissions|nominations|expressions? of interest|tenders?|entries|joint programmes|projects|concept notes|contributions|abstracts|bids|grants|candidates|participants|experts)|request for proposals|tender|invitation to bid)\b/,
    4,
  ),
  cue(
    'call',
    'appel à …',
    /\bappel (a|aux|d') ?(propositions|candidatures|projets|communications|manifestations? d'interet|pratiques|offres)\b/,
    4,
  ),
  cue('call', 'convocatoria', /\b(convocatoria|licitacion|concurso)\b/, 4),
  cue('event', 'webinar', /\b(webinar|webinaire|webinario|save the date)\b/, 3),
  cue('event', 'seminar/workshop', /\b(seminar|seminaire|seminario|workshop|atelier|taller|colloque|symposium)\b/, 2),
  cue('event', 'conference', /\b(conference|conferencia|congres|congreso|forum|foro|summit|sommet|cumbre)\b/, 1),
  cue('event', 'gathering on a date', GATHERING_ON_DATE, 2),
  cue('event', 'dates', DAY_RANGE, 2),
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
    /\b(report|study|publication|rapport|etude|informe|estudio|analysis|analyse|analisis|evaluation|evaluacion|survey|enquete|encuesta|financial statements|etats financiers|estados financieros)\b/,
    2,
  ),
  cue(
    'statement',
    'statement',
    /\b(statement|declaration|declaracion|communique (conjoint|final|sur)|comunicado|pronunciamiento|open letter|lettre ouverte|carta abierta)\b/,
    4,
  ),
  cue(
    'statement',
    'speech/remarks',
    /\b(speech|remarks|keynote|address (by|of)|message (of|from) the|discours|allocution|intervention de|message de|discurso|palabras de|intervencion de|mensaje de)\b/,
    3,
  ),
  cue(
    'practice',
    'good practice',
    /\b(good|best|promising) practices?\b|\b(bonnes?|meilleures?) pratiques?\b|\bpratiques? prometteuses?\b|\b(buenas?|mejores?) practicas?\b|\bpracticas? prometedoras?\b/,
    4,
  ),
  cue('practice', 'a practice from', /\b(a practice from|une pratique|una practica|pilot|projet pilote|piloto)\b/, 1.5),
  // Below the pick threshold on its own: a title naming a project is often news about it.
  cue('project', 'project', /\b(project|programme|program|projet|proyecto|programa|initiative|iniciativa)\b/, 1.5),
  cue(
    'page',
    'standing page',
    /^(about( us)?|contact( us)?|who we are|our (mission|work|team)|faq|frequently asked questions|qui sommes-nous|nous contacter|a propos|quienes somos|contacto|contactenos)\b|\b(questions frequentes|preguntas frecuentes|what you need to know|ce qu'il faut savoir|lo que debe saber|vos droits|your rights|sus derechos|your first (days|weeks)|how to apply for|comment (demander|obtenir)|como (solicitar|obtener|sumar|funciona))\b|^(new in|nouveau a|nuevo en)\b/,
    3,
  ),
  cue('page', 'question to the reader', /\b(you|vous|usted)\b.*\?|\?$/, 1),
  cue(
    'page',
    'service name',
    /^[^:]{0,40}\b(helpline|hotline|ligne d'ecoute|linea (de informacion|gratuita)|assistance to nationals|asistencia consular|assistance consulaire)\b/,
    2,
  ),
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

/**
 * Cues read in the site section of the URL: the host's first label ("jobs.example.org") and the path folders
 * before the page's own slug, so "/projets/emplois-verts" is a project, not a job.
 */
export const URL_CUES: readonly TypeCue[] = [
  cue('vacancy', '/jobs/', /\/(jobs?|vacanc(y|ies)|careers?|emplois?|empleos?|recrutement|offres-d-emploi)\//, 3),
  cue(
    'call',
    '/calls/',
    /\/(calls?(-for-[a-z-]+)?|convocatorias?|appels?(-a-[a-z-]+)?|tenders?|procurement|achats|licitaciones)\//,
    3,
  ),
  cue('event', '/events/', /\/(events?|evenements?|eventos?|agenda|webinars?)\//, 3),
  cue(
    'publication',
    '/publications/',
    /\/(publications?|publicaciones|reports?|library|resources?|ressources|recursos|documents?)\//,
    2.5,
  ),
  cue('statement', '/statements/', /\/(statements?|speeches|declarations?|discours|declaraciones)\//, 3),
  cue('practice', '/practices/', /\/(practices?|good-practices?|repository-of-practices|pratiques|practicas)\//, 3),
  cue('project', '/projects/', /\/(projects?|projets?|proyectos?)\//, 2),
  cue('page', '/about/', /\/(about(-us)?|contact(-us)?|faq|help|aide|ayuda|a-propos|quienes-somos|contacto)\//, 2),
  cue('news', '/news/', /\/(news(-centre|-center|room)?|press(-releases?)?|actualites?|noticias|blog)\//, 2),
];
