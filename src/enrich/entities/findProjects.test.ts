import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findProjects } from './findProjects.js';
import { assertFound, loadCases } from './fixtureCases.js';

describe('findProjects', () => {
  for (const c of loadCases('projects.json')) {
    it(`reads ${c.expect.map((e) => e.id).join(', ') || 'no project'} from "${c.text.slice(0, 70)}"`, () => {
      assertFound(findProjects(c.text), c);
    });
  }

  it('merges a later mention by acronym and keeps the longer name', () => {
    const text =
      'The new Safe Labour Mobility project (SALAM) was launched in Amman. The SALAM project is funded by the ' +
      'European Union. It runs from 1 January 2024 to 31 December 2026.';
    const projects = findProjects(text);
    assert.equal(projects.length, 1);
    const [salam] = projects;
    assert.equal(salam?.id, 'salam');
    assert.equal(salam?.name, 'Safe Labour Mobility');
    assert.deepEqual(salam?.funders, ['eu']);
    assert.equal(salam?.start, '2024-01-01');
    assert.equal(salam?.end, '2026-12-31');
    assert.deepEqual(salam?.countries, ['JOR']);
  });

  it('keeps the sentence it read as evidence', () => {
    const [p] = findProjects('Le projet PRIMA est financé par la France.');
    assert.equal(p?.evidence, 'Le projet PRIMA est financé par la France.');
  });

  it('leaves event spans out of the period: a two-day launch is not the project period', () => {
    const [p] = findProjects('Officials met from 24 – 26 June 2019 for the launch of the CLEAR project.');
    assert.equal(p?.id, 'clear');
    assert.equal(p?.start, undefined);
  });

  it('stays linear on a 200 KB text', () => {
    const paragraph =
      'The BORDERLINK project is funded by the European Union and implemented by ICMPD from 1 March 2020 for 36 ' +
      'months in Jordan and Lebanon. Aaaa Bbbb Cccc Dddd Eeee Ffff Gggg project “Hhhh Iiii” (HHII) ';
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    const found = findProjects(text);
    assert.ok(found.some((p) => p.id === 'borderlink'));
  });
});
