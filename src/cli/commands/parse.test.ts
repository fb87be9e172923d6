import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/migration-hub.js', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../../test/fixtures/${path}`, import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'parse', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('migration-hub parse', () => {
  it('streams a web archive as JSON Lines, with the import summary on stderr', () => {
    const { code, stdout, stderr } = run([fixture('archive/sample.warc')]);
    assert.equal(code, 0, stderr);
    const items = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title: string; provenance: { format: string } });
    assert.equal(items.length, 5);
    assert.equal(items[0]?.title, 'Coastal towns welcome migrant workers and their families');
    assert.ok(items.every((item) => item.provenance.format === 'warc'));
    assert.match(stderr, /sample\.warc: 16 records, 5 items kept, 3 dropped as not about migration\./);
  });

  it('reads feeds of several files: a recovered one with its warning, a JSON Feed, and a broken one with the reason', () => {
    const broken = fixture('feed/malformed-atom.xml');
    const { code, stdout, stderr } = run([
      broken,
      fixture('feed/jsonfeed-1.0.json'),
      fixture('feed/jsonfeed-broken.json'),
    ]);
    assert.equal(code, 1, 'one file failed');
    const formats = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { provenance: { format: string } }).provenance.format);
    assert.deepEqual(formats, ['atom', 'atom', 'atom', 'json-feed', 'json-feed']);
    const [warning, error] = stderr.trim().split('\n');
    assert.ok(warning?.startsWith(`warning: ${broken}: recovered from broken XML: `), warning);
    assert.equal(warning?.split(broken).length, 2, 'the file is named once');
    assert.match(
      error ?? '',
      /^error: .*jsonfeed-broken\.json: the JSON feed could not be read — .* at line 5, column 19\.$/,
    );
  });
});
