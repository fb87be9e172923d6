import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeFromCategories } from './categoryType.js';
import { languageCode, plainTitle, titleFromText } from './feedFields.js';
import { xmlProblems } from './xmlProblems.js';

describe('typeFromCategories', () => {
  it('maps telling labels in English, French and Spanish', () => {
    assert.equal(typeFromCategories(['Call for proposals']), 'call');
    assert.equal(typeFromCategories(['Appel à propositions']), 'call');
    assert.equal(typeFromCategories(['Événements']), 'event');
    assert.equal(typeFromCategories(['Buenas prácticas']), 'practice');
    assert.equal(typeFromCategories(['Vacancies']), 'vacancy');
    assert.equal(typeFromCategories(['Déclaration']), 'statement');
    assert.equal(typeFromCategories(['Proyectos']), 'project');
  });

  it('uses the first telling label and ignores topics', () => {
    assert.equal(typeFromCategories(['Labour migration', 'Publication', 'Event']), 'publication');
    assert.equal(typeFromCategories(['Labour migration', 'Asia']), undefined);
    assert.equal(typeFromCategories([]), undefined);
  });
});

describe('languageCode', () => {
  it('reduces language tags and names to ISO 639-1', () => {
    assert.equal(languageCode('en-us'), 'en');
    assert.equal(languageCode('fr_FR'), 'fr');
    assert.equal(languageCode(' ES '), 'es');
    assert.equal(languageCode('Français'), 'fr');
    assert.equal(languageCode('klingon'), undefined);
    assert.equal(languageCode(null), undefined);
  });
});

describe('plainTitle and titleFromText', () => {
  it('strips markup and doubly encoded entities from titles', () => {
    assert.equal(plainTitle('Report &amp; <em>data</em>\n 2021'), 'Report & data 2021');
    assert.equal(plainTitle('3 < 5'), '3 < 5');
  });

  it('makes a short title from the first line of the text', () => {
    assert.equal(titleFromText('Short line\n\nMore'), 'Short line');
    const long = titleFromText(`${'word '.repeat(40)}end`, 30);
    assert.ok(long.length <= 31 && long.endsWith('…'), long);
  });
});

describe('xmlProblems', () => {
  it('names unclosed and stray tags and bare ampersands', () => {
    assert.deepEqual(xmlProblems('<a><b>text</a>'), ['the <b> element is never closed']);
    assert.deepEqual(xmlProblems('<a>x</c></a>'), ['it has a closing tag without a matching opening tag']);
    assert.deepEqual(xmlProblems('<a>Fish & chips</a>'), ['it contains a bare "&" that should be written "&amp;"']);
  });

  it('accepts well-formed XML with self-closing tags, entities and CDATA', () => {
    assert.deepEqual(xmlProblems('<a><b/><c x="1" /><d>&amp; &#233; <![CDATA[& <raw>]]></d></a>'), []);
  });
});
