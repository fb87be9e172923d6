/** Loads the written fixture cases of the project, people and event extractors and compares results field by field. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export interface FixtureCase {
  text: string;
  published?: string;
  /** Each expected record must be matched by a found one holding at least these fields. */
  expect: Array<Record<string, unknown>>;
  /** When true, nothing beyond the expected records may be found. */
  exact?: boolean;
}

export function loadCases(name: string): FixtureCase[] {
  return JSON.parse(readFileSync(new URL(`../../../test/fixtures/entities/${name}`, import.meta.url), 'utf8'));
}

/** Asserts that every expected record has a found record with equal values for the fields it lists. */
export function assertFound(found: object[], c: FixtureCase): void {
  for (const wanted of c.expect) {
    const match = found.find((f) =>
      Object.entries(wanted).every(([k, v]) => isDeepEqual((f as Record<string, unknown>)[k], v)),
    );
    assert.ok(match, `expected ${JSON.stringify(wanted)}\n   found ${JSON.stringify(found, null, 1)}`);
  }
  if (c.exact) assert.equal(found.length, c.expect.length, `found more than expected: ${JSON.stringify(found)}`);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
