import type { Correction } from '../domain/correction.js';
import type { PrincipleTag } from '../domain/entities.js';
import type { Evidence, Item, ItemType } from '../domain/item.js';
import { organizationById } from '../domain/organizations.js';

/** The evidence a corrected tag carries: "corrected by Ana on 2024-03-15". */
export function correctionEvidence(correction: Correction): Evidence {
  return { kind: 'correction', text: `corrected by ${correction.editor} on ${correction.createdAt.slice(0, 10)}` };
}

/**
 * An item with editors' corrections applied in order (a later correction wins over an earlier one): added tags
 * are added with score 1 and correction evidence, removed tags are dropped, a set type replaces the type and its
 * evidence. Pure; contentHash is left as enrichment computed it, so an unchanged document is still recognised.
 */
export function applyCorrections(item: Item, corrections: readonly Correction[]): Item {
  if (corrections.length === 0) return item;
  const out: Item = {
    ...item,
    objectives: [...item.objectives],
    principles: [...item.principles],
    countries: [...item.countries],
    regions: [...item.regions],
    organizations: [...item.organizations],
    typeEvidence: [...item.typeEvidence],
  };
  for (const correction of corrections) {
    if (correction.itemId !== item.id) continue;
    const evidence = correctionEvidence(correction);
    const { action, value } = correction;
    switch (correction.field) {
      case 'type':
        if (action === 'set' || action === 'add') {
          out.type = value as ItemType;
          out.typeEvidence = [`correction: ${evidence.text}`];
        }
        break;
      case 'objectives':
        out.objectives = correctTags(
          out.objectives,
          action,
          Number(value),
          (tag) => tag.objective,
          (objective) => ({
            objective,
            score: 1,
            evidence: [evidence],
          }),
          evidence,
        );
        break;
      case 'principles':
        out.principles = correctTags(
          out.principles,
          action,
          value,
          (tag) => tag.id,
          (id): PrincipleTag => ({
            id,
            score: 1,
            evidence: [evidence],
          }),
          evidence,
        );
        break;
      case 'countries':
        out.countries = correctList(out.countries, action, value);
        break;
      case 'regions':
        out.regions = correctList(out.regions, action, value);
        break;
      case 'organizations':
        if (action === 'remove') out.organizations = out.organizations.filter((org) => org.id !== value);
        else if (!out.organizations.some((org) => org.id === value)) {
          out.organizations.push(organizationById(value) ?? { id: value, name: value });
        }
        break;
    }
  }
  return out;
}

/** Adds or removes a scored tag; adding one already there raises it to 1 and records who confirmed it. */
function correctTags<T extends { score: number; evidence: Evidence[] }, K>(
  tags: T[],
  action: Correction['action'],
  key: K,
  keyOf: (tag: T) => K,
  make: (key: K) => T,
  evidence: Evidence,
): T[] {
  if (action === 'remove') return tags.filter((tag) => keyOf(tag) !== key);
  const existing = tags.find((tag) => keyOf(tag) === key);
  const next = existing
    ? tags.map((tag) => (tag === existing ? { ...tag, score: 1, evidence: [...tag.evidence, evidence] } : tag))
    : [...tags, make(key)];
  // Best first, as enrichment orders them; a stable sort keeps the order of equal scores.
  return next.sort((a, b) => b.score - a.score);
}

function correctList(values: string[], action: Correction['action'], value: string): string[] {
  if (action === 'remove') return values.filter((v) => v !== value);
  return values.includes(value) ? values : [...values, value];
}
