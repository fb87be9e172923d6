import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';

const BIN = path.join(ROOT, 'bin/migration-hub.js');
const FEED = path.join(ROOT, 'test/fixtures/corrections/feed.rss');

function run(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const errorOf = (line: Record<string, unknown> | undefined) =>
  (line?.error ?? {}) as { code?: string; message?: string };

describe('migration-hub classify', () => {
  it('prints one result per record, with every field of the contract', () => {
    const input = [
      JSON.stringify({
        id: 'r1',
        title: 'Workshop on trafficking in persons in Bogotá',
        text: 'The workshop trained labour inspectors from Colombia and Ecuador to identify victims of trafficking, with IOM.',
        url: 'https://example.org/r1',
      }),
      JSON.stringify({
        id: 'r2',
        title: 'Les transferts de fonds',
        text: 'Le coût des envois de fonds baisse au Sénégal.',
        language: 'fr',
      }),
    ].join('\n');
    const { code, stdout } = run(['classify'], { input: `${input}\n` });
    assert.equal(code, 0);
    const [first, second] = jsonLines(stdout);
    assert.deepEqual(Object.keys(first ?? {}), [
      'id',
      'type',
      'typeEvidence',
      'language',
      'objectives',
      'principles',
      'countries',
      'regions',
      'organizations',
      'projects',
      'people',
      'events',
    ]);
    assert.equal(first?.id, 'r1');
    assert.equal(first?.type, 'event');
    assert.ok(((first?.typeEvidence ?? []) as string[]).length > 0);
    assert.deepEqual(first?.countries, ['COL', 'ECU']);
    const objectives = (first?.objectives ?? []) as { objective: number; score: number; evidence: unknown[] }[];
    assert.ok(objectives.some((o) => o.objective === 10 && o.score > 0 && o.evidence.length > 0));
    assert.equal(second?.id, 'r2');
    assert.equal(second?.language, 'fr');
    assert.deepEqual(second?.countries, ['SEN']);
  });

  it('answers a bad line with an error on that line, goes on, and exits 1', () => {
    const input = ['{broken', '{"id":"no-text","title":"t"}', '', '{"id":"ok","title":"Hello","text":"World"}'].join(
      '\n',
    );
    const { code, stdout, stderr } = run(['classify'], { input });
    assert.equal(code, 1);
    const lines = jsonLines(stdout);
    assert.equal(lines.length, 3, 'the blank line is not a record');
    assert.deepEqual(errorOf(lines[0]).code, 'invalid_json');
    assert.equal(lines[1]?.id, 'no-text');
    assert.equal(errorOf(lines[1]).code, 'invalid_input');
    assert.match(errorOf(lines[1]).message ?? '', /text/);
    assert.equal(lines[2]?.id, 'ok');
    assert.match(stderr, /2 records could not be classified/);
  });
});

describe('migration-hub corrections', () => {
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  before(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    env = { MIGRATION_HUB_DATA_DIR: temp.dir };
  });
  after(() => cleanup());

  it('adds, lists and exports corrections; they survive a re-import', () => {
    assert.equal(run(['import', FEED], { env }).code, 0);
    const hit = jsonLines(run(['search', 'rescue'], { env }).stdout).find((line) => line.type === 'hit');
    const id = String(hit?.id);

    const added = run(
      [
        'corrections',
        'add',
        id,
        '--field',
        'objectives',
        '--action',
        'add',
        '--value',
        '23',
        '--editor',
        'Ana',
        '--note',
        'joint exercise',
      ],
      { env },
    );
    assert.equal(added.code, 0, added.stderr);
    assert.equal(jsonLines(added.stdout)[0]?.note, 'joint exercise');
    const removed = run(
      ['corrections', 'add', id, '--field', 'countries', '--action', 'remove', '--value', 'mlt', '--editor', 'Ana'],
      { env },
    );
    assert.equal(removed.code, 0, removed.stderr);

    const bad = run(
      ['corrections', 'add', id, '--field', 'colour', '--action', 'add', '--value', 'x', '--editor', 'Ana'],
      { env },
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^error: The correction is not valid/);
    const unknown = run(
      ['corrections', 'add', 'nope', '--field', 'countries', '--action', 'add', '--value', 'COL', '--editor', 'Ana'],
      { env },
    );
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /was not found/);

    const listed = jsonLines(run(['corrections', 'list', id], { env }).stdout);
    assert.deepEqual(
      listed.map((c) => [c.field, c.action, c.value, c.editor]),
      [
        ['objectives', 'add', '23', 'Ana'],
        ['countries', 'remove', 'MLT', 'Ana'],
      ],
    );
    assert.equal(jsonLines(run(['corrections', 'list'], { env }).stdout).length, 2);

    assert.equal(run(['import', FEED], { env }).code, 0);
    const [line] = jsonLines(run(['corrections', 'export', '--number-from', '900'], { env }).stdout);
    assert.equal(line?.id, 'en-900');
    assert.equal(line?.language, 'en');
    const labels = line?.labels as { objectives: number[]; countries: string[]; type: string };
    assert.ok(labels.objectives.includes(23), 'the added objective survived the re-import');
    assert.ok(!labels.countries.includes('MLT'), 'the removed country stayed removed');
    assert.ok(labels.countries.includes('TUN'));
  });
});
