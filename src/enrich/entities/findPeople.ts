/**
 * Finds people named with a role or an honorific: "Martijn Pluim, Director of … at ICMPD", "ICMPD’s Director for the
 * Eastern Dimension, Martijn Pluim", "ICMPD Director General Michael Spindelegger", "Mr. Andrew Allieu, … expert,
 * International Labour Organization (ILO)", "la ministre française de l’Intérieur, Marie Dupont". A capitalised pair
 * of words with neither a role nor an honorific beside it is not taken for a person.
 */
import type { PersonRef } from '../../domain/entities.js';
import { organizationRecordByHint } from '../../domain/organizations.js';
import { findCountries } from './findCountries.js';
import { findOrganizations } from './findOrganizations.js';
import { countsAsRole, HONORIFIC_BEFORE, HONORIFIC_WORDS, isRoleKey, isRoleWord, MAY_HOLD_ROLE } from './roleWords.js';
import { NAME_CONNECTORS, readText, type Sentence, sentenceWords, slugify, type Word } from './textSpans.js';

const PARTICLES = new Set('de da van von der den del della di du le la bin ben al el dos das y ter'.split(' '));
// Words written before a role that belong to it ("Vice President", "Deputy Director", "Director General").
const TITLE_WORDS = new Set(
  'vice deputy senior chief general executive special regional national permanent acting interim former assistant principal associate adjoint adjointe adjunto adjunta general generale high alto alta haut haute first premier primera state foreign interior'.split(
    ' ',
  ),
);
// Capitalised words that never belong to a person's name.
const NOT_NAME = new Set(
  `the this that these in on at for from with by and of to an a as after before during when while since le la les un une des du el los las una en por para con dans sur avec pour january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ministry ministere ministerio department directorate office agency commission council union process dialogue partnership programme program project meeting conference forum summit school network fund centre center institute university government republic kingdom state states nations global compact international european national regional migration border management development cooperation affairs police army read more download find news project subscribe contact`.split(
    /\s+/,
  ),
);
const ROLE_CONNECTORS = new Set([...NAME_CONNECTORS, 'from', 'within', 'auprès']);
const ORG_WORDS =
  /\b(?:Ministry|Ministère|Ministerio|Department|Département|Departamento|Directorate|Direction|Dirección|General-Directorate|Office|Agency|Agence|Agencia|Commission|Mission|Secretariat|Council|Institute|Institut|Instituto|University|Université|Universidad|Embassy|Ambassade|Embajada|Delegation|Service|Government|Gouvernement|Gobierno|Municipality|Organi[sz]ation|Organización|Centre|Center|Centro|Foundation|Fondation|Fundación)\b/u;
const HONORIFIC_LETTERS = /^(?:H|E|S)$/;
// A name of capitalised words and connectors only ("Ministry of the Interior in Belgium").
const ORG_TAIL =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|the|and|in|on|de|du|des|la|le|del|y|et|en)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*$/u;

function isNameWord(word: Word | undefined): boolean {
  if (word?.kind !== 'word' || word.text.length < 2) return false;
  // Upper case then lower case ("Pluim", "N'Zassa" aside): tested by case mapping, cheaper than a regular expression.
  const [a, b] = [word.text[0]!, word.text[1]!];
  if (a === a.toLowerCase() || (b === b.toUpperCase() && !/^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(word.text))) return false;
  if (NOT_NAME.has(word.key) || HONORIFIC_WORDS.has(word.key) || TITLE_WORDS.has(word.key)) return false;
  return !isRoleKey(word.key);
}

function isRoleish(word: Word): boolean {
  return isRoleWord(word.text) || TITLE_WORDS.has(word.key);
}

/** People named with a role or honorific, in order of first mention; later mentions fill a missing role or org. */
export function findPeople(input: string): PersonRef[] {
  const { text, sentences } = readText(input);
  const found = new Map<string, PersonRef>();
  for (const sentence of sentences) {
    if (!MAY_HOLD_ROLE.test(sentence.text)) continue;
    const words = sentenceWords(sentence);
    let i = 0;
    while (i < words.length) {
      if (!isNameWord(words[i])) {
        i++;
        continue;
      }
      const last = nameEnd(text, words, i);
      // "Minister of Labour Sami Haddad": when the whole run is not a person, its last words may be.
      let person: PersonRef | null = null;
      for (let from = i; !person && last - from >= (from === i ? 0 : 1); from++) {
        person = readPerson(text, sentence, words, from, last);
      }
      if (person) {
        const known = found.get(person.id);
        if (!known) found.set(person.id, person);
        else {
          known.role ??= person.role;
          known.organization ??= person.organization;
        }
      }
      i = last + 1;
    }
  }
  return [...found.values()];
}

/** Index of the last word of the name starting at `first` (name words and particles, single spaces). */
function nameEnd(text: string, words: Word[], first: number): number {
  let last = first;
  for (let j = first + 1; j < words.length; j++) {
    if (text.slice(words[j - 1]!.end, words[j]!.start) !== ' ') break;
    if (PARTICLES.has(words[j]!.text) && isNameWord(words[j + 1])) continue;
    if (!isNameWord(words[j])) break;
    last = j;
  }
  return last;
}

