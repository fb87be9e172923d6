import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from '../../domain/entities.js';
import type { Item } from '../../domain/item.js';
import { principleLabel } from '../../http/labels.js';
import { absoluteUrl, apiItemsPath, entityPath } from '../../http/urls.js';
import type { EntityKind, StoredEntity } from '../../store/types.js';

type Links = { links: { self: string; html: string } };

/** What the hub understood of an item beyond objectives: principles, why its type, and the entities it names. */
export interface UnderstandingJson {
  principles: (PrincipleTag & { label: string })[];
  typeEvidence: string[];
  projects: (ProjectRef & Links)[];
  people: (PersonRef & Links)[];
  events: (EventRef & Links)[];
}

function entityLinks(kind: EntityKind, id: string, baseUrl: string): Links['links'] {
  return {
    self: absoluteUrl(baseUrl, `/api/v1/entities/${kind}/${encodeURIComponent(id)}`),
    html: absoluteUrl(baseUrl, entityPath(kind, id)),
  };
}

/** The understanding fields of an item's JSON form. */
export function presentUnderstanding(item: Item, baseUrl: string): UnderstandingJson {
  return {
    principles: item.principles.map((tag) => ({ ...tag, label: principleLabel(tag.id) })),
    typeEvidence: item.typeEvidence,
    projects: item.projects.map((ref) => ({ ...ref, links: entityLinks('project', ref.id, baseUrl) })),
    people: item.people.map((ref) => ({ ...ref, links: entityLinks('person', ref.id, baseUrl) })),
    events: item.events.map((ref) => ({ ...ref, links: entityLinks('event', ref.id, baseUrl) })),
  };
}

/** The public JSON form of a stored entity: its merged record, how many items name it, and where they are. */
export function presentEntity(entity: StoredEntity, baseUrl: string) {
  const filter =
    entity.kind === 'project'
      ? { projects: [entity.id] }
      : entity.kind === 'person'
        ? { people: [entity.id] }
        : { events: [entity.id] };
  return {
    kind: entity.kind,
    ...entity.data,
    id: entity.id,
    name: entity.name,
    itemCount: entity.itemCount,
    links: { ...entityLinks(entity.kind, entity.id, baseUrl), items: absoluteUrl(baseUrl, apiItemsPath(filter)) },
  };
}
