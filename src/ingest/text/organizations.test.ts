import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostOf, mainAcronym } from './organizations.js';

describe('organizations', () => {
  it('reads the host of http(s) links only', () => {
    assert.equal(hostOf('https://www.example.org/news/'), 'www.example.org');
    assert.equal(hostOf('mailto:someone@example.org'), undefined);
    assert.equal(hostOf('not a url'), undefined);
  });
  it('picks the acronym used bare most often, not those introduced in parentheses', () => {
    const intro =
      'With the International Labour Organization (ILO) and UNHCR, the RRA acts. RRA also works with the (IOM). RRA leads.';
    assert.equal(mainAcronym(intro), 'RRA');
    assert.equal(mainAcronym('No acronyms in this sentence.'), undefined);
    assert.equal(mainAcronym('COVID and NGOs and the WHO'), 'WHO');
  });
});
