import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTextDump } from './index.js';
import { toLines } from './lines.js';
import { issueMonth, moreNewsFrom, parseNewsletter } from './newsletter.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8');

describe('newsletter lines', () => {
  it('reads issue lines and "more news from" lines', () => {
    assert.equal(issueMonth('July 2015 Monthly Update'), '2015-07-01T00:00:00+00:00');
    assert.equal(issueMonth('Lettre d’information – juin 2019'), '2019-06-01T00:00:00+00:00');
    assert.equal(issueMonth('Conference held in July 2015 in Vienna'), undefined);
    assert.equal(moreNewsFrom('Read more news from RFN'), 'RFN');
    assert.equal(moreNewsFrom('Ver más noticias de OMLAC'), 'OMLAC');
    assert.equal(moreNewsFrom('Plus d’actualités de l’Observatoire'), 'l’Observatoire');
  });
});

describe('newsletter (Spanish)', () => {
  const result = parseTextDump(fixture('newsletter-es.txt'), 'boletin.txt');
  it('splits items and types them by section', () => {
    assert.equal(result.format, 'text-newsletter');
    assert.deepEqual(
      result.items.map((i) => [i.typeHint, i.title]),
      [
        ['news', 'Red de ciudades acogedoras celebra su asamblea anual en Quito'],
        ['news', 'Nuevo curso en línea sobre protección consular'],
        ['publication', 'Informe: Movilidad laboral en la región andina'],
        ['call', 'Convocatorias: El Fondo Regional para la Integración Local (FRIL)'],
      ],
    );
  });
  it('dates items by the issue and names the publisher', () => {
    for (const item of result.items) {
      assert.equal(item.published, '2021-03-01T00:00:00+00:00');
      assert.equal(item.sourceOrganization, 'OMLAC');
    }
  });
  it('keeps chrome and link captions out of bodies', () => {
    const all = result.items.map((i) => i.text).join('\n');
    assert.doesNotMatch(
      all,
      /haga clic|En este número|Galería de fotos|Inscríbete|Descargar|Ver más noticias|Convocatorias Vacantes/,
    );
  });
});

describe('newsletter (English, two-column sections)', () => {
  const result = parseTextDump(fixture('newsletter-en.txt'), 'newsletter.txt');
  it('assigns each block of a two-column section by its own words', () => {
    assert.deepEqual(
      result.items.map((i) => [i.typeHint, i.title]),
      [
        ['news', 'Cities sign charter on inclusive reception'],
        ['event', 'Regional workshop on labour pathways'],
        ['vacancy', 'Programme Officer, Labour Mobility (Nairobi)'],
      ],
    );
    assert.deepEqual(result.warnings, []);
    assert.equal(result.items[0]!.sourceOrganization, 'RFN');
    assert.equal(result.items[2]!.published, '2023-11-01T00:00:00+00:00');
    assert.doesNotMatch(result.items.map((i) => i.text).join('\n'), /Register now|Apply|Unsubscribe|©/);
  });
  it('keeps a subtitle in the body and warns about headings without text', () => {
    const warnings: string[] = [];
    const lines = toLines(
      'Newsletter May 2020\n\nReport: Care Work\nA subtitle line\nThe report maps care work.\n\nLonely heading',
    );
    const drafts = parseNewsletter(lines, warnings);
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0]!.title, 'Report: Care Work');
    assert.equal(drafts[0]!.text, 'A subtitle line\n\nThe report maps care work.');
    assert.equal(warnings.length, 1);
  });
});
