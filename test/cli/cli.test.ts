import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const BIN = path.join(ROOT, 'bin/migration-hub.js');
const NEWS = path.join(ROOT, 'test/fixtures/pipeline/news.rss');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('migration-hub CLI', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    env = { MIGRATION_HUB_DATA_DIR: dir };
  });
  after(() => cleanup());

  it('parse prints one JSON item per line and stores nothing', () => {
    const { code, stdout } = run(['parse', NEWS], env);
    assert.equal(code, 0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, 2);
    for (const key of [
      'id',
      'type',
      'title',
      'url',
      'published',
      'language',
      'countries',
      'objectives',
      'provenance',
    ]) {
      assert.ok(key in lines[0], `has ${key}`);
    }
    assert.equal(lines[0].provenance.format, 'rss');
    const search = run(['search', 'rescue'], env);
    assert.equal(JSON.parse(search.stdout.trim().split('\n').at(-1) ?? '{}').total, 0);
  });

  it('import prints a summary, and importing twice adds nothing', () => {
    const first = run(['import', NEWS], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Imported 1 file: 2 added, 0 updated, 0 skipped, 0 errors\./);
    const second = run(['import', '--json', NEWS], env);
    const summary = JSON.parse(second.stdout.trim().split('\n').at(-1) ?? '{}');
    assert.deepEqual(
      { type: summary.type, added: summary.added, skipped: summary.skipped },
      { type: 'summary', added: 0, skipped: 2 },
    );
  });

  it('import of a bad file exits non-zero with the file name and the reason', async () => {
    const bad = path.join(dir, 'broken.rss');
    await writeFile(bad, '<?xml version="1.0"?><rss><channel><title>x</title>');
    const { code, stderr } = run(['import', bad], env);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  it('search prints hits as JSON Lines then a summary with facets', () => {
    const { code, stdout } = run(['search', 'remittances', '--country', 'SEN'], env);
    assert.equal(code, 0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines[0].type, 'hit');
    assert.equal(lines[0].title, 'Remittance costs fall along the Senegal corridor');
    assert.equal(lines.at(-1).type, 'summary');
    assert.equal(lines.at(-1).total, 1);
  });
});
