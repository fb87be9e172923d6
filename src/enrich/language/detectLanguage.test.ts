import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './detectLanguage.js';

const lang = (text: string, declared?: string) => detectLanguage(text, declared).language;

describe('detectLanguage', () => {
  it('recognises English, French and Spanish prose', () => {
    assert.equal(
      lang('The workshop brought together border officials from twelve countries to share their practice.'),
      'en',
    );
    assert.equal(
      lang('L’atelier a réuni des agents des frontières de douze pays pour partager leurs pratiques.'),
      'fr',
    );
    assert.equal(
      lang('El taller reunió a funcionarios de fronteras de doce países para compartir sus prácticas.'),
      'es',
    );
  });

  it('recognises other languages franc-min knows, as ISO 639-1', () => {
    assert.equal(
      lang('Die Behörden haben gestern ein neues Abkommen über die Rückführung von Migranten unterzeichnet.'),
      'de',
    );
    assert.equal(
      lang('As autoridades assinaram ontem um novo acordo sobre o regresso de migrantes aos seus países.'),
      'pt',
    );
    assert.equal(
      lang('Le autorità hanno firmato ieri un nuovo accordo sul rimpatrio dei migranti nei loro paesi.'),
      'it',
    );
  });

  it('decides short texts by their function words, or restricted to the Hub languages', () => {
    assert.equal(lang('the migrants and the state'), 'en');
    assert.equal(lang('Les droits des migrants'), 'fr');
    assert.equal(lang('Migrantes venezolanos en Colombia'), 'es');
  });

  it('uses the declared language when the text is too short to tell', () => {
    assert.equal(lang('Rabat', 'fr'), 'fr');
    assert.equal(lang('OK', 'ES'), 'es');
  });

  it('answers "und" for a short text with nothing to go on', () => {
    assert.equal(lang('Rabat'), 'und');
    assert.equal(lang(''), 'und');
  });

  it('explains its answer', () => {
    const guess = detectLanguage('La réunion a rassemblé des experts venus de vingt pays africains et européens.');
    assert.equal(guess.language, 'fr');
    assert.match(guess.evidence, /fr \d+/);
    assert.match(detectLanguage('Rabat', 'fr').evidence, /declared/);
  });

  it('is not misled by an English title in a name-heavy line', () => {
    assert.equal(lang('Local Integration Centre for Migrants (CILM) in Barranquilla'), 'en');
  });

  it('looks only at the beginning of long texts', () => {
    const text = `${'The project supports the return of migrants. '.repeat(60)}${'Le projet soutient le retour. '.repeat(200)}`;
    assert.equal(lang(text), 'en');
  });
});
