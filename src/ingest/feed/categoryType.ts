import type { ItemType } from '../../domain/item.js';

/**
 * Category labels (en/fr/es, lower case, accents removed) that say plainly what kind of item a feed entry is.
 * Only unambiguous labels belong here: a wrong hint is worse than none, since the classifier fills the gaps.
 */
const TYPE_BY_CATEGORY: Record<string, ItemType> = {
  // publications
  publication: 'publication',
  publications: 'publication',
  report: 'publication',
  reports: 'publication',
  'policy brief': 'publication',
  'policy briefs': 'publication',
  study: 'publication',
  studies: 'publication',
  research: 'publication',
  rapport: 'publication',
  rapports: 'publication',
  etude: 'publication',
  etudes: 'publication',
  'note d orientation': 'publication',
  publicacion: 'publication',
  publicaciones: 'publication',
  informe: 'publication',
  informes: 'publication',
  estudio: 'publication',
  estudios: 'publication',
  // events
  event: 'event',
  events: 'event',
  conference: 'event',
  conferences: 'event',
  webinar: 'event',
  webinars: 'event',
  workshop: 'event',
  evenement: 'event',
  evenements: 'event',
  agenda: 'event',
  webinaire: 'event',
  atelier: 'event',
  evento: 'event',
  eventos: 'event',
  conferencia: 'event',
  seminario: 'event',
  taller: 'event',
  // vacancies
  vacancy: 'vacancy',
  vacancies: 'vacancy',
  job: 'vacancy',
  jobs: 'vacancy',
  careers: 'vacancy',
  'job offer': 'vacancy',
  emploi: 'vacancy',
  emplois: 'vacancy',
  'offre d emploi': 'vacancy',
  'offres d emploi': 'vacancy',
  recrutement: 'vacancy',
  vacante: 'vacancy',
  vacantes: 'vacancy',
  empleo: 'vacancy',
  'oferta de empleo': 'vacancy',
  // calls
  'call for proposals': 'call',
  'calls for proposals': 'call',
  'call for applications': 'call',
  'call for papers': 'call',
  'appel a propositions': 'call',
  'appel a projets': 'call',
  'appel a candidatures': 'call',
  'convocatoria de propuestas': 'call',
  convocatoria: 'call',
  convocatorias: 'call',
  // practices
  practice: 'practice',
  practices: 'practice',
  'good practice': 'practice',
  'good practices': 'practice',
  'promising practice': 'practice',
  'bonne pratique': 'practice',
  'bonnes pratiques': 'practice',
  'buena practica': 'practice',
  'buenas practicas': 'practice',
  // statements
  statement: 'statement',
  statements: 'statement',
  speech: 'statement',
  speeches: 'statement',
  declaration: 'statement',
  declarations: 'statement',
  discours: 'statement',
  declaracion: 'statement',
  declaraciones: 'statement',
  discurso: 'statement',
  // projects
  project: 'project',
  projects: 'project',
  projet: 'project',
  projets: 'project',
  proyecto: 'project',
  proyectos: 'project',
  // newsletters
  newsletter: 'newsletter',
  newsletters: 'newsletter',
  'lettre d information': 'newsletter',
  boletin: 'newsletter',
  // news
  news: 'news',
  'press release': 'news',
  'press releases': 'news',
  actualites: 'news',
  actualite: 'news',
  'communique de presse': 'news',
  noticias: 'news',
  noticia: 'news',
  'comunicado de prensa': 'news',
};

/** The item type the first telling category names, if any ("Call for proposals" → call, "Événements" → event). */
export function typeFromCategories(labels: readonly string[]): ItemType | undefined {
  for (const label of labels) {
    const type = TYPE_BY_CATEGORY[normalizeLabel(label)];
    if (type) return type;
  }
  return undefined;
}

function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
