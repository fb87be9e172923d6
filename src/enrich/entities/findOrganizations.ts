/**
 * Finds the organisations a text names: gazetteer names, aliases and acronyms (acronyms case-sensitive, full names
 * in any case), plus organisations the text itself defines as "Full Name (ACRONYM)".
 */
import type { OrganizationRef } from '../../domain/item.js';
import {
  allOrganizations,
  type Organization,
  organizationNames,
  organizationRecordByHint,
  toRef,
} from '../../domain/organizations.js';
import { type AcronymDefinition, findAcronymDefinitions } from './acronymDefinitions.js';
import { type CaseRule, maskUrls, type Phrase, PhraseMatcher, tokenize } from './phraseMatcher.js';

export interface OrganizationMatch {
  ref: OrganizationRef;
  /** The surface forms that named it, in order of appearance. */
  evidence: string[];
}

/** A name holding an acronym-like word ("UN", "DG", "MdM", "UNHCR") must match case exactly; "who" is not WHO. */
function caseRuleFor(org: Organization, name: string): CaseRule {
  if (org.matchCase) return 'exact';
  return name.split(/[^\p{L}\p{N}]+/u).some((w) => (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2) ? 'exact' : 'any';
}

function phrases(): Array<Phrase<Organization>> {
  const list: Array<Phrase<Organization>> = [];
  for (const org of allOrganizations()) {
    for (const name of organizationNames(org)) list.push({ text: name, value: org, caseRule: caseRuleFor(org, name) });
  }
  return list;
}

const MATCHER = new PhraseMatcher(phrases());

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The gazetteer record a definition names (by its acronym first, then its full name), else a learnt reference. */
function refOfDefinition(def: AcronymDefinition): OrganizationRef {
  const known = organizationRecordByHint(def.acronym) ?? organizationRecordByHint(def.fullName);
  if (known) return toRef(known);
  return { id: slug(def.acronym), name: def.acronym, fullName: def.fullName };
}

interface Found {
  ref: OrganizationRef;
  position: number;
  evidence: string[];
}

/** Organisations named in the text, in order of first mention, each with the forms that named it. */
export function findOrganizations(input: string): OrganizationMatch[] {
  const text = maskUrls(input);
  const found = new Map<string, Found>();
  const note = (ref: OrganizationRef, position: number, surface: string) => {
    const entry = found.get(ref.id);
    if (!entry) found.set(ref.id, { ref, position, evidence: [surface] });
    else {
      entry.position = Math.min(entry.position, position);
      if (!entry.evidence.includes(surface)) entry.evidence.push(surface);
    }
  };

  // Tokenised first: the country finder has just tokenised the same text, and tokenize() keeps its last result.
  const tokens = tokenize(text);
  const hits = MATCHER.matchTokens(tokens, text);
  const definitions = findAcronymDefinitions(text).map((def) => ({ def, ref: refOfDefinition(def) }));
  for (const { def, ref } of definitions) note(ref, def.start, `${def.fullName} (${def.acronym})`);

  for (const hit of hits) {
    const start = tokens[hit.first]!.start;
    const end = tokens[hit.last]!.end;
    // Inside a defined name, a shorter gazetteer name ("United Nations" in "United Nations Education, Science and
    // Culture Organization (UNESCO)") is part of that name, not a mention of its own.
    const within = definitions.find(({ def }) => start >= def.start && end <= def.end);
    if (within && within.ref.id !== hit.value.id) continue;
    note(toRef(hit.value), start, hit.surface);
  }
  return [...found.values()].sort((a, b) => a.position - b.position).map(({ ref, evidence }) => ({ ref, evidence }));
}
