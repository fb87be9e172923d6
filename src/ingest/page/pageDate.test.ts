import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { machineDate, textDate } from './pageDate.js';

describe('machineDate', () => {
  it('keeps the offset a page wrote and reads a bare day as midnight UTC', () => {
    assert.equal(machineDate('2024-03-14T09:30:00+01:00'), '2024-03-14T09:30:00+01:00');
    assert.equal(machineDate('2024-03-14T09:30:00.123-0500'), '2024-03-14T09:30:00-05:00');
    assert.equal(machineDate('2024-03-14'), '2024-03-14T00:00:00Z');
    assert.equal(machineDate('2022/6/30'), '2022-06-30T00:00:00Z');
    assert.equal(machineDate('2024-03-14 09:30:00'), '2024-03-14T09:30:00Z');
  });

  it('rejects what is not a date', () => {
    assert.equal(machineDate('soon'), undefined);
    assert.equal(machineDate('2024-02-30'), undefined);
    assert.equal(machineDate(''), undefined);
    assert.equal(machineDate(null), undefined);
  });
});

describe('textDate', () => {
  it('reads dates written in English, French and Spanish', () => {
    assert.equal(textDate('14 March 2024'), '2024-03-14T00:00:00+00:00');
    assert.equal(textDate('February 27, 2024'), '2024-02-27T00:00:00+00:00');
    assert.equal(textDate('Publié le 3 février 2024'), '2024-02-03T00:00:00+00:00');
    assert.equal(textDate('9 de enero de 2024'), '2024-01-09T00:00:00+00:00');
  });

  it("reads Drupal's month-first date, and numeric dates by the page's language", () => {
    assert.equal(textDate('Submitted by X on Tue, 05/09/2023 - 14:12', 'fr'), '2023-05-09T00:00:00+00:00');
    assert.equal(textDate('05/09/2023', 'fr'), '2023-09-05T00:00:00+00:00');
    assert.equal(textDate('05/09/2023', 'en'), '2023-05-09T00:00:00+00:00');
    assert.equal(textDate('25/09/2023', 'en'), '2023-09-25T00:00:00+00:00');
    assert.equal(textDate('13.04.2022', 'de'), '2022-04-13T00:00:00+00:00');
  });

  it('finds nothing in text without a date', () => {
    assert.equal(textDate('Read more'), undefined);
    assert.equal(textDate('99/99/2024'), undefined);
  });
});
