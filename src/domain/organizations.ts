/** Gazetteer of migration actors: UN agencies, EU bodies, regional bodies, dialogues, NGOs, networks, governments. */
import data from './data/organizations.json' with { type: 'json' };
import type { OrganizationRef } from './item.js';

export const ORGANIZATION_KINDS = [
  'un-agency',
  'intergovernmental',
  'eu-body',
  'ngo',
  'dialogue',
  'network',
  'government',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface Organization {
  /** Stable slug, e.g. "icmpd", "un-habitat". */
  id: string;
  /** Short display name, the acronym when there is one. */
  name: string;
  /** Full name in English. */
  fullName: string;
  /** Full names in French and Spanish when they differ. */
  fr?: string;
  es?: string;
  /** Other spellings, translations and acronyms. */
  aliases: string[];
  /** Web domains, optionally with a path ("ec.europa.eu/eurostat"). */
  domains: string[];
  kind: OrganizationKind;
  /** Id of the body it belongs to (frontex → eu, dg-home → european-commission). */
  parent?: string;
  /** Match every name case-sensitively (names that are also ordinary phrases, e.g. "Save the Children"). */
  matchCase?: boolean;
}

function isKind(value: string): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

const ORGANIZATIONS: readonly Organization[] = data.organizations.map((o) => ({
  ...o,
  kind: isKind(o.kind) ? o.kind : 'other',
}));
const BY_ID = new Map(ORGANIZATIONS.map((o) => [o.id, o]));

/** Folds a name for lookup: lower case, no accents, punctuation and spacing ignored. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** All the names of an organisation: display name, full names and aliases. */
export function organizationNames(org: Organization): string[] {
  return [org.name, org.fullName, org.fr, org.es, ...org.aliases].filter((n): n is string => Boolean(n));
}

const BY_NAME = new Map<string, Organization>();
for (const org of ORGANIZATIONS) {
  for (const name of organizationNames(org)) {
    const key = foldName(name);
    // The first record to claim a name keeps it: display names come before aliases in organizationNames.
    if (!BY_NAME.has(key)) BY_NAME.set(key, org);
  }
}

const DOMAINS = ORGANIZATIONS.flatMap((org) => org.domains.map((domain) => ({ domain, org }))).sort(
  (a, b) => b.domain.length - a.domain.length,
);

export function allOrganizations(): readonly Organization[] {
  return ORGANIZATIONS;
}

export function organizationRecord(id: string): Organization | undefined {
  return BY_ID.get(id);
}

/** The reference stored on items: id, short name and full name. */
export function toRef(org: Organization): OrganizationRef {
  return org.fullName && org.fullName !== org.name
    ? { id: org.id, name: org.name, fullName: org.fullName }
    : { id: org.id, name: org.name };
}

export function organizationById(id: string): OrganizationRef | null {
  const org = BY_ID.get(id);
  return org ? toRef(org) : null;
}

/** Host and path of a URL or bare domain ("www.icmpd.org", "https://iom.int/news"), or null if it is not one. */
function hostAndPath(hint: string): string | null {
  const text = hint.trim().toLowerCase();
  if (/\s/.test(text) || !/^[\w.-]+\.[a-z]{2,}(?:[/:?#]|$)/.test(text.replace(/^https?:\/\//, ''))) return null;
  try {
    const url = new URL(/^https?:\/\//.test(text) ? text : `https://${text}`);
    return `${url.hostname.replace(/^www\d?\./, '')}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

function byDomain(hostPath: string): Organization | undefined {
  const host = hostPath.split('/')[0] ?? hostPath;
  for (const { domain, org } of DOMAINS) {
    if (domain.includes('/')) {
      if (hostPath === domain || hostPath.startsWith(`${domain}/`)) return org;
    } else if (host === domain || host.endsWith(`.${domain}`)) {
      return org;
    }
  }
  return undefined;
}

/** The organisation a hint names: id, name, acronym, alias (any case), web domain or URL; null when unknown. */
export function organizationByHint(hint: string): OrganizationRef | null {
  const org = organizationRecordByHint(hint);
  return org ? toRef(org) : null;
}

export function organizationRecordByHint(hint: string): Organization | undefined {
  if (!hint.trim()) return undefined;
  const byId = BY_ID.get(hint.trim());
  if (byId) return byId;
  const hostPath = hostAndPath(hint);
  if (hostPath) {
    const org = byDomain(hostPath);
    if (org) return org;
  }
  return BY_NAME.get(foldName(hint));
}
