import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  endsWithReadMore,
  isFooterLine,
  isLanguageSwitcherLine,
  isLinkCaptionLine,
  isMenuLine,
  isNewsletterChrome,
  stripLinkMarkers,
  stripReadMore,
} from './chrome.js';

describe('chrome lines', () => {
  it('recognises menus and language switchers', () => {
    for (const line of ['-', 'About', '- Programs', '- Contact Us', 'Accueil', '•']) assert.ok(isMenuLine(line), line);
    for (const line of ['Latest on Partnerships and cities', 'The page explains what we do.']) {
      assert.ok(!isMenuLine(line), line);
    }
    for (const line of ['fr', 'es', 'EN | FR | ES']) assert.ok(isLanguageSwitcherLine(line), line);
    assert.ok(!isLanguageSwitcherLine('Europe'));
  });
  it('recognises newsletter chrome and footers in three languages', () => {
    for (const line of [
      'If the infomail is not displayed properly, click here',
      'View this email in your browser',
      'In this issue In the spotlight: a new policy',
      'Si este correo no se visualiza correctamente, haga clic aquí',
      'Se désabonner',
      '© 2023 Example Network',
    ]) {
      assert.ok(isNewsletterChrome(line), line);
    }
    assert.ok(!isNewsletterChrome('Cities sign charter on inclusive reception'));
    assert.ok(isFooterLine('Share this page'));
    assert.ok(isFooterLine('Suivez-nous sur les réseaux'));
    assert.ok(!isFooterLine('Shared lessons from ten cities'));
  });
  it('recognises link captions', () => {
    assert.ok(isLinkCaptionLine('Find out more about the Project | Visit our office'));
    assert.ok(isLinkCaptionLine('Download the study in English or French. Parts are also in Portuguese'));
    assert.ok(isLinkCaptionLine('Descargar el informe'));
    assert.ok(!isLinkCaptionLine('Trafficking: what governments should do next'));
    assert.ok(!isLinkCaptionLine('Read the guidelines before you apply, they changed last year.'));
  });
  it('strips "Read more" links and stray link markers', () => {
    assert.ok(endsWithReadMore('…their first year.Read more<'));
    assert.ok(endsWithReadMore('…la première année. Lire la suite'));
    assert.ok(!endsWithReadMore('We read more books than ever.'));
    assert.equal(stripReadMore('Text ends here.’Read more<'), 'Text ends here.’');
    assert.equal(stripReadMore('Plain text.'), 'Plain text.');
    assert.equal(
      stripLinkMarkers('the ‘Cooperation<’ project on mobility< and'),
      'the ‘Cooperation’ project on mobility and',
    );
    assert.equal(stripLinkMarkers('when a < b and x<=3'), 'when a < b and x<=3');
  });
});
