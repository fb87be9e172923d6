import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/migration-hub.js', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../../test/fixtures/page/${path}`, import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'extract', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('migration-hub extract', () => {
  it('prints the main text, metadata and feeds of an article page as one JSON object', () => {
    const { code, stdout } = run([fixture('articles/blog-with-comments.html'), '--url', 'https://blog.example/p/1']);
    assert.equal(code, 0);
    assert.equal(stdout.trim().split('\n').length, 1, 'compact JSON on one line');
    const out = JSON.parse(stdout) as Record<string, unknown>;
    assert.equal(out.format, 'html-article');
    assert.equal(out.title, 'What diaspora investors told us');
    assert.match(String(out.text), /^Over six months we interviewed 85 members/);
    assert.doesNotMatch(String(out.text), /Leave a reply|Pedro/);
    assert.equal(out.html, undefined, 'HTML only on request');
    assert.deepEqual((out.metadata as Record<string, unknown>).published, '2021-10-04T00:00:00Z');
    assert.deepEqual(
      (out.feeds as { url: string }[]).map((f) => f.url),
      ['https://blog.diaspora-dev.example/feed.atom', 'https://blog.diaspora-dev.example/comments/feed'],
    );
    assert.equal(out.listing, undefined);
  });

  it('prints the entries of a listing page, indented with --pretty, HTML with --html', () => {
    const { code, stdout } = run([
      fixture('listings/events-fr.html'),
      '--pretty',
      '--url',
      'https://pf.example.fr/agenda',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^{\n {2}"source"/);
    const out = JSON.parse(stdout) as { format: string; listing: { url: string }[] };
    assert.equal(out.format, 'html-listing');
    assert.equal(out.listing[0]?.url, 'https://pf.example.fr/agenda/rencontre-elus-2024');
    const withHtml = JSON.parse(run([fixture('articles/long-form.html'), '--html']).stdout) as { html: string };
    assert.match(withHtml.html, /<h2[^>]*>Slow-onset change<\/h2>/);
  });

  it('fails with a plain message for a missing file or a --url that is not a web address', () => {
    const missing = run(['no-such-page.html']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-page\.html: no such file/);
    const badUrl = run([fixture('articles/long-form.html'), '--url', 'file:///etc/passwd']);
    assert.equal(badUrl.code, 1);
    assert.match(badUrl.stderr, /--url must be a web address/);
  });
});
