import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared seed documents beside the project, when that folder exists (tests skip otherwise). */
export const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');

export const seedsAvailable = existsSync(SEEDS_DIR);

/** Path of the seed file whose name starts with the given prefix, e.g. "000". */
export function seedFile(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed file starting with ${prefix}_`);
  return path.join(SEEDS_DIR, name);
}
