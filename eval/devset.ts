/**
 * The labelled development set: schema and loader. Files are `eval/devset/<lang>-<topic>.jsonl`, one item a line;
 * the rules behind the labels are in docs/labelling-guide.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isCountryCode } from '../src/domain/countries.js';
import { HubError } from '../src/domain/errors.js';
import { GCM_PRINCIPLES } from '../src/domain/gcm.js';
import { organizationRecord } from '../src/domain/organizations.js';

/** Types an item of the set may have (the hub's `newsletter` is a container, never a labelled item). */
export const DEV_TYPES = [
  'news',
  'practice',
  'publication',
  'event',
  'project',
  'statement',
  'call',
  'vacancy',
  'page',
] as const;
export type DevType = (typeof DEV_TYPES)[number];

/** Where the set lives in this repository. */
export const DEVSET_DIR = join(dirname(fileURLToPath(import.meta.url)), 'devset');

const PRINCIPLE_IDS = GCM_PRINCIPLES.map((p) => p.id) as [string, ...string[]];

const labelsSchema = z.object({
  type: z.enum(DEV_TYPES),
  objectives: z.array(z.number().int().min(1).max(23)),
  principles: z.array(z.enum(PRINCIPLE_IDS)).optional(),
  countries: z.array(
    z
      .string()
      .regex(/^[A-Z]{3}$/, 'a country is an upper-case ISO 3166-1 alpha-3 code')
      .refine(isCountryCode, 'not a known ISO 3166-1 alpha-3 code'),
  ),
  organizations: z.array(
    z
      .string()
      .refine(
        (id) => /^new:\S+$/.test(id) || organizationRecord(id) !== undefined,
        'an organisation is a gazetteer id or "new:<ACRONYM or slug>"',
      ),
  ),
});

/** One labelled item, as a line of a devset file. */
export const devItemSchema = z.object({
  id: z.string().regex(/^[a-z]{2}-\d{3,}$/, 'an id is "<lang>-<number>", e.g. en-001'),
  language: z.string().regex(/^[a-z]{2}$/),
  title: z.string().min(1),
  text: z.string().min(1),
  url: z.url().optional(),
  labels: labelsSchema,
});

export type DevItem = z.infer<typeof devItemSchema>;
export type DevLabels = DevItem['labels'];

/** A devset item with the file it came from. */
export interface LoadedDevItem extends DevItem {
  file: string;
  line: number;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/** Parses one devset file; throws a HubError naming the file and line of the first problem. */
export function parseDevsetFile(file: string, content: string): LoadedDevItem[] {
  const items: LoadedDevItem[] = [];
  const lines = content.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const where = `${file}, line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new HubError('devset_invalid', `${where} is not valid JSON: ${(error as Error).message}`);
    }
    const result = devItemSchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue?.path.join('.') || 'item';
      throw new HubError('devset_invalid', `${where}: ${path}: ${issue?.message ?? 'invalid'}`);
    }
    const item = result.data;
    const doubled = [
      ...duplicates(item.labels.objectives.map(String)),
      ...duplicates(item.labels.countries),
      ...duplicates(item.labels.organizations),
    ];
    if (doubled.length > 0) throw new HubError('devset_invalid', `${where}: label repeated: ${doubled.join(', ')}`);
    items.push({ ...item, file, line: index + 1 });
  }
  return items;
}

/** Loads every `*.jsonl` file of the folder (sorted by name); throws on an invalid line or a repeated id. */
export function loadDevset(dir: string = DEVSET_DIR): LoadedDevItem[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const items = files.flatMap((name) => parseDevsetFile(name, readFileSync(join(dir, name), 'utf8')));
  const repeated = duplicates(items.map((item) => item.id));
  if (repeated.length > 0) {
    throw new HubError(
      'devset_invalid',
      `Item ids must be unique in the development set; repeated: ${repeated.join(', ')}`,
    );
  }
  return items;
}
