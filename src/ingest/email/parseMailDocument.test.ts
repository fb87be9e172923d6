import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedItem } from '../../domain/item.js';
import { parseDocument, parseDocumentAsync } from '../parseDocument.js';
import { emailFixture, readEmailFixture } from './fixtures.js';
import { parseMailDocument } from './parseMailDocument.js';

const FIXTURES = [
  'fr-multipart-qp.eml',
  'latin1-base64.eml',
  'digest-sections.eml',
  'es-boletin.eml',
  'plain-text.eml',
  'three-messages.mbox',
  'truncated.eml',
];

/** Words of the newsletter frame that must never reach an item. */
const CHROME =
  /view this email|in your browser|not displayed|version en ligne|ver en el navegador|click here|facebook|twitter|linkedin|youtube|follow us|suivez-nous|síguenos|unsubscribe|désabonner|darse de baja|preferences|forward to a friend|transférer à un ami|copyright|©|all rights reserved|derechos reservados|mailing address|example street|rue des exemples|you are receiving|vous recevez|recibes este|read more|find out more|lire la suite|en savoir plus|leer más|más información|hidden preview|preview:|in this issue|dear colleagues/i;

async function parse(name: string) {
  return parseDocumentAsync({ bytes: readEmailFixture(name), source: emailFixture(name) });
}

const typesOf = (items: ParsedItem[]) => items.map((i) => i.typeHint);

describe('parseMailDocument', () => {
  it('leaves no newsletter chrome in any title, text or HTML of any fixture', async () => {
    for (const name of FIXTURES) {
      const { items } = await parse(name);
      assert.ok(items.length > 0, name);
      for (const item of items) {
        for (const field of [item.title, item.text, item.html ?? '']) {
          assert.doesNotMatch(field, CHROME, `${name}: "${item.title}"`);
        }
      }
    }
  });

  it('splits the digest by its six sections, each story typed by its section', async () => {
    const result = await parse('digest-sections.eml');
    assert.equal(result.format, 'email');
    assert.deepEqual(typesOf(result.items), [
      'news', // in the spotlight
      'news',
      'news',
      'publication',
      'publication',
      'call',
      'event',
      'event',
      'vacancy',
      'vacancy',
    ]);
    const [spotlight, , city, , , call] = result.items;
    assert.equal(spotlight?.title, 'Coastal states agree on a joint search and rescue protocol');
    assert.equal(spotlight?.url, 'https://example.us1.list-manage.com/track/click?u=5f1e2d&id=0001&e=77aa');
    assert.equal(city?.url, 'https://www.migration-network.example.org/news/city-guidance');
    assert.equal(
      call?.url,
      'https://www.migration-network.example.org/calls/diaspora-grants?utm_source=digest&utm_medium=email',
      'the caption link is the story link, tracking parameters kept',
    );
    for (const item of result.items) {
      assert.equal(item.published, '2025-03-12T14:05:00+00:00', 'dated by the issue');
      assert.equal(item.sourceOrganization, 'Example Migration Network');
      assert.equal(item.provenance.format, 'email');
    }
    assert.deepEqual(
      result.items.map((i) => i.provenance.position),
      result.items.map((_, i) => i),
    );
    assert.equal(result.items[3]?.guid, 'a1b2c3.5f1e2d@mail.example-mailer.net#3');
  });

  it('splits the French and Spanish issues by their sections', async () => {
    const fr = await parse('fr-multipart-qp.eml');
    assert.deepEqual(typesOf(fr.items), ['news', 'news', 'publication', 'call', 'event', 'vacancy']);
    assert.equal(fr.items[0]?.title, 'Accueil des mineurs non accompagnés : un guide pour les départements');
    assert.equal(fr.items[0]?.language, 'fr');
    const es = await parse('es-boletin.eml');
    assert.deepEqual(typesOf(es.items), ['news', 'news', 'publication', 'call', 'event', 'vacancy']);
    assert.equal(es.items[1]?.title, 'Colombia amplía el acceso a la salud para personas migrantes');
    assert.equal(es.items[1]?.url, 'https://red-movilidad.example.org/noticias/salud-migrantes');
    assert.equal(es.items[0]?.published, '2025-04-10T07:15:00-05:00');
  });

  it('reads the accents of a base64 ISO-8859-1 message', async () => {
    const { items } = await parse('latin1-base64.eml');
    assert.deepEqual(
      items.map((i) => i.title),
      ["Main-d'oeuvre frontalière : une étude inédite", 'Séminaire « Migrations et climat » à Neuchâtel'],
    );
  });

  it('splits a plain-text newsletter into its stories', async () => {
    const { items } = await parse('plain-text.eml');
    assert.deepEqual(
      items.map((i) => [i.title, i.typeHint]),
      [
        ['Training for border officials on identifying victims of trafficking', 'news'],
        ['Shelter network opens two new centres', 'news'],
        ['Guide to consular assistance for migrants in crisis', 'publication'],
        ['Legal officer, protection of migrants at sea', 'vacancy'],
      ],
    );
    assert.equal(items[0]?.published, '2025-04-01T10:00:00+02:00');
  });

  it('reads every message of a mailbox, numbering items across messages', async () => {
    const { items } = await parse('three-messages.mbox');
    assert.deepEqual(
      items.map((i) => [i.provenance.position, i.guid, i.typeHint]),
      [
        [0, 'hc-2025-01@harbour-cities.example.org#0', 'news'],
        [1, 'hc-2025-01@harbour-cities.example.org#1', 'event'],
        [2, 'hc-notes-2@harbour-cities.example.org#0', undefined],
        [3, 'hc-2025-03@harbour-cities.example.org#0', 'publication'],
        [4, 'hc-2025-03@harbour-cities.example.org#1', 'vacancy'],
      ],
    );
    const notes = items[2]!;
    assert.equal(notes.title, 'Notes from the field');
    assert.match(notes.text, /^Dear members,\n\nFrom the harbour of Genoa/);
  });

  it('keeps what a truncated message holds and says it is incomplete', async () => {
    const result = await parse('truncated.eml');
    assert.deepEqual(
      result.items.map((i) => i.title),
      ['Seasonal herders and cross-border mobility', 'Community radio on safe migration'],
    );
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!, /is never closed; what could be read was kept/);
  });

  it('refuses a message with nothing to read, naming the file', async () => {
    const empty = new TextEncoder().encode('From: a@example.org\nSubject: \nDate: Mon, 3 Feb 2025 08:00:00 +0100\n\n');
    await assert.rejects(parseMailDocument(empty, 'empty.eml', 'email'), {
      code: 'no_items',
      message: /^empty\.eml: no items found/,
    });
  });

  it('is refused by the synchronous parseDocument with a clear message, never read as text', () => {
    assert.throws(() => parseDocument({ bytes: readEmailFixture('es-boletin.eml'), source: 'es.eml' }), {
      code: 'unsupported_format',
      message: /^es\.eml: .*it is an e-mail/,
    });
  });
});
