import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCalendarDate, findMonthYear, isoToIso, monthNumber, rfc822ToIso, standaloneDate } from './dates.js';

describe('rfc822ToIso', () => {
  it('keeps the original numeric offset', () => {
    assert.equal(rfc822ToIso('Tue, 16 Jul 2019 15:32:30 +0200'), '2019-07-16T15:32:30+02:00');
    assert.equal(rfc822ToIso('Thu, 15 Feb 2024 17:45:00 -0500'), '2024-02-15T17:45:00-05:00');
  });
  it('maps zone names, optional weekday and seconds, two-digit years', () => {
    assert.equal(rfc822ToIso('04 Mar 2024 09:00:00 GMT'), '2024-03-04T09:00:00+00:00');
    assert.equal(rfc822ToIso('Tue, 30 Jan 2024 08:05 EST'), '2024-01-30T08:05:00-05:00');
    assert.equal(rfc822ToIso('Sat, 1 Jun 19 10:00:00 PDT'), '2019-06-01T10:00:00-07:00');
    assert.equal(rfc822ToIso('1 Jun 2019 10:00:00'), '2019-06-01T10:00:00+00:00');
  });
  it('rejects impossible dates and other text', () => {
    assert.equal(rfc822ToIso('Mon, 31 Feb 2024 10:00:00 +0000'), undefined);
    assert.equal(rfc822ToIso('Mon, 12 Foo 2024 10:00:00 +0000'), undefined);
    assert.equal(rfc822ToIso('Mon, 12 Jan 2024 25:00:00 +0000'), undefined);
    assert.equal(rfc822ToIso('The meeting on 12 Jan 2024'), undefined);
  });
});

describe('isoToIso and standaloneDate', () => {
  it('normalises ISO 8601 date-times with a zone', () => {
    assert.equal(isoToIso('2024-03-04T09:00Z'), '2024-03-04T09:00:00+00:00');
    assert.equal(isoToIso('2024-03-04T09:00:12.5+0530'), '2024-03-04T09:00:12+05:30');
    assert.equal(isoToIso('2024-03-04'), undefined);
  });
  it('accepts only lines that are a date and nothing else', () => {
    assert.equal(standaloneDate('Wed, 19 Jun 2019 16:32:19 +0200'), '2019-06-19T16:32:19+02:00');
    assert.equal(standaloneDate('2019-06-19T16:32:19+02:00'), '2019-06-19T16:32:19+02:00');
    assert.equal(standaloneDate('Published Wed, 19 Jun 2019 16:32:19 +0200'), undefined);
    assert.equal(standaloneDate('Short'), undefined);
  });
});

describe('month helpers', () => {
  it('knows month names in English, French and Spanish', () => {
    assert.equal(monthNumber('July'), 7);
    assert.equal(monthNumber('juillet'), 7);
    assert.equal(monthNumber('Julio'), 7);
    assert.equal(monthNumber('févr.'), 2);
    assert.equal(monthNumber('Smarch'), undefined);
  });
  it('finds an issue month as its first day in UTC', () => {
    assert.equal(findMonthYear('July 2015 Monthly Update'), '2015-07-01T00:00:00+00:00');
    assert.equal(findMonthYear('Boletín mensual – marzo de 2021'), '2021-03-01T00:00:00+00:00');
    assert.equal(findMonthYear('Lettre de décembre 2020'), '2020-12-01T00:00:00+00:00');
    assert.equal(findMonthYear('Summary of 2015'), undefined);
  });
  it('finds calendar dates written in prose', () => {
    assert.equal(findCalendarDate('14 mars 2022'), '2022-03-14T00:00:00+00:00');
    assert.equal(findCalendarDate('on March 14, 2022'), '2022-03-14T00:00:00+00:00');
    assert.equal(findCalendarDate('el 3 de junio de 2022'), '2022-06-03T00:00:00+00:00');
    assert.equal(findCalendarDate('2022-03-14'), '2022-03-14T00:00:00+00:00');
    assert.equal(findCalendarDate('31 June 2022'), undefined);
    assert.equal(findCalendarDate('sometime soon'), undefined);
  });
});
