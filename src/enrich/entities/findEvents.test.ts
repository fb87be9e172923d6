import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEvents } from './findEvents.js';
import { assertFound, loadCases } from './fixtureCases.js';

describe('findEvents', () => {
  for (const c of loadCases('events.json')) {
    it(`reads ${c.expect.map((e) => e.id ?? e.name).join(', ') || 'no event'} from "${c.text.slice(0, 70)}"`, () => {
      assertFound(findEvents(c.text, c.published), c);
    });
  }

  it('does not take a feed time stamp for the event date', () => {
    const [event] = findEvents('Tue, 16 Jul 2019 15:32:30 +0200 Project News: Annual Review Meeting held in Vienna');
    assert.equal(event?.name, 'Annual Review Meeting');
    assert.equal(event?.date, undefined);
  });

  it('leaves the date out when the year is unknown and no publication date is given', () => {
    const [event] = findEvents('From 26–27 June, the Mobility Partnership Conference met in Baku.');
    assert.equal(event?.date, undefined);
    assert.equal(event?.place, 'Baku');
  });

  it('attaches counts given a few sentences later to the event', () => {
    const text =
      'Project News: Coastal Mayors Summit 2024 took place in Split, Croatia. Mayors shared practices. As a ' +
      'result, it gathered participants from 16 nations.';
    const [event] = findEvents(text);
    assert.equal(event?.id, 'coastal-mayors-summit-2024');
    assert.equal(event?.place, 'Split, Croatia');
    assert.equal(event?.countriesRepresented, 16);
  });

  it('stays linear on a 200 KB text', () => {
    const paragraph = 'The Aaaa Bbbb Meeting gathered 80 participants from 12 countries in Vienna on 3 May 2024. ';
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    assert.equal(findEvents(text).length, 1);
  });
});