function readPerson(text: string, sentence: Sentence, words: Word[], first: number, last: number): PersonRef | null {
  const start = words[first]!.start;
  const end = words[last]!.end;
  const name = text.slice(start, end);
  const count = name.split(' ').filter((w) => !PARTICLES.has(w)).length;
  if (count > 4) return null;
  const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(sentence.start, start - 12), start));
  if (count < 2 && !honorific) return null;
  const before = roleBefore(text, words, first);
  const after = roleAfter(text, sentence, words, last);
  if (!honorific && !before && !after?.role) return null;
  // "… Office for Refugees and Stateless Persons": a name right after a connector is part of a longer title.
  const previous = words[first - 1]?.key ?? '';
  if (!honorific && !before && NAME_CONNECTORS.has(previous) && !['and', 'et', 'y'].includes(previous)) return null;
  if (honorific?.[1]?.startsWith('M') && honorific[1].length <= 2 && !before && !after && count < 2) return null;
  if (organizationRecordByHint(name) || findCountries(name).length > 0) return null;
  const person: PersonRef = { id: slugify(name), name, evidence: '' };
  const role = before?.role ?? after?.role;
  const organization = before?.role ? before.organization : (after?.organization ?? before?.organization);
  const paren = /^\s*\(([^()]{2,80})\)/.exec(text.slice(end, sentence.end));
  const parenOrg = paren ? organizationRecordByHint(paren[1]!.trim())?.id : undefined;
  if (role) person.role = role;
  if (organization ?? parenOrg) person.organization = organization ?? parenOrg;
  const from = Math.min(
    before?.role ? before.start : start,
    honorific ? start - honorific[0].trimStart().length : start,
  );
  const to = before?.role ? end : Math.max(end, after?.end ?? end);
  person.evidence = text
    .slice(Math.max(sentence.start, from), to)
    .replace(/^[^\p{L}]+/u, '')
    .trim();
  return person;
}

interface RoleRead {
  role?: string;
  organization?: string;
  start: number;
  end: number;
}

