/**
 * Body cues (en/fr/es) for the content type: the opening of the text (datelines, salutations, "This report…") and
 * the field labels that structured items use ("Duration:", "Qualifications:", "Results:", "Opening hours:").
 */
import { cue, DAY_RANGE, GATHERING_ON_DATE, MONTHS, type TypeCue } from './typeCues.js';

/** A field label at the start of a paragraph or sentence: "Period: 2023–2025", "Objectif : …". */
function field(labels: string): RegExp {
  return new RegExp(`(?:^|\\n|[.;!?] )\\s*(?:${labels})\\s?:`);
}

/** Cues read in the opening of the body (its first few hundred characters): how an item starts says what it is. */
export const OPENING_CUES: readonly TypeCue[] = [
  // "Brasília, 20–21 November 2025." / "Online, 9 October 2025, 13:00" / "Date: 12 June 2025": a news dateline is
  // "City —" without a date, so a place followed by a date is the announcement of a meeting.
  cue(
    'event',
    'dateline with a date',
    new RegExp(
      `^[^\\n.,;:]{2,40},\\s*(\\d{1,2}(\\s*[-\u2013]\\s*\\d{1,2})?\\s+(de\\s+)?(${MONTHS})|(${MONTHS})\\s+\\d{1,2})|^(date|dates|fecha|fechas)\\s?:|^(del?|du)\\s+\\d{1,2}\\s+(al?|au)\\s+\\d{1,2}`,
    ),
    3,
  ),
  cue(
    'statement',
    'salutation',
    /^(dear [a-z ,]{3,40},|excellenc|mr\.? president|madam (president|chair)|distinguished|ladies and gentlemen|we, the|chers? |mesdames|monsieur le president|queridos?|estimad[oa]s|senoras y senores|senor presidente)/,
    3,
  ),
  cue('statement', 'quoted statement', /^["\u201c\u00ab]/, 2),
  cue(
    'publication',
    'this report …',
    /^(this|the) (report|study|brief|evaluation|paper|review|guide|handbook|toolkit|analysis|survey|document|publication|assessment|atlas|index|plan)\b|^(ce|cette|le|la|l') ?(rapport|etude|note|enquete|evaluation|publication|analyse|guide|document)\b|^(este|esta|el|la) (informe|estudio|nota|encuesta|evaluacion|publicacion|analisis|guia|documento)\b/,
    2.5,
  ),
  cue(
    'page',
    'addresses the reader',
    /^(if you|are you|do you|si vous|vous avez|si usted|si es usted|welcome to|bienvenue|bienvenid[oa]s?)\b/,
    2,
  ),
  cue('page', 'numbered steps', /^1[.)] /, 1.5),
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
  cue(
    'vacancy',
    'is recruiting',
    /\b(is recruiting|recruits an?|is looking for an?|seeks an?|we are looking for|recrute|recherche (un|une)|busca (un|una)?|precisa|se busca|under the supervision|sous la supervision|bajo la supervision|the successful candidate|vous piloterez)\b/,
    2,
  ),
  cue(
    'vacancy',
    'job fields',
    field(
      'responsibilities|duties|qualifications|requirements|profile|contract|organizational setting|experience|competencies|missions?|profil|qualifications requises|responsabilites|responsabilidades|funciones|requisitos|perfil|contrato|ofrecemos|we offer|nous offrons',
    ),
    2,
  ),
  cue('call', 'deadline', /\b(deadline|submission deadline|date limite|fecha limite|plazo de presentacion)\b/, 1.5),
  cue(
    'call',
    'eligibility',
    /\b(eligibility criteria|eligible applicants|criteres d'eligibilite|criterios de elegibilidad|submit (your|a) (proposal|practice|application))\b/,
    1.5,
  ),
  cue(
    'call',
    'invites submissions',
    /\b(invites? [^.]{0,60}\bto (submit|apply|send)|submit (offers|bids|concept notes|proposals|entries|stories|applications)|bidders|suppliers|soumissionnaires|soumettre (une offre|un projet|une proposition)|dossier d'appel|presentar (propuestas|ofertas|proyectos)|abren una convocatoria|se financiaran|lot 1)\b/,
    2,
  ),
  cue(
    'event',
    'will take place',
    /\b(will take place|will be held|aura lieu|se tiendra|tendra lugar|se llevara a cabo|se celebrara|acogera|reunira)\b/,
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
    'event',
    'invitation',
    /\b(invite[sd]? [^.]{0,80}\bto (a|an|the|attend|join)\b|participants will|sessions will|the programme includes|invitent|convoquent|convocan a|el programa incluye|les participants (pourront|echangeront)|los participantes)\b/,
    1.5,
  ),
  cue('event', 'dates', DAY_RANGE, 1),
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
    /\b(this (report|study|publication|handbook|guide|policy brief|brief|evaluation)|ce rapport|cette (etude|publication|note|enquete|evaluation)|este (informe|estudio)|esta (publicacion|evaluacion))\b/,
    2,
  ),
  cue(
    'publication',
    'the report finds',
    /\b(the (report|study|evaluation|survey|brief|authors) (finds|shows|examines|provides|estimates|recommends|covers|presents|concludes)|the authors|les auteurs|l'enquete fournit|los autores|el informe (presenta|muestra|concluye))\b/,
    1.5,
  ),
  cue(
    'publication',
    'findings',
    /\b(key findings|recommendations|principaux resultats|recommandations|recomendaciones|hallazgos)\b/,
    1,
  ),
  cue(
    'statement',
    'first-person address',
    /\b(i speak today|i have the honou?r|excellencies|distinguished delegates|ladies and gentlemen|j'ai l'honneur|mesdames et messieurs|tengo el honor|senoras y senores)\b/,
    3,
  ),
  cue(
    'statement',
    'takes a position',
    /\b(we (call on|urge|ask|condemn|welcome|demand|reaffirm|commit)|(welcomes|condemns|deplores) the|nous (appelons|demandons|exhortons|condamnons|saluons|reaffirmons)|exprime sa (vive )?preoccupation|informe l'opinion|expresa su preocupacion|expresamos|exigimos|instamos|hacemos un llamado|denuncia que|deeply saddened|profondement preoccupes)\b/,
    2,
  ),
  cue('practice', 'good practice', /\b(good|promising) practice\b|\bbonnes? pratiques?\b|\bbuenas? practicas?\b/, 1),
  cue(
    'practice',
    'replicable',
    /\b(lessons learned|replicab(le|ility)|enseignements tires|reproductible|lecciones aprendidas|replicable|in this pilot|the pilot)\b/,
    1,
  ),
  cue(
    'practice',
    'practice fields',
    field(
      'what( was done)?|the (problem|challenge)|how it works|what made it work|why it works|to replicate|what others can learn|lessons( learned| learnt)?|key( to success)?|success factors|ce qui a ete fait|le probleme|pourquoi (ca|cela) marche|pour reproduire|enseignements|cles du succes|que se hizo|el problema|por que funciona|para replicar|claves del exito|lecciones aprendidas',
    ),
    2.5,
  ),
  cue('practice', 'results', field('results|resultats|resultados|impact'), 1),
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
    'project',
    'project fields',
    field(
      'period|duration|funding|funder|donors?|budget|implementation|implementers?|implementing partners?|lead partner|partner countries|activities|components|expected results|beneficiaries|target groups?|aim|objectives?|periode|duree|financement|bailleurs?( de fonds)?|mise en oeuvre|partenaires|activites|resultats attendus|beneficiaires|objectifs?|periodo|duracion|financiamiento|financiacion|presupuesto|donantes?|financiador(es)?|ejecucion|socios|actividades|componentes|resultados esperados|beneficiarios|objetivos?',
    ),
    2,
  ),
  cue('project', 'the project does', /(^|\n)(the project|le projet|el proyecto)\b/, 1.5),
  cue(
    'page',
    'page furniture',
    /\b(opening hours|office hours|contact us|about us|our mission|who we are|horaires d'ouverture|nous contacter|horario de atencion|contactenos|quienes somos|this page|cette page|esta pagina|free of charge|gratuitement|gratuita)\b|(?:^|\n)(telephone|tel|phone|address|adresse|direccion|email|e-mail|correo)\s?:/,
    1.5,
  ),
  cue(
    'page',
    'instructions to the reader',
    /\b(you can|you will|you must|if you|vous pouvez|vous devez|si vous|votre demande|puede (solicitar|obtener|presentar)|debe (presentar|solicitar)|si usted|su solicitud)\b/,
    1.5,
  ),
  cue(
    'news',
    'reported event',
    /\b(was held|took place|were gathered|gathered|a eu lieu|s'est tenue?|se celebro|se llevo a cabo)\b/,
    1,
  ),
  cue(
    'news',
    'reporting verbs',
    /\b(said on|announced on|said that|announced that|told|a annonce|a declare|ont annonce|anuncio|informo|declaro)\b/,
    1,
  ),
];
