import { z } from 'zod';
import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from '../domain/entities.js';
import type { Evidence, ItemType, OrganizationRef } from '../domain/item.js';
import { enrichItem } from '../enrich/enrichItem.js';

/** One line of `migration-hub classify` input. */
const inputSchema = z.object({
  id: z.union([z.string().min(1).max(500), z.number()]).transform(String),
  title: z.string().max(10_000),
  text: z.string().max(5_000_000),
  url: z.url().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/i)
    .transform((s) => s.toLowerCase())
    .optional(),
});

/** What `classify` prints for a line it understood (the stable contract documented in the README). */
export interface ClassifyOutput {
  id: string;
  type: ItemType;
  typeEvidence: string[];
  language: string;
  objectives: { objective: number; score: number; evidence: Evidence[] }[];
  principles: PrincipleTag[];
  countries: string[];
  regions: string[];
  organizations: OrganizationRef[];
  projects: ProjectRef[];
  people: PersonRef[];
  events: EventRef[];
}

/** What `classify` prints for a line it could not use; `id` when the line had one. */
export interface ClassifyFailure {
  id?: string;
  error: { code: 'invalid_json' | 'invalid_input' | 'internal'; message: string };
}

/** Classifies one JSON Lines record; never throws. `line` is 1-based, for messages. */
export function classifyRecord(text: string, line: number): ClassifyOutput | ClassifyFailure {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: { code: 'invalid_json', message: `Line ${line} is not valid JSON.` } };
  }
  const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'the record';
    return {
      ...(id ? { id } : {}),
      error: {
        code: 'invalid_input',
        message: `Line ${line}: "${field}" ${issue?.message ?? 'is wrong'}; a record needs "id", "title" and "text".`,
      },
    };
  }
  const input = parsed.data;
  try {
    const item = enrichItem({
      guid: input.id,
      title: input.title,
      text: input.text,
      ...(input.url ? { url: input.url } : {}),
      ...(input.language ? { language: input.language } : {}),
      provenance: { source: 'stdin', format: 'text-page', position: line - 1 },
    });
    return {
      id: input.id,
      type: item.type,
      typeEvidence: item.typeEvidence,
      language: item.language,
      objectives: item.objectives.map(({ objective, score, evidence }) => ({ objective, score, evidence })),
      principles: item.principles,
      countries: item.countries,
      regions: item.regions,
      organizations: item.organizations,
      projects: item.projects,
      people: item.people,
      events: item.events,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { id: input.id, error: { code: 'internal', message: `Line ${line} could not be classified (${reason}).` } };
  }
}
