import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFeedDocument } from './parseFeed.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/feed/${name}`, import.meta.url), 'utf8');

describe('RSS 0.91: no guid, description only, HTML entities XML does not define', () => {
  const result = parseFeedDocument(fixture('rss091.xml'), 'rss091.xml');
  const [first, second] = result.items;

  it('reads both items without warnings or a recovered flag', () => {
    assert.equal(result.format, 'rss');
    assert.equal(result.items.length, 2);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.recovered, undefined);
    assert.equal(first?.guid, undefined);
  });

  it('decodes &eacute;, &nbsp;, &rsquo; in titles and the channel title', () => {
    assert.equal(first?.title, 'Café-rencontre : l’accueil des nouveaux arrivants');
    assert.equal(first?.sourceOrganization, 'Collège des Médiateurs Locaux');
  });

  it('reads the escaped HTML description as body and summary, double-encoded entities included', () => {
    assert.equal(first?.text, "Une soirée d’échange ouverte à tous autour de l'accueil.");
    assert.equal(first?.summary, first?.text);
    assert.match(first?.html ?? '', /<b>ouverte à tous<\/b>/);
    assert.equal(first?.language, 'fr');
  });

  it('resolves a relative link against the channel link', () => {
    assert.equal(second?.url, 'https://mediateurs.example.org/actualites/permanence');
    assert.equal(second?.title, 'Permanence juridique & sociale');
  });
});

describe('RSS 0.92: items without title or link, enclosures, categories', () => {
  const [untitled, report] = parseFeedDocument(fixture('rss092.xml'), 'rss092.xml').items;

  it('titles an untitled item from its text and keeps it without a link', () => {
    assert.equal(untitled?.title, "The forum's spring meeting agreed on shared minutes for caseworkers.");
    assert.equal(untitled?.url, undefined);
    assert.equal(untitled?.typeHint, 'news');
  });

  it('uses the enclosure as the address of an item without a link', () => {
    assert.equal(report?.url, 'https://forum.example.net/files/annual-report.pdf');
    assert.equal(report?.typeHint, 'publication');
  });
});

describe('RSS 1.0 with Dublin Core and content:encoded', () => {
  const [note, call] = parseFeedDocument(fixture('rss1-dc.xml'), 'rss1-dc.xml').items;

  it('reads dc:date with its offset, dc:creator, dc:subject and content:encoded', () => {
    assert.equal(note?.published, '2021-02-03T09:15:00-03:00');
    assert.equal(note?.submittedBy, 'Marta Quispe, Idris Haddad');
    assert.equal(note?.typeHint, 'publication');
    assert.equal(note?.text, 'How origin and destination countries share training costs.\n\nThree models compared.');
    assert.equal(note?.summary, 'How origin and destination countries share training costs.');
    assert.equal(note?.language, 'en');
  });

  it('takes an item-level dc:language over the channel one, and rdf:about as the address without <link>', () => {
    assert.equal(call?.language, 'fr');
    assert.equal(call?.url, 'https://labour-mobility.example.org/fr/appel-2021');
    assert.equal(call?.published, '2021-03-01T00:00:00Z');
    assert.equal(call?.typeHint, 'call');
    assert.equal(call?.submittedBy, undefined, "the feed's publisher is not an author of every item");
  });
});

