import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scoreText } from '../../../bench/extraction/score.js';
import { extractArticle } from './extractArticle.js';

const fixtures = new URL('../../../test/fixtures/page/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const articleNames = readdirSync(new URL('articles/', fixtures))
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.replace(/\.html$/, ''));

describe('extractArticle: main text of the article fixtures', () => {
  it('has fixtures to measure', () => assert.ok(articleNames.length >= 12, `only ${articleNames.length} fixtures`));

  for (const name of articleNames) {
    it(`${name}: token F1 ≥ 0.95 against the expected main text`, () => {
      const { text } = extractArticle(read(`articles/${name}.html`));
      const score = scoreText(text, read(`articles/${name}.expected.txt`));
      assert.ok(
        score.f1 >= 0.95,
        `F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`,
      );
    });
  }
});

describe('extractArticle: what it keeps and drops', () => {
  it('keeps section headings on their own paragraph and separates paragraphs with a blank line', () => {
    const { text } = extractArticle(read('articles/long-form.html'));
    assert.match(text, /\n\nSlow-onset change\n\n/);
    assert.match(text, /\n\nTrapped populations\n\n/);
  });

  it('does not repeat the headline, the kicker or the date line at the top of the text', () => {
    const { text, title } = extractArticle(read('articles/ngo-press-release.html'));
    assert.equal(title, 'New helpline for migrant domestic workers');
    assert.ok(text.startsWith('London, 2 November 2023 –'), text.slice(0, 80));
  });

  it('drops a cookie consent banner, even one that is not named "cookie"', () => {
    const { text } = extractArticle(read('articles/consent-short.html'));
    assert.doesNotMatch(text, /cookies|privacy/i);
    assert.doesNotMatch(text, /About the Centre/);
    assert.match(text, /closed on Wednesday 1 May/);
  });

  it('drops a teaser block of other news from a project page', () => {
    const { text } = extractArticle(read('articles/project-page.html'));
    assert.doesNotMatch(text, /First cohort completes/);
    assert.match(text, /place 600 young workers/);
  });

  it('drops inline "À lire aussi" boxes and share bars from a French article', () => {
    const { text } = extractArticle(read('articles/french-encadre.html'));
    assert.doesNotMatch(text, /lire aussi|Partager|Lettre d'information/i);
    assert.match(text, /accueil physique dans chaque préfecture/);
  });

  it('keeps a standfirst that sits outside the body container', () => {
    const { text } = extractArticle(read('articles/split-lead.html'));
    assert.ok(text.startsWith('The new procedure gives stateless people'), text.slice(0, 80));
  });

  it('returns the main content as HTML with lower-case tags, and an excerpt that is not a date line', () => {
    const { html, excerpt } = extractArticle(read('articles/spanish-article.html'));
    assert.match(html, /<p>El Observatorio presentó/);
    assert.doesNotMatch(html, /<[A-Z]/);
    assert.match(excerpt, /^El Observatorio presentó/);
  });
});

describe('extractArticle: broken and hostile pages', () => {
  it('reads a page with unclosed tags', () => {
    const { text } = extractArticle(read('hostile/unclosed.html'));
    assert.match(text, /doubling the number of beds/);
    assert.match(text, /additional funding/);
  });

  it('returns empty text, not an error, for a page without a body', () => {
    const result = extractArticle(read('hostile/no-body.html'));
    assert.equal(result.text, '');
    assert.equal(result.title, 'Only a head');
  });

  it('reads a fragment without html, head or body elements', () => {
    const { text } = extractArticle(read('hostile/body-only.html'));
    assert.match(text, /supported 1,200 people/);
  });

  it('keeps script text out of a page with a huge inline script', () => {
    const script = `<script>var data = "${'x'.repeat(2_000_000)}";</script>`;
    const html = `<html><body>${script}<article><h1>Budget</h1><p>${'The city adopted its integration budget after a long debate in the council. '.repeat(5)}</p></article></body></html>`;
    const { text } = extractArticle(html);
    assert.match(text, /integration budget/);
    assert.doesNotMatch(text, /xxxx|var data/);
  });

  it('reads a 5 MB page with thousands of blocks without failing', () => {
    const row = (i: number) =>
      `<div class="row"><span>Note ${i}</span><p>${'Municipal services registered new residents and referred them to language courses. '.repeat(8)}</p></div>`;
    const html = `<html><body><main>${Array.from({ length: 8000 }, (_, i) => row(i)).join('')}</main></body></html>`;
    assert.ok(html.length > 5_000_000);
    const { text } = extractArticle(html);
    assert.ok(text.length > 1000);
  });

  it('reads a page with no text at all', () => {
    assert.equal(extractArticle('<html><body><img src="a.png"></body></html>').text, '');
    assert.equal(extractArticle('').text, '');
  });
});
