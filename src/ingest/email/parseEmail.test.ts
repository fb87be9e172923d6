import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEmailFixture } from './fixtures.js';
import { parseEmail } from './parseEmail.js';

describe('parseEmail', () => {
  it('decodes a quoted-printable UTF-8 multipart message and its headers', async () => {
    const message = await parseEmail(readEmailFixture('fr-multipart-qp.eml'), 'fr.eml');
    assert.equal(message.subject, 'Lettre d’information du Réseau Migrations – mars 2025');
    assert.deepEqual(message.from, { name: 'Réseau Migrations', address: 'lettre@reseau-migrations.example.fr' });
    assert.equal(message.date, '2025-03-04T09:30:00+01:00', 'the sender’s offset is kept');
    assert.equal(message.messageId, '20250304093000.lettre-12@reseau-migrations.example.fr');
    assert.equal(message.listId, 'lettre.reseau-migrations.example.fr');
    assert.equal(message.listName, 'Lettre du Réseau Migrations');
    assert.deepEqual(message.listUnsubscribe, [
      'https://lettre.reseau-migrations.example.fr/desinscription?id=42',
      'mailto:desinscription@reseau-migrations.example.fr',
    ]);
    assert.equal(message.language, 'fr');
    assert.equal(message.webVersionUrl, 'https://lettre.reseau-migrations.example.fr/web/2025-03?mc=tr123');
    assert.match(message.html ?? '', /Élaboré avec douze conseils départementaux/);
    assert.match(message.text ?? '', /LETTRE D’INFORMATION DU RÉSEAU MIGRATIONS/);
    assert.deepEqual(message.warnings, []);
  });

  it('decodes a base64 ISO-8859-1 body and an encoded-word subject', async () => {
    const message = await parseEmail(readEmailFixture('latin1-base64.eml'), 'latin1.eml');
    assert.equal(message.subject, 'Bulletin de février');
    assert.match(message.html ?? '', /Séminaire « Migrations et climat » à Neuchâtel/);
    assert.equal(message.webVersionUrl, 'https://www.observatoire-exemple.example.ch/bulletin/12');
    assert.equal(message.date, '2025-02-03T08:00:00+01:00');
  });

  it('finds the Spanish "ver en el navegador" link and keeps a negative offset', async () => {
    const message = await parseEmail(readEmailFixture('es-boletin.eml'), 'es.eml');
    assert.equal(message.subject, 'Boletín de abril de 2025');
    assert.equal(message.webVersionUrl, 'https://boletin.red-movilidad.example.org/ver/2025-04');
    assert.equal(message.date, '2025-04-10T07:15:00-05:00');
  });

  it('reads a plain-text message and its "view it in your browser" address', async () => {
    const message = await parseEmail(readEmailFixture('plain-text.eml'), 'plain.eml');
    assert.equal(message.html, undefined);
    assert.equal(message.webVersionUrl, 'https://www.coastal-forum.example.org/updates/2025-04');
  });

  it('keeps what it can of a message cut off inside a MIME part, with a warning', async () => {
    const message = await parseEmail(readEmailFixture('truncated.eml'), 'truncated.eml');
    assert.match(message.html ?? '', /Community radio on safe migration/);
    assert.equal(message.warnings.length, 1);
    assert.match(message.warnings[0]!, /^truncated\.eml: the e-mail is incomplete/);
  });

  it('warns about a message without a date or body', async () => {
    const message = await parseEmail(new TextEncoder().encode('From: a@example.org\nSubject: hi\n\n'), 'empty.eml');
    assert.equal(message.date, undefined);
    assert.equal(message.warnings.length, 2);
  });
});
