/**
 * Reads the organisations or countries a phrase lists after "funded by", "implemented by", "in partnership with"…
 * and gives each its gazetteer id, its ISO alpha-3 code, or its name as written.
 */
import {
  allOrganizations,
  type Organization,
  organizationNames,
  organizationRecordByHint,
} from '../../domain/organizations.js';
import { findAcronymDefinitions } from './acronymDefinitions.js';
import { findCountries } from './findCountries.js';
import { type Phrase, PhraseMatcher, tokenize } from './phraseMatcher.js';
import { acronymIn, isTitleWord, looksLikeAcronym, NAME_CONNECTORS, runForward, wordsOf } from './textSpans.js';

const CONJUNCTIONS = new Set(['and', 'et', 'y', 'e']);
const DETERMINERS = new Set('the la le les l el los las its their his her our a an des du del d'.split(' '));
// "and" stays out so that "the European Union and the Republic of Turkey" reads as two names.
const PARTY_CONNECTORS = new Set(
  [...NAME_CONNECTORS].filter((w) => !['and', 'et', 'y', 'e', 'with', 'con', 'avec'].includes(w)),
);
const STATE_PREFIX =
  /^(?:the\s+)?(?:Government|Republic|Kingdom|State|Federal Republic|Gobierno|Gouvernement|República|République|Reino|Royaume)\s+(?:of|de|du|del|de la)\s+(?:the\s+|la\s+|l['’])?/iu;

// Gazetteer names matched in place, so that "l’Union européenne" (lower-case adjective) reads as one name.
function organizationPhrases(): Array<Phrase<Organization>> {
  const list: Array<Phrase<Organization>> = [];
  for (const org of allOrganizations()) {
    for (const name of organizationNames(org)) {
      const acronymLike = org.matchCase || /\p{Lu}{2}/u.test(name);
      list.push({ text: name, value: org, caseRule: acronymLike ? 'exact' : 'capitalised' });
    }
  }
  return list;
}
const ORGANIZATIONS = new PhraseMatcher(organizationPhrases());

/** Gazetteer organisations in a clause by the character span they cover. */
function organizationSpans(clause: string): Array<{ start: number; end: number; id: string }> {
  const tokens = tokenize(clause);
  return ORGANIZATIONS.matchTokens(tokens, clause).map((hit) => ({
    start: tokens[hit.first]!.start,
    end: tokens[hit.last]!.end,
    id: hit.value.id,
  }));
}

/** The id of a named organisation or country: gazetteer id, ISO alpha-3 code, else undefined. */
export function knownParty(name: string): string | undefined {
  const bare = name.replace(/^(?:the|la|le|les|el|los|las)\s+|^l['’]/iu, '').trim();
  const org = organizationRecordByHint(bare);
  if (org) return org.id;
  const countryPart = bare.replace(STATE_PREFIX, '');
  const countries = findCountries(countryPart);
  if (countries.length === 1 && countries[0]!.evidence.some((e) => e === countryPart)) return countries[0]!.code;
  return undefined;
}

/** The value stored for a party: a known id, else the name as written when it looks like one. */
export function partyValue(name: string, acronym?: string): string | undefined {
  if (acronym) {
    const known = knownParty(acronym) ?? knownParty(name);
    return known ?? (name ? `${name} (${acronym})` : acronym);
  }
  const known = knownParty(name);
  if (known) return known;
  const bare = name.replace(/^(?:the|la|le|les|el|los|las)\s+/iu, '');
  return bare.includes(' ') || looksLikeAcronym(bare) ? bare : undefined;
}

/**
 * Parties listed from `from` to `limit` in `text`: names separated by commas and "and"/"et"/"y", each optionally
 * followed by a parenthesis; a short lower-case lead-in closed by ":" or "," is skipped ("7 other NGOs: ACCEM, …").
 */
export function readParties(text: string, from: number, limit: number): string[] {
  // A list of parties is short: reading at most 250 characters keeps the cost flat on long sentences.
  const clause = text.slice(from, Math.min(limit, from + 250));
  const definitions = clause.includes('(') ? findAcronymDefinitions(clause) : [];
  const known = organizationSpans(clause);
  const words = wordsOf(clause);
  const parens = [...clause.matchAll(/\([^()]*\)/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const inParen = (pos: number) => parens.some((p) => pos > p.start && pos < p.end);
  // The punctuation after word k up to the next word outside a parenthesis, parentheses left out.
  const gapAfter = (k: number) => {
    let m = k + 1;
    while (m < words.length && inParen(words[m]!.start)) m++;
    return clause.slice(words[k]!.end, words[m]?.start ?? clause.length).replace(/\([^()]*\)/g, ' ');
  };
  const found: string[] = [];
  let leadIn = 0;
  let punctuated = false;
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (inParen(word.start) || word.kind !== 'word' || DETERMINERS.has(word.key)) {
      i++;
      continue;
    }
    const gazetteer = known.find((k) => k.start === word.start);
    if (!gazetteer && !/^\p{Lu}/u.test(word.text)) {
      if (++leadIn > 8 || /[.;]/.test(gapAfter(i))) break;
      if (/[,:]/.test(gapAfter(i))) punctuated = true;
      i++;
      continue;
    }
    if (leadIn > 0 && !punctuated) break;
    const definition = definitions.find((d) => word.start >= d.start && word.start < d.end);
    let last = runForward(clause, words, i, PARTY_CONNECTORS);
    let value: string | undefined;
    if (gazetteer) {
      value = gazetteer.id;
      while (last + 1 < words.length && words[last + 1]!.start < gazetteer.end) last++;
      if (/^\s*\(([^()]*)\)/.test(clause.slice(words[last]!.end))) last = skipParen(clause, words, last);
    } else if (definition) {
      value = partyValue(definition.fullName, definition.acronym);
      while (last + 1 < words.length && words[last + 1]!.start < definition.end) last++;
    } else {
      const name = clause.slice(word.start, words[last]!.end);
      const paren = /^\s*\(([^()]*)\)/.exec(clause.slice(words[last]!.end));
      const acronym = paren ? acronymIn(paren[1] ?? '') : null;
      value = acronym && !looksLikeAcronym(name) ? partyValue(name, acronym) : partyValue(name);
    }
    if (value && !found.includes(value)) found.push(value);
    let nextIndex = last + 1;
    while (nextIndex < words.length && inParen(words[nextIndex]!.start)) nextIndex++;
    const next = words[nextIndex];
    const gap = next ? gapAfter(last) : '';
    if (!next || /[.;]/.test(gap)) break;
    leadIn = 0;
    punctuated = false;
    if (/,/.test(gap)) i = nextIndex;
    else if (/^\s*$/.test(gap) && CONJUNCTIONS.has(next.key)) i = nextIndex + 1;
    else if (/^\s*&\s*$/.test(gap)) i = nextIndex;
    else break;
    // After a conjunction a name must follow at once ("the United Kingdom and aims at…" ends the list).
    const following = words[i];
    if (CONJUNCTIONS.has(next.key) && following && !isTitleWord(following) && !DETERMINERS.has(following.key)) break;
  }
  return found;
}

/** Index of the last word inside the parenthesis that follows word `last`. */
function skipParen(clause: string, words: ReturnType<typeof wordsOf>, last: number): number {
  const close = clause.indexOf(')', words[last]!.end);
  let k = last;
  while (k + 1 < words.length && words[k + 1]!.start < close) k++;
  return k;
}
