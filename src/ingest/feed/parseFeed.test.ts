import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { IngestError } from '../../domain/errors.js';
import { parseFeedDocument } from './parseFeed.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url), 'utf8');

describe('parseFeedDocument: RSS 2.0 with content:encoded and Dublin Core', () => {
  const result = parseFeedDocument(fixture('rss2-content.xml'), 'rss2-content.xml');
  const [first, second, third] = result.items;

  it('reads every item as RSS, in order, without warnings', () => {
    assert.equal(result.format, 'rss');
    assert.equal(result.items.length, 3);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(first?.provenance, { source: 'rss2-content.xml', format: 'rss', position: 0 });
    assert.equal(third?.provenance.position, 2);
  });

  it('keeps guid, link, the offset of the date, channel language and title', () => {
    assert.equal(first?.guid, 'hmn-2019-0716-01');
    assert.equal(first?.url, 'https://news.example.org/stories/labour-pathways-dialogue');
    assert.equal(first?.published, '2019-07-16T15:32:30+02:00');
    assert.equal(first?.language, 'en');
    assert.equal(first?.sourceOrganization, 'Harbour Migration Network & Partners');
  });

  it('keeps content:encoded as raw HTML and makes plain text of it', () => {
    assert.match(first?.html ?? '', /<a href="\/pathways">roadmap<\/a>/);
    assert.equal(
      first?.text,
      'Ministers from twelve coastal states met in Port Valen to discuss fair recruitment & skills recognition.\n\n' +
        'The dialogue agreed a roadmap for seasonal workers.\nIt runs until 2021.\n\n' +
        'Shared job-matching portal\nPre-departure orientation',
    );
    assert.equal(first?.summary, 'Ministers from twelve coastal states met to discuss fair recruitment.');
  });

  it('reads dc:date with its offset and turns categories into type hints', () => {
    assert.equal(second?.published, '2019-09-02T09:00:00-05:00');
    assert.equal(second?.typeHint, 'call');
    assert.equal(second?.html, undefined);
    assert.equal(
      second?.text,
      'Local authorities may apply for grants to welcome newly arrived refugees. Deadline 30 October.',
    );
    assert.equal(first?.typeHint, 'news');
    assert.equal(third?.typeHint, 'publication');
  });

  it('decodes doubly encoded titles and resolves relative links against the channel link', () => {
    assert.equal(third?.title, 'Guidance note & checklist on return counselling');
    assert.equal(third?.url, 'https://news.example.org/reports/return-counselling');
    assert.equal(third?.published, '2019-11-04T08:15:00Z');
    assert.equal(third?.html, '<p>A practical checklist for caseworkers.</p>');
  });
});

describe('parseFeedDocument: RSS 1.0 (RDF)', () => {
  const result = parseFeedDocument(fixture('rss1-rdf.xml'), 'rss1-rdf.xml');

  it('reads the items, dc:date, dc:subject and dc:language', () => {
    assert.equal(result.format, 'rss');
    assert.deepEqual(
      result.items.map((item) => [item.title, item.url, item.published, item.typeHint, item.language]),
      [
        [
          'Boletín 42: llegadas por vía marítima',
          'https://observatory.example.org/bulletins/42',
          '2020-03-05T00:00:00Z',
          'publication',
          'es',
        ],
        [
          'Seminario web sobre datos de desplazamiento',
          'https://observatory.example.org/events/webinar-data',
          '2020-04-01T10:30:00+01:00',
          'event',
          'es',
        ],
      ],
    );
    assert.deepEqual(result.warnings, []);
  });
});

