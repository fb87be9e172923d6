import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTextDump } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8');

describe('page', () => {
  it('takes a document named in quotes as the title of a page without heading', () => {
    const { format, items } = parseTextDump(fixture('page-report-en.txt'), 'report.txt');
    assert.equal(format, 'text-page');
    assert.equal(items.length, 1);
    assert.equal(items[0]!.title, 'Harvest Routes: Seasonal Labour Migration in the Mediterranean');
    assert.equal(items[0]!.typeHint, 'publication');
    assert.ok(items[0]!.text.startsWith('The Observatory and its academic partners'));
    assert.ok(items[0]!.text.endsWith('fair recruitment standards.'));
    assert.doesNotMatch(items[0]!.text, /Who we are|Contact|Share this page|©/);
  });
  it('uses the heading under the menu as title and a dateline as date', () => {
    const { items } = parseTextDump(fixture('page-heading-fr.txt'), 'page.txt');
    assert.deepEqual(
      items.map((i) => [i.title, i.typeHint, i.published]),
      [['Journée d’étude sur la migration de retour', 'page', '2022-06-03T00:00:00+00:00']],
    );
    assert.equal(items[0]!.text.split('\n\n').length, 2);
    assert.doesNotMatch(items[0]!.text, /Accueil|À propos|Publié le/);
  });
  it('makes one page item of a lone paragraph', () => {
    const { format, items, warnings } = parseTextDump(
      '  The city council approved a new reception plan for families arriving this winter.  ',
      'note.txt',
    );
    assert.equal(format, 'text-page');
    assert.deepEqual(warnings, []);
    assert.deepEqual(items, [
      {
        title: 'The city council approved a new reception plan for families…',
        text: 'The city council approved a new reception plan for families arriving this winter.',
        typeHint: 'page',
        provenance: { source: 'note.txt', format: 'text-page', position: 0 },
      },
    ]);
  });
});