describe('Atom 0.3', () => {
  const result = parseFeedDocument(fixture('atom03.xml'), 'atom03.xml');
  const [classes, desk, roster] = result.items;

  it('is read as Atom with issued, else created, as the publication date', () => {
    assert.equal(result.format, 'atom');
    assert.equal(classes?.published, '2004-06-01T18:30:00+02:00');
    assert.equal(desk?.published, '2004-05-19T09:00:00Z');
    assert.equal(roster?.published, '2004-05-10T00:00:00Z');
    assert.equal(classes?.guid, 'tag:harbour-log.example.org,2004:42');
    assert.equal(classes?.language, 'en');
    assert.equal(classes?.submittedBy, 'Ana Ferreira');
  });

  it('reads escaped, inline XML and base64 content modes', () => {
    assert.equal(classes?.html, '<p>Free evening classes for <b>newcomers</b>, three times a week.</p>');
    assert.equal(classes?.summary, 'Free evening classes for newcomers.');
    assert.equal(desk?.html, '<p>The desk opens on <em>Mondays</em>.</p><p>Sign up at the port office.</p>');
    assert.equal(desk?.text, 'The desk opens on Mondays.\n\nSign up at the port office.');
    assert.equal(roster?.text, 'Roster for Arabic, Tigrinya and Dari interpreters.');
  });
});

describe('Media RSS', () => {
  const [video, photos, podcast] = parseFeedDocument(fixture('media-rss.xml'), 'media-rss.xml').items;

  it('keeps media:description as summary and text when the item has none of its own', () => {
    assert.equal(video?.summary, 'A crew from a small port explains how it trained for sea rescue.');
    assert.equal(video?.text, video?.summary);
    assert.equal(video?.url, 'https://video.example.org/stories/rescuers');
    assert.equal(photos?.summary, 'Twelve photographs from a winter shelter.');
  });

  it('never takes a tracking pixel as an address, and takes the media file when there is no link', () => {
    assert.equal(photos?.url, 'https://cdn.video.example.org/shelter-1.jpg');
    assert.equal(podcast?.url, undefined);
  });

  it("prefers the item's own description and content:encoded over media:description", () => {
    assert.equal(podcast?.summary, 'Episode 4 of the series.');
    assert.equal(podcast?.text, 'Episode 4 of the series, with a full transcript.');
  });
});

describe('relative URLs: nested xml:base and the document URL', () => {
  const source = 'https://regions.example.org/feeds/atom.xml';
  const [sahel, andes, partner] = parseFeedDocument(fixture('xmlbase-nested.xml'), source).items;

  it('resolves a relative feed xml:base against the document URL, then entry bases within it', () => {
    assert.equal(sahel?.url, 'https://regions.example.org/programmes/sahel/dialogue.html');
    assert.equal(andes?.url, 'https://regions.example.org/programmes/andes/health-posts');
    assert.equal(partner?.url, 'https://other.example.net/base/story');
  });

  it('makes links and images in content absolute against the content element base', () => {
    assert.match(sahel?.html ?? '', /href="https:\/\/regions\.example\.org\/programmes\/sahel\/media\/report\.pdf"/);
    assert.match(sahel?.html ?? '', /src="https:\/\/regions\.example\.org\/programmes\/sahel\/media\/map\.png"/);
  });

  it('falls back to the feed link when the document URL is unknown', () => {
    const xml = fixture('xmlbase-nested.xml').replace('href="./"', 'href="https://saved.example.org/home/"');
    const [first] = parseFeedDocument(xml, 'saved-copy.xml').items;
    assert.equal(first?.url, 'https://saved.example.org/programmes/sahel/dialogue.html');
  });

  it('resolves RSS links against the document URL when the channel has no link', () => {
    const xml =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>a.html</link></item></channel></rss>';
    const [item] = parseFeedDocument(xml, 'https://feeds.example.org/news/rss.xml').items;
    assert.equal(item?.url, 'https://feeds.example.org/news/a.html');
  });
});

describe('dates as feeds write them', () => {
  it('reads French, Spanish, GMT+2, a wrong weekday, and falls back to dc:date', () => {
    const items = parseFeedDocument(fixture('rss-dates.xml'), 'rss-dates.xml').items;
    assert.deepEqual(
      items.map((item) => item.published),
      [
        '2019-07-16T15:32:30+02:00',
        '2019-07-16T00:00:00Z',
        '2019-07-16T15:32:30+02:00',
        '2019-07-16T15:32:00-05:00',
        '2019-07-01T00:00:00Z',
      ],
    );
  });
});