describe('parseFeedDocument: Atom 1.0 with xml:base', () => {
  const result = parseFeedDocument(fixture('atom-xmlbase.xml'), 'atom-xmlbase.xml');
  const [statement, event, note] = result.items;

  it('resolves relative entry links against xml:base', () => {
    assert.equal(result.format, 'atom');
    assert.equal(statement?.url, 'https://agency.example.org/fr/declarations/journee-mondiale-2021');
    assert.equal(event?.url, 'https://agency.example.org/fr/evenements/atelier-gouvernance-locale');
  });

  it('makes links inside content absolute against the content element xml:base', () => {
    assert.match(statement?.html ?? '', /href="https:\/\/agency\.example\.org\/fr\/declarations\/texte-integral"/);
  });

  it('reads html titles, text summaries, xhtml content, ids, dates and xml:lang', () => {
    assert.equal(statement?.title, 'Déclaration sur la Journée mondiale des réfugiés 2021');
    assert.equal(statement?.guid, 'tag:agency.example.org,2021:statement-wrd');
    assert.equal(statement?.published, '2021-06-20T10:00:00+02:00');
    assert.equal(statement?.summary, "Un message de solidarité & d'engagement.");
    assert.equal(statement?.typeHint, 'statement');
    assert.equal(statement?.language, 'fr');
    assert.equal(event?.text, 'Un atelier réunit des maires de la région.\n\nInscriptions ouvertes.');
    assert.equal(event?.published, '2021-05-10T09:00:00Z');
    assert.equal(event?.typeHint, 'event');
  });

  it('keeps "<" in plain-text titles and summaries', () => {
    assert.equal(note?.title, 'Note : 3 < 5 critères');
    assert.equal(note?.text, 'Les critères 3 < 5 sont évalués.');
    assert.equal(note?.html, undefined);
  });
});

describe('parseFeedDocument: encodings decoded upstream', () => {
  it('reads accented French from the ISO-8859-1 fixture once decoded', () => {
    const xml = new TextDecoder('iso-8859-1').decode(
      readFileSync(new URL('../../../test/fixtures/feed/latin1-fr.xml', import.meta.url)),
    );
    const [item] = parseFeedDocument(xml, 'latin1-fr.xml').items;
    assert.equal(item?.title, "Élaboration d'un plan régional pour l'intégration des réfugiés");
    assert.equal(item?.published, '2020-02-12T14:00:00+01:00');
  });
});

describe('parseFeedDocument: malformed feeds', () => {
  it('recovers every entry from unclosed tags and bare ampersands, flagged and with a warning', () => {
    const result = parseFeedDocument(fixture('malformed.xml'), 'malformed.xml');
    assert.equal(result.recovered, true);
    assert.deepEqual(
      result.items.map((item) => [item.title, item.text]),
      [
        ['Shelter capacity rises in three provinces', 'Partners report new shelter places for displaced families.'],
        ['Cash assistance reaches returnees', 'A pilot in two districts.'],
      ],
    );
    assert.equal(result.items[0]?.url, 'https://monitor.example.org/shelter?region=north&year=2022');
    assert.equal(result.warnings.length, 1);
    assert.match(
      result.warnings[0]!,
      /^malformed\.xml: recovered from broken XML: the feed is not well-formed XML \(.*never closed.*bare "&"/,
    );
  });

  it('does not flag a well-formed feed as recovered', () => {
    assert.equal(parseFeedDocument(fixture('rss2-content.xml'), 'rss2-content.xml').recovered, undefined);
  });

  it('throws malformed_feed with the reason in words when nothing can be read', () => {
    assert.throws(
      () => parseFeedDocument('<rss version="2.0"><<<>>>', 'broken.xml'),
      (error: unknown) =>
        error instanceof IngestError &&
        error.code === 'malformed_feed' &&
        /^broken\.xml: the feed could not be read — .+\.$/.test(error.message),
    );
  });

  it('skips entries with nothing in them, with a warning', () => {
    const xml =
      '<rss version="2.0"><channel><title>T</title><item></item><item><title>Kept</title></item></channel></rss>';
    const result = parseFeedDocument(xml, 'https://feeds.example.org/rss');
    assert.deepEqual(
      result.items.map((item) => [item.title, item.provenance.position]),
      [['Kept', 1]],
    );
    assert.match(result.warnings[0]!, /entry 1 has no title, link or text/);
  });

  it('names the organisation by the host when the channel has no title', () => {
    const xml = '<rss version="2.0"><channel><item><title>Only item</title><link>/a</link></item></channel></rss>';
    const [item] = parseFeedDocument(xml, 'https://www.example.org/feed.xml').items;
    assert.equal(item?.sourceOrganization, 'example.org');
    assert.equal(item?.url, 'https://www.example.org/a');
  });
});
