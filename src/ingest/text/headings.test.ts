import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveTitle, isHeadingLike, quotedDocumentTitle } from './headings.js';

describe('isHeadingLike', () => {
  it('accepts short lines without sentence punctuation', () => {
    assert.ok(isHeadingLike('Study: A Survey on Labour Mobility in East Africa'));
    assert.ok(isHeadingLike('What are the next steps?'));
    assert.ok(isHeadingLike('Dr. Amina Yusuf opens the regional office'));
  });
  it('rejects sentences and long lines', () => {
    assert.ok(!isHeadingLike('The network is pleased to be invited; thank you.'));
    assert.ok(!isHeadingLike('Download the report. Parts of it are also in French'));
    assert.ok(!isHeadingLike(`${'word '.repeat(30)}end`));
    assert.ok(!isHeadingLike(''));
  });
});

describe('deriveTitle', () => {
  it('prefers a multi-word name given in parentheses in the subject', () => {
    assert.equal(
      deriveTitle(
        'The programme ‘Support to Labour Mobility in the Sahel (LM Sahel) aims to widen legal routes. More.',
      ),
      'LM Sahel',
    );
  });
  it('else takes the subject before the main verb', () => {
    assert.equal(
      deriveTitle('The Regional Integration Fund opens a new round of grants.'),
      'The Regional Integration Fund',
    );
    assert.equal(
      deriveTitle('Le Fonds régional pour l’intégration ouvre un appel.'),
      'Le Fonds régional pour l’intégration',
    );
  });
  it('else the first words of the first sentence', () => {
    assert.equal(
      deriveTitle('Thousands gathered yesterday across twenty cities to celebrate diversity and welcome newcomers.'),
      'Thousands gathered yesterday across twenty cities to celebrate diversity…',
    );
    assert.equal(deriveTitle('Short note'), 'Short note');
  });
});

describe('quotedDocumentTitle', () => {
  it('finds a document named in quotes after a document word', () => {
    assert.equal(
      quotedDocumentTitle(
        'The partners drafted a guidance document on “Local Action for Newcomers: A Toolkit”. It helps.',
      ),
      'Local Action for Newcomers: A Toolkit',
    );
    assert.equal(
      quotedDocumentTitle('Le rapport « Routes du travail saisonnier » est paru.'),
      'Routes du travail saisonnier',
    );
    assert.equal(
      quotedDocumentTitle('El informe "Movilidad en la región andina" analiza.'),
      'Movilidad en la región andina',
    );
  });
  it('ignores quotes that do not follow a document word', () => {
    assert.equal(quotedDocumentTitle('The minister said “we will act” at the meeting.'), undefined);
    assert.equal(quotedDocumentTitle('A report was published. Then “someone” said it.'), undefined);
  });
});
