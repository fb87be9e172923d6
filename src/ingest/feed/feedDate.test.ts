import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateToIso, feedDateToIso } from './feedDate.js';

describe('feedDateToIso', () => {
  const cases: [string, string | null][] = [
    ['Tue, 16 Jul 2019 15:32:30 +0200', '2019-07-16T15:32:30+02:00'],
    ['16 Jul 2019 15:32 -0530', '2019-07-16T15:32:00-05:30'],
    ['Mon, 04 Nov 2019 08:15:00 GMT', '2019-11-04T08:15:00Z'],
    ['Mon, 4 Nov 19 08:15:00 EST', '2019-11-04T08:15:00-05:00'],
    ['Wed, 12 February 2020 14:00:00 +0100', '2020-02-12T14:00:00+01:00'],
    ['2019-09-02T09:00:00-05:00', '2019-09-02T09:00:00-05:00'],
    ['2021-05-10T09:00:00.250Z', '2021-05-10T09:00:00Z'],
    ['2021-05-10 09:00:00+0200', '2021-05-10T09:00:00+02:00'],
    ['2020-03-05', '2020-03-05T00:00:00Z'],
    ['2019-02-30T10:00:00Z', null],
    ['not a date', null],
    ['', null],
  ];
  for (const [raw, expected] of cases) {
    it(`reads "${raw}"`, () => assert.equal(feedDateToIso(raw), expected));
  }

  it('falls back to the runtime parser in UTC for odd formats', () => {
    assert.equal(feedDateToIso('July 16, 2019 13:32:30 UTC'), '2019-07-16T13:32:30Z');
  });
});

describe('dateToIso', () => {
  it('formats a Date in UTC and rejects invalid dates', () => {
    assert.equal(dateToIso(new Date(Date.UTC(2020, 0, 2, 3, 4, 5))), '2020-01-02T03:04:05Z');
    assert.equal(dateToIso(new Date(Number.NaN)), null);
  });
});
