/**
 * Finds organisations defined in the text as "Full Name (ACRONYM)". The full name is chosen among the words before
 * the parenthesis by how well their initials cover the acronym's capitals, so "the Local Integration Centre for
 * Migrants (CILM)" keeps all four words and "Germany and the International Organization for Migration (IOM)" drops
 * "Germany and the". Only names that look like an organisation (Agency, Office, Centre, Fund…) are kept, so
 * "Trafficking in Persons (TiP)" is not one.
 */
import { foldWord, isCapitalised, tokenize } from './phraseMatcher.js';

export interface AcronymDefinition {
  acronym: string;
  fullName: string;
  /** Character span from the first word of the full name to the closing parenthesis. */
  start: number;
  end: number;
}

// Words that may stand inside a name without starting it.
const CONNECTORS = new Set(
  (
    'of for the and on in to at de du des la le les l d el los las del y et pour sur para por en a al e o ' +
    'against contre contra with avec con'
  ).split(' '),
);

// Words that make a name an organisation (folded: lower case, no accents).
const ORGANISATION_WORDS = new Set(
  (
    'organization organisation organizacion organismo agency agence agencia office bureau oficina centre center ' +
    'centro council conseil consejo fund fonds fondo programme program programa institute institut instituto ' +
    'commission comision commissioner ministry ministere ministerio network reseau red federation federacion union ' +
    'committee comite association asociacion foundation fondation fundacion conference conferencia bank banque ' +
    'banco service services servicio servicios directorate direction direccion authority autorite autoridad ' +
    'secretariat secretaria partnership partenariat alianza alliance coalition forum foro observatory observatoire ' +
    'observatorio department departement departamento society societe sociedad community communaute comunidad ' +
    'parliament parlement parlamento assembly assemblee asamblea court cour tribunal board mission delegation ' +
    'platform plateforme plataforma dialogue dialogo process processus proceso group groupe grupo initiative ' +
    'entity university universite universidad college administration administracion ayuntamiento ajuntament ' +
    'municipality municipalite municipalidad municipio city ville ciudad cancilleria fiscalia patronato ombudsman ' +
    'defensoria confederation confederacion comisiones syndicate syndicat sindicato trust fideicomiso'
  ).split(' '),
);

const ACRONYM = /^\p{Lu}[\p{L}\p{N}&.\-/]*$/u;
/** Punctuation that ends a name when met walking backwards. */
const HARD_STOP = /[.;:!?()[\]{}"“”«»|]|\n\s*\n/;
const MAX_WORDS = 14;

interface Word {
  text: string;
  key: string;
  start: number;
}

function capitals(acronym: string): string[] {
  return [...acronym].filter((c) => /\p{Lu}/u.test(c)).map((c) => c.toLowerCase());
}

/** Words before position `end`, nearest last, stopping at hard punctuation. */
function wordsBefore(text: string, end: number): Word[] {
  const from = Math.max(0, end - 400);
  const tokens = tokenize(text.slice(from, end));
  const words: Word[] = [];
  for (let k = tokens.length - 1; k >= 0 && words.length < MAX_WORDS; k--) {
    const token = tokens[k]!;
    const after = text.slice(from + token.end, words[0]?.start ?? end);
    if (HARD_STOP.test(after)) break;
    // "Children’s": the "s" after an apostrophe belongs to the word before it.
    if (token.text.length === 1 && token.text === 's' && /['’]$/.test(text.slice(0, from + token.start))) continue;
    words.unshift({ text: token.text, key: token.key, start: from + token.start });
  }
  return words;
}

function score(words: Word[], letters: string[]): number {
  const remaining = [...letters];
  let matched = 0;
  let extra = 0;
  for (const word of words) {
    if (CONNECTORS.has(word.key)) continue;
    const at = remaining.indexOf(word.key[0] ?? '');
    if (at >= 0) {
      remaining.splice(at, 1);
      matched++;
    } else {
      extra++;
    }
  }
  return 2 * matched - extra;
}

function bestName(words: Word[], letters: string[]): Word[] | undefined {
  let best: Word[] | undefined;
  let bestScore = 0;
  for (let s = words.length - 1; s >= 0; s--) {
    const first = words[s]!;
    if (!isCapitalised(first.text) || CONNECTORS.has(first.key)) continue;
    const candidate = words.slice(s);
    const value = score(candidate, letters);
    if (value > bestScore) {
      best = candidate;
      bestScore = value;
    }
  }
  return best;
}

function looksLikeOrganisation(words: Word[]): boolean {
  return words.length >= 2 && words.some((w) => ORGANISATION_WORDS.has(foldWord(w.text)));
}

/** Every "Full Name (ACRONYM)" in the text whose full name looks like an organisation. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(/\(([^()\n]{2,60})\)/g)) {
    const open = m.index ?? 0;
    const acronym = (m[1] ?? '').split(/[,;]/)[0]!.trim();
    const letters = capitals(acronym);
    if (!ACRONYM.test(acronym) || acronym.length > 15 || letters.length < 2) continue;
    // Plural acronyms (NGOs, CSOs, IDPs) name a kind of actor, not an organisation.
    if (/^[\p{Lu}]+s$/u.test(acronym)) continue;
    const words = wordsBefore(text, open);
    const name = bestName(words, letters);
    if (!name || !looksLikeOrganisation(name)) continue;
    const first = name[0]!;
    const last = name[name.length - 1]!;
    found.push({
      acronym,
      fullName: text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' '),
      start: first.start,
      end: open + m[0].length,
    });
  }
  return found;
}
