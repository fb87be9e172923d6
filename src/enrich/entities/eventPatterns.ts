/** Words and patterns that name events and read their place, participants and countries represented (en/fr/es). */
import { COUNT_SOURCE } from './numbersInText.js';

/** Words that make a capitalised name an event ("Working Group Meeting", "Summer School", "Foro Regional"). */
export const EVENT_WORDS = new Set(
  `meeting meetings conference conferences workshop workshops training trainings seminar seminars summit summits forum
  webinar webinars consultation consultations roundtable round-table symposium hearings congress colloquium retreat school
  days week reunion reunions conference atelier ateliers formation seminaire sommet webinaire colloque rencontre rencontres
  journees table-ronde universite conferencia taller talleres capacitacion seminario cumbre foro webinario consulta
  encuentro jornadas curso escuela`.split(/\s+/),
);

/** Event words strong enough to announce an unnamed event in lower case ("a regional conference in Abidjan"). */
export const STRONG_EVENT_WORDS = new Set(
  `meeting conference workshop seminar summit forum webinar consultation roundtable symposium congress colloquium
  reunion atelier seminaire sommet webinaire colloque conferencia taller seminario cumbre foro webinario`.split(/\s+/),
);

// Words whose event sense needs a word before them ("Summer School", not "school"; "Development Days", not "days").
export const NEEDS_QUALIFIER = new Set([
  'school',
  'days',
  'week',
  'universite',
  'escuela',
  'journees',
  'jornadas',
  'curso',
]);

const ABOUT =
  '(?:(?:over|more than|some|about|around|nearly|almost|approximately|up to|at least|plus de|près de|environ|quelque|más de|cerca de|alrededor de|unos|unas|aproximadamente)\\s+)?';
const PEOPLE =
  'participants?|participantes?|attendees|delegates|délégués|déléguées|delegados|delegadas|representatives|représentants|représentantes|representantes|officials|officers|experts|expertos|expertas|people|persons|personnes|personas|professionals|professionnels|profesionales|stakeholders|trainees|stagiaires|students|étudiants|estudiantes|practitioners|journalists|journalistes|periodistas|actors|acteurs|actores|participated';

/** "80 participants", "over 800 representatives", "gathered 45 government officials", "plus de 100 participants". */
export const PARTICIPANTS = new RegExp(
  `(?<![\\p{L}\\p{N}])${ABOUT}(${COUNT_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE})(?![\\p{L}])`,
  'giu',
);

/** "representing 33 partner countries", "from 16 nations", "de 12 pays", "de 20 países". */
export const COUNTRIES_REPRESENTED = new RegExp(
  `(?:representing|from|of|venus de|venant de|de|des|procedentes de|provenientes de|representando a?)\\s+${ABOUT}(${COUNT_SOURCE})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:countries|nations|states|pays|nations|États|etats|países|naciones|estados)(?![\\p{L}])`,
  'giu',
);

/** "in Kachreti, Georgia", "at Pullman Bangkok King Power", "à Genève", "en Madrid": a capitalised place phrase. */
export const PLACE =
  /(?<![\p{L}])(?:in|at|à|en|au|aux|a)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,3}(?:, \p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})?)/gu;

/** A sentence that refers back to an event ("The meeting, held …", "this summer school", "la réunion", "el taller"). */
export const EVENT_ANAPHOR =
  /\b(?:the|this|that|la|le|cette|ce|el|este|esta|dicha|dicho)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:meeting|conference|workshop|training|seminar|summit|forum|webinar|consultation|roundtable|symposium|event|session|school|réunion|conférence|atelier|formation|séminaire|sommet|webinaire|colloque|rencontre|événement|reunión|conferencia|taller|capacitación|seminario|cumbre|foro|encuentro|evento|jornada)\b/iu;
