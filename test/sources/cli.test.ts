import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type FixtureServer, startFixtureServer } from '../support/fixtureServer.js';
import { ROOT } from '../support/seeds.js';
import { tempDir } from '../support/tempDir.js';
import { rssFeed, TWO_ENTRIES } from './support.js';

const BIN = path.join(ROOT, 'bin/migration-hub.js');
const OPML_FIXTURE = path.join(ROOT, 'test/fixtures/sources/subscriptions.opml');

/** Runs the CLI without blocking this process, which serves the fixtures the CLI fetches. */
function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('migration-hub sources and poll', () => {
  let server: FixtureServer;
  let dir: string;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;
  let feedUrl: string;

  before(async () => {
    server = await startFixtureServer();
    server.route('/feed.xml', { body: rssFeed(TWO_ENTRIES), headers: { 'content-type': 'application/rss+xml' } });
    feedUrl = server.url('/feed.xml');
    ({ dir, cleanup } = await tempDir());
    env = { MIGRATION_HUB_DATA_DIR: dir, MIGRATION_HUB_ALLOW_PRIVATE: '' };
  });
  after(async () => {
    await server.close();
    await cleanup();
  });

  it('adds a source once, and refuses a bad address or type in words', async () => {
    const added = await run(['sources', 'add', feedUrl, '--name', 'Observatory', '--type', 'news'], env);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(added.stdout, `Added source 1: Observatory <${feedUrl}>.\n`);
    const again = await run(['sources', 'add', feedUrl], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /is already a source \(number 1\)/);
    const badType = await run(['sources', 'add', 'https://x.example/', '--type', 'rumour'], env);
    assert.match(badType.stderr, /The type "rumour" is unknown; use one of: news, /);
    const badUrl = await run(['sources', 'add', 'ftp://x.example/'], env);
    assert.match(badUrl.stderr, /only http:\/\/ and https:\/\//);
    const badInterval = await run(['sources', 'add', 'https://x.example/', '--interval', 'often'], env);
    assert.match(badInterval.stderr, /whole number of minutes/);
  });

  it('refuses to fetch 127.0.0.1 unless allow-listed, and stores why on the source', async () => {
    const polled = await run(['poll', '--json'], env);
    assert.equal(polled.code, 1);
    const [line, summary] = jsonLines(polled.stdout);
    assert.equal(line?.status, 'failed');
    assert.equal((line?.error as { code?: string } | undefined)?.code, 'blocked_address');
    assert.equal(summary?.type, 'summary');
    assert.equal(summary?.failed, 1);
    const listed = await run(['sources', 'list'], env);
    assert.match(listed.stdout, /failing since \S+ \(1 error\)/);
    assert.match(listed.stdout, /last error: .*127\.0\.0\.1/);
    assert.equal(server.requests.length, 0);
  });

  it('polls with the allow-list, then finds nothing due', async () => {
    const allowed = { ...env, MIGRATION_HUB_ALLOW_PRIVATE: '127.0.0.1' };
    const polled = await run(['poll', '--all'], allowed);
    assert.equal(polled.code, 0, polled.stderr);
    assert.match(polled.stdout, /Polled 1 source: 1 fetched, 0 not modified, 0 unchanged, 0 failed; items: 2 added/);
    const again = await run(['poll'], allowed);
    assert.equal(again.stdout, 'No source is due. Use --all to fetch every source now.\n');
    const [source] = jsonLines((await run(['sources', 'list', '--json'], env)).stdout);
    assert.equal(source?.status, 'ok');
    assert.equal(source?.itemCount, 2);
    assert.equal(source?.errorCount, 0);
    assert.equal(source?.type, 'source');
    assert.equal(source?.itemType, 'news');
    const table = (await run(['sources', 'list'], env)).stdout;
    assert.match(table, /^ID\s+NAME\s+STATUS\s+LAST FETCH\s+ITEMS\s+URL$/m);
    assert.match(table, /^1\s+Observatory\s+ok\s+\d{4}-\d\d-\d\dT\d\d:\d\dZ\s+2\s+http:\/\/127\.0\.0\.1/m);
  });

  it('exports OPML that another hub imports, skipping duplicates', async () => {
    const exported = await run(['sources', 'export-opml'], env);
    assert.equal(exported.code, 0);
    assert.match(exported.stdout, /<outline text="Observatory"[^>]*xmlUrl="http:\/\/127\.0\.0\.1:\d+\/feed\.xml"/);
    const file = path.join(dir, 'export.opml');
    assert.equal((await run(['sources', 'export-opml', file], env)).stderr, `Wrote 1 source to ${file}.\n`);

    const other = { MIGRATION_HUB_DATA_DIR: path.join(dir, 'other') };
    const imported = await run(['sources', 'import-opml', file], other);
    assert.equal(imported.stdout, `Read 1 feed from ${file}: 1 added, 0 already present, 0 invalid.\n`);
    const [copy] = jsonLines((await run(['sources', 'list', '--json'], other)).stdout);
    assert.deepEqual([copy?.url, copy?.name, copy?.itemType, copy?.adaptive], [feedUrl, 'Observatory', 'news', true]);

    const nested = await run(['sources', 'import-opml', '--json', OPML_FIXTURE], other);
    assert.equal(nested.code, 1, 'an invalid entry is an error');
    const [summary] = jsonLines(nested.stdout);
    assert.deepEqual(
      [summary?.feeds, summary?.added, summary?.duplicates, (summary?.invalid as unknown[] | undefined)?.length],
      [5, 3, 1, 1],
    );
  });

  it('says when an OPML file is not one, and removes sources by number or URL', async () => {
    const notOpml = path.join(dir, 'not.opml');
    await writeFile(notOpml, '<rss version="2.0"><channel/></rss>');
    const refused = await run(['sources', 'import-opml', notOpml], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /not\.opml: this is not an OPML subscription list/);

    const removed = await run(['sources', 'remove', feedUrl], env);
    assert.equal(removed.stdout, `Removed source 1: Observatory <${feedUrl}>.\n`);
    const missing = await run(['sources', 'remove', '1'], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /There is no source "1"/);
    assert.match((await run(['sources', 'list'], env)).stdout, /^No sources yet/);
    const search = await run(['search', 'remittances'], env);
    assert.equal(jsonLines(search.stdout).at(-1)?.total, 1, 'the items of a removed source stay');
  });
});