/** "ICMPD’s Director for the Eastern Dimension, ", "ICMPD Director General ", "the Minister …, H.E. " before a name. */
function roleBefore(text: string, words: Word[], first: number): RoleRead | null {
  let k = first - 1;
  // An honorific and one comma may stand between the role and the name.
  while (k >= 0 && (HONORIFIC_WORDS.has(words[k]!.key) || HONORIFIC_LETTERS.test(words[k]!.text))) k--;
  if (k < 0) return null;
  const gap = text.slice(words[k]!.end, words[k + 1]!.start);
  if (!/^(?:\s*,\s*|[\s.]*)$/.test(gap)) return null;
  // Without a comma or an honorific the title runs straight into the name ("Minister of Labour Sami Haddad"), but not
  // through a connector ("Manager for Eastern Europe", "Refugees and Stateless Persons").
  if (k === first - 1 && !gap.includes(',') && (ROLE_CONNECTORS.has(words[k]!.key) || words[k]!.kind !== 'word'))
    return null;
  let j = k;
  while (j > 0) {
    const w = words[j - 1]!;
    const between = text.slice(w.end, words[j]!.start);
    if (!/^(?: |)$/.test(between) && !/^\s?[-‐‑]\s?$/.test(between)) break;
    const fits = w.kind !== 'word' || /^[\p{Lu}\p{N}]/u.test(w.text) || ROLE_CONNECTORS.has(w.key) || isRoleish(w);
    if (!fits) break;
    j--;
  }
  while (j <= k && (ROLE_CONNECTORS.has(words[j]!.key) || words[j]!.kind === 'possessive')) j++;
  const roleAt = words.slice(j, k + 1).findIndex((w) => isRoleish(w));
  if (roleAt < 0 || !words.slice(j, k + 1).some((w) => countsAsRole(w.text))) return null;
  const roleStart = j + roleAt;
  const role = cleanRole(text.slice(words[roleStart]!.start, words[k]!.end));
  const prefix = text
    .slice(words[j]!.start, words[roleStart]!.start)
    .replace(/['’]s\s*$|\s+$/u, '')
    .trim();
  const read = splitOrganization(role);
  const prefixOrg = prefix ? (organizationRecordByHint(prefix)?.id ?? prefix) : undefined;
  return { role: read.role, organization: read.organization ?? prefixOrg, start: words[j]!.start, end: words[k]!.end };
}

/** ", Director of Migration Dialogues and Cooperation at ICMPD", " (ILO)", " of the French Research Institute …". */
function roleAfter(text: string, sentence: Sentence, words: Word[], last: number): RoleRead | null {
  const rest = text.slice(words[last]!.end, sentence.end);
  const comma = /^\s*,\s*/.exec(rest);
  const ofOrg = /^\s+(?:of|from|at|de|del|du)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?=\p{Lu})/u.exec(rest);
  if (!comma && !ofOrg) return null;
  let j = last + 1;
  while (j < words.length && words[j]!.start < words[last]!.end + (comma ?? ofOrg)![0].length) j++;
  const from = j;
  let end = from;
  let lowerAfterRole = 0;
  for (; j < words.length; j++) {
    const w = words[j]!;
    if (j > from) {
      const between = text.slice(words[j - 1]!.end, w.start);
      if (!/^(?: |)$/.test(between) && !/^\s?[-‐‑]\s?$/.test(between)) break;
    }
    if (HONORIFIC_WORDS.has(w.key)) break;
    if (
      w.key === 'and' &&
      isNameWord(words[j + 1]) &&
      isNameWord(words[j + 2]) &&
      /^\s*,/.test(text.slice(words[j + 2]!.end))
    )
      break;
    const capital = w.kind !== 'word' || /^[\p{Lu}\p{N}]/u.test(w.text);
    if (capital || ROLE_CONNECTORS.has(w.key) || isRoleish(w)) {
      end = j;
      continue;
    }
    // One lower-case adjective after a role ("ministre française", "directora ejecutiva").
    if (lowerAfterRole === 0 && j > from && isRoleWord(words[j - 1]!.text)) {
      lowerAfterRole++;
      end = j;
      continue;
    }
    break;
  }
  if (from >= words.length) return null;
  while (end > from && ROLE_CONNECTORS.has(words[end]!.key)) end--;
  const phrase = text.slice(words[from]!.start, words[end]!.end);
  const hasRole = words.slice(from, end + 1).some((w) => countsAsRole(w.text));
  if (ofOrg && !comma) {
    return ORG_WORDS.test(phrase) || organizationRecordByHint(phrase)
      ? {
          organization: organizationRecordByHint(phrase)?.id ?? phrase,
          start: words[from]!.start,
          end: words[end]!.end,
        }
      : null;
  }
  if (
    !hasRole ||
    (!isRoleish(words[from]!) && !words.slice(from, Math.min(end + 1, from + 6)).some((w) => isRoleWord(w.text)))
  )
    return null;
  // "ICMPD’s Regional Portfolio Manager": the possessive names the organisation.
  const owner = /^([\p{L}\p{N}\- ]{2,40}?)['’]s\s+/u.exec(phrase);
  const ownerOrg = owner ? organizationRecordByHint(owner[1]!) : undefined;
  const read = splitOrganization(cleanRole(ownerOrg ? phrase.slice(owner![0].length) : phrase));
  if (ownerOrg) read.organization ??= ownerOrg.id;
  let stop = words[end]!.end;
  if (!read.organization) {
    // ", International Labour Organization (ILO)" or ", from the General-Directorate for Migration …" after the role.
    const next =
      /^\s*,\s*(?:(?:from|of|at|de|del)\s+)?(?:the\s+|la\s+|el\s+)?([\p{Lu}][^,;()]*?(?:\s*\([^()]{2,20}\))?)(?=\s*(?:[,;.–]|$))/u.exec(
        text.slice(stop, sentence.end),
      );
    if (next) {
      const candidate = next[1]!.trim();
      const acronym = /\(([^()]+)\)$/.exec(candidate)?.[1];
      const known =
        organizationRecordByHint(acronym ?? '') ?? organizationRecordByHint(candidate.replace(/\s*\([^()]*\)$/, ''));
      if (known || ORG_WORDS.test(candidate)) {
        read.organization = known?.id ?? candidate;
        stop += next[0].length;
      }
    }
  }
  return { ...read, start: words[from]!.start, end: stop };
}

/** Splits "Director of Migration Dialogues and Cooperation at ICMPD" into role and organisation. */
function splitOrganization(role: string): { role: string; organization?: string } {
  const orgs = findOrganizations(role);
  for (const org of orgs) {
    for (const surface of org.evidence) {
      const at = role.lastIndexOf(surface);
      if (at < 0) continue;
      const head = role
        .slice(0, at)
        .replace(/\s*(?:\b(?:at|of|for|from|with|de|du|des|del|de la|à)\b\s*(?:the|la|le|el)?\s*|,\s*)$/u, '');
      const tail = role.slice(at + surface.length).trim();
      // Keep the whole phrase as role when the organisation sits in its middle ("Head of EU Delegation").
      if (tail && !/^\(/.test(tail)) return { role, organization: org.ref.id };
      return { role: head.trim() || role, organization: org.ref.id };
    }
  }
  // The organisation is the shortest tail after "of", "at", "for"… that reads as one ("… of the Moroccan Ministry of
  // the Interior"), so the role keeps what comes before it.
  const connectors = [
    ...role.matchAll(/\s(?:at|of|for|from|with|de|du|des|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?/gu),
  ];
  for (let k = connectors.length - 1; k >= 0; k--) {
    const m = connectors[k]!;
    const tail = role.slice((m.index ?? 0) + m[0].length);
    if (ORG_TAIL.test(tail) && ORG_WORDS.test(tail))
      return { role: role.slice(0, m.index).trim(), organization: tail.trim() };
  }
  return { role };
}

function cleanRole(role: string): string {
  return role
    .replace(/\bH\.\s?E\.\s*|\bS\.\s?E\.\s*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:–-]+$/, '')
    .trim();
}
