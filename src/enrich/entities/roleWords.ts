/** Words that make a phrase a role ("Director", "ministre", "asesora") and the honorifics that announce a person. */
import { foldWord } from './phraseMatcher.js';

// Folded (lower case, no accents). Hyphenated roles are listed whole and by their parts.
const ROLE_LIST = `
minister ministers director director-general directors head chief coordinator officer expert adviser advisor
ambassador president vice-president secretary secretary-general under-secretary commissioner high-commissioner mayor
manager professor chair chairman chairwoman chairperson co-chair representative deputy spokesperson spokesman
spokeswoman envoy rapporteur governor researcher lecturer analyst specialist consultant founder co-founder ceo
senator counsellor councillor consul attache lead leader executive focal delegate prime king queen minister-counsellor
economist lawyer judge rector dean fellow
ministre directeur directrice chef cheffe conseiller conseillere maire presidente secretaire commissaire ambassadeur
ambassadrice coordinateur coordinatrice responsable charge chargee representant representante experte professeur
professeure delegue deleguee porte-parole gouverneur gouverneure prefet prefete chercheur chercheuse juge
ministro ministra director directora jefe jefa asesor asesora alcalde alcaldesa presidenta secretario secretaria
comisionado comisionada embajador embajadora coordinador coordinadora experto experta profesor profesora gerente
encargado encargada delegado delegada portavoz gobernador gobernadora viceministro viceministra subsecretario
subsecretaria consejero consejera investigador investigadora vicepresidente vicepresidenta directeur-general
`;

const ROLE_WORDS = new Set(ROLE_LIST.split(/\s+/).filter(Boolean));

/** True when a word (any case, accents ignored) names a role or office. */
export function isRoleWord(word: string): boolean {
  return isRoleKey(foldWord(word));
}

/** isRoleWord for a word already folded. */
export function isRoleKey(key: string): boolean {
  if (ROLE_WORDS.has(key)) return true;
  // "Director-General", "Vice-President", "ex-Minister": any hyphenated part that is a role.
  return key.includes('-') && key.split('-').some((part) => ROLE_WORDS.has(part) && part !== 'head');
}

/** Role words that are too common as ordinary words to announce a person when written in lower case. */
const WEAK_WHEN_LOWER = new Set(['head', 'lead', 'leader', 'chair', 'charge', 'chargee', 'responsable', 'fellow']);

/** True when a role word counts as written: weak words ("head", "lead") only when capitalised. */
export function countsAsRole(word: string): boolean {
  if (!isRoleWord(word)) return false;
  return /^\p{Lu}/u.test(word) || !WEAK_WHEN_LOWER.has(foldWord(word));
}

/** Honorifics written before a name ("Mr.", "H.E.", "Mme", "Sra.", "Dr"), at the end of the text before a name. */
export const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}.])((?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Mme|Mlle|Sr|Sra|Srta|Dra|Dña|Don|Doña|Ing|Lic|Amb|Excmo|Excma|H\.\s?E|S\.\s?E|M)\.?)\s*$/u;

/** Honorific words that may appear as a word of their own inside a run ("Chief Executive Dr Abdullah Abdullah"). */
export const HONORIFIC_WORDS = new Set(
  'mr mrs ms miss dr prof sir dame mme mlle sr sra srta dra dna don dona excmo excma h.e s.e'.split(' '),
);

/**
 * A cheap test that a sentence may hold a role or an honorific (stems of the role words, any case): sentences
 * without one are not read for people at all.
 */
export const MAY_HOLD_ROLE = new RegExp(
  [
    'minist',
    'direct',
    'head',
    'chief',
    'coordinat',
    'officer',
    'expert',
    'advis',
    'ambassad',
    'presiden',
    'secretar',
    'secrétai',
    'commissi',
    'mayor',
    'manager',
    'profes',
    'chair',
    'represent',
    'représent',
    'deputy',
    'spokes',
    'envoy',
    'rapporteur',
    'governor',
    'gouverneu',
    'gobernad',
    'research',
    'chercheu',
    'investigad',
    'lectur',
    'analyst',
    'specialist',
    'consult',
    'founder',
    'ceo',
    'senator',
    'counsel',
    'councillor',
    'consul',
    'attach',
    'lead',
    'executive',
    'focal',
    'delegat',
    'délégu',
    'prime',
    'king',
    'queen',
    'economist',
    'lawyer',
    'judge',
    'juge',
    'rector',
    'dean',
    'fellow',
    'chef',
    'conseill',
    'consejer',
    'maire',
    'respons',
    'charg',
    'porte-parole',
    'portavoz',
    'préfet',
    'prefet',
    'jef[ea]',
    'asesor',
    'alcald',
    'comisionad',
    'embajad',
    'gerente',
    'encargad',
    'subsecret',
    'vicepres',
    '\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Mme|Mlle|Sr|Sra|Srta|Dra|Dña|Don|Doña|H\\.\\s?E|S\\.\\s?E|M)\\b',
  ].join('|'),
  'i',
);
