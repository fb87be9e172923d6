import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const BIN = path.join(ROOT, 'bin/migration-hub.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/dedup');

describe('migration-hub dedup', () => {
  let database: string;
  let cleanup: () => Promise<void>;
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args, '--database', database], { encoding: 'utf8', timeout: 60_000 });

  before(async () => {
    let dir: string;
    ({ dir, cleanup } = await tempDir());
    database = path.join(dir, 'hub.sqlite');
    assert.equal(run(['import', FIXTURES]).status, 0);
  });
  after(() => cleanup());

  it('has nothing to sign after an import, and prints the clusters', () => {
    const result = run(['dedup']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '0 items signed; 2 clusters holding 6 items, the largest 3 items.\n');
  });

  it('recomputes everything with --rebuild and prints one JSON line', () => {
    const result = run(['dedup', '--rebuild', '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      processed: 8,
      signed: 8,
      clusters: 2,
      itemsInClusters: 6,
      largest: 3,
    });
  });
});
