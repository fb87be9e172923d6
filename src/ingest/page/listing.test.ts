import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDom } from './dom.js';
import { detectListing } from './listing.js';

const fixture = (path: string) =>
  parseDom(readFileSync(new URL(`../../../test/fixtures/page/${path}`, import.meta.url), 'utf8'));

describe('detectListing: listing pages', () => {
  it('splits a Drupal views listing with "Submitted by NAME on DATE" into practices', () => {
    const entries = detectListing(fixture('listings/practice-listing.html'), {
      base: 'https://practicehub.example.org/objective/23',
      language: 'en',
    });
    assert.ok(entries);
    assert.deepEqual(
      entries.map((e) => [e.title, e.url, e.published, e.submittedBy]),
      [
        [
          'Joint regional programme on labour migration',
          'https://practicehub.example.org/practice/joint-labour-migration-programme',
          '2024-03-04T00:00:00+00:00',
          'Adaeze Nwosu',
        ],
        [
          'City-to-city migration partnerships',
          'https://practicehub.example.org/practice/city-to-city-migration-partnerships',
          '2024-01-19T00:00:00+00:00',
          'Tomás Herrera',
        ],
        [
          'Data-sharing protocol between consular networks',
          'https://practicehub.example.org/practice/data-sharing-protocol',
          '2023-11-22T00:00:00+00:00',
          'Adaeze Nwosu',
        ],
        [
          'South–South peer review of migration policies',
          'https://practicehub.example.org/practice/south-south-peer-review',
          '2023-05-09T00:00:00+00:00',
          'Li Wei',
        ],
      ],
    );
    // The teaser is the body only: no title, byline, "Read more" or screen-reader text.
    assert.equal(
      entries[0]!.teaser,
      'Four regional economic communities run a joint programme that harmonises labour migration statistics, trains labour attachés and supports the ratification of conventions on migrant workers.',
    );
  });

  it('splits a news list whose headings have no link, using the "Read more" links and the date lines', () => {
    const entries = detectListing(fixture('listings/news-listing.html'), {
      base: 'https://www.borderlands.example.net/en/',
    });
    assert.ok(entries);
    assert.equal(entries.length, 4);
    assert.deepEqual(entries[1], {
      title: 'New working paper on seasonal mobility',
      url: 'https://www.borderlands.example.net/en/news/2024/seasonal-mobility',
      teaser:
        'A working paper traces how herders and farm workers move across three borders over the year, and what border closures do to their income.',
      published: '2024-02-27T00:00:00+00:00',
    });
    assert.deepEqual(
      entries.map((e) => e.published),
      [
        '2024-03-12T00:00:00+00:00',
        '2024-02-27T00:00:00+00:00',
        '2024-01-15T00:00:00+00:00',
        '2023-12-08T00:00:00+00:00',
      ],
    );
  });

  it('splits a French events list, taking <time datetime> first and French dates in text otherwise', () => {
    const entries = detectListing(fixture('listings/events-fr.html'), { base: 'https://plateforme.example.fr/agenda' });
    assert.ok(entries);
    assert.deepEqual(
      entries.map((e) => [e.title, e.url, e.published]),
      [
        [
          "Rencontre nationale des élus pour l'accueil",
          'https://plateforme.example.fr/agenda/rencontre-elus-2024',
          '2024-04-11T09:30:00+02:00',
        ],
        [
          "Webinaire : l'accompagnement des mineurs non accompagnés",
          'https://plateforme.example.fr/agenda/webinaire-mineurs',
          '2024-05-23T00:00:00+00:00',
        ],
        [
          "Atelier : l'interprétariat dans les services publics",
          'https://plateforme.example.fr/agenda/atelier-interpretariat',
          '2024-06-06T00:00:00+00:00',
        ],
      ],
    );
    assert.doesNotMatch(entries[0]!.teaser, /Lire la suite/);
  });

  it('splits sibling <article> teasers with "Leer más" links in Spanish', () => {
    const teaser = (n: number, day: number) =>
      `<article class="noticia"><h2>Noticia ${n} sobre movilidad laboral</h2><p>${day} de marzo de 2024</p><p>Resumen de la noticia número ${n}, con detalles sobre el programa.</p><a href="/noticias/${n}">Leer más</a></article>`;
    const document = parseDom(
      `<html lang="es"><body><h1>Noticias</h1>${teaser(1, 4)}${teaser(2, 11)}${teaser(3, 18)}</body></html>`,
    );
    const entries = detectListing(document, { base: 'https://obs.example.es/', language: 'es' });
    assert.ok(entries);
    assert.deepEqual(entries[2], {
      title: 'Noticia 3 sobre movilidad laboral',
      url: 'https://obs.example.es/noticias/3',
      teaser: 'Resumen de la noticia número 3, con detalles sobre el programa.',
      published: '2024-03-18T00:00:00+00:00',
    });
  });
});

describe('detectListing: pages that must not be split', () => {
  for (const name of [
    'news-article',
    'project-page',
    'blog-with-comments',
    'drupal-node',
    'heavy-chrome',
    'job-vacancy',
  ]) {
    it(`leaves the article page ${name} whole`, () => {
      assert.equal(detectListing(fixture(`articles/${name}.html`)), undefined);
    });
  }

  it('needs three entries: two teasers are not a listing', () => {
    const card = (n: number) =>
      `<div class="card"><h3><a href="/a/${n}">Story ${n} title</a></h3><p>Text ${n}</p></div>`;
    assert.equal(detectListing(parseDom(`<body>${card(1)}${card(2)}</body>`)), undefined);
    assert.equal(detectListing(parseDom(`<body>${card(1)}${card(2)}${card(3)}</body>`))?.length, 3);
  });

  it('does not take a menu of plain links for a listing', () => {
    const menu = `<ul>${['Home', 'News', 'Events', 'About'].map((t) => `<li><a href="/${t}">${t}</a></li>`).join('')}</ul>`;
    assert.equal(detectListing(parseDom(`<body>${menu}</body>`)), undefined);
  });
});
