/** Checks obvious tags on the real seed documents, read raw; skipped when the seeds are not checked out. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { classifyType } from './classifyType.js';
import { scoreObjectives } from './scoreObjectives.js';

const seedsDir = join(import.meta.dirname, '../../../../shared/seeds');
const skip = existsSync(seedsDir) ? false : 'seed documents not found next to the repository (../shared/seeds)';

function seed(prefix: string): string {
  const name = ['000_224b193e85f7455c', '001_ec749969724e756e', '002_0f4ff659b6af1b3a', '003_66e753fb872a0194'].find(
    (n) => n.startsWith(prefix),
  );
  return readFileSync(join(seedsDir, `${name}.txt`), 'utf8');
}

/** The passage of a seed that starts at a marker: its first line as title, the following text as body. */
function passage(prefix: string, marker: string, length = 1500): { title: string; text: string } {
  const raw = seed(prefix);
  const at = raw.indexOf(marker);
  assert.ok(at >= 0, `marker not found: ${marker}`);
  const slice = raw.slice(at, at + length);
  const lineEnd = slice.indexOf('\n');
  return { title: slice.slice(0, lineEnd), text: slice.slice(lineEnd + 1) };
}

const objectivesOf = (p: { title: string; text: string }) =>
  scoreObjectives({ ...p, language: 'en' }).map((t) => t.objective);

describe('objectives on the seed documents', { skip }, () => {
  it('the national plan against trafficking in persons → objective 10', () => {
    const p = passage('000', 'The Zimbabwe Trafficking in Persons', 700);
    assert.equal(objectivesOf(p)[0], 10);
  });

  it('the thematic meeting on border management → objective 11', () => {
    const p = passage('001', 'Project News: MMD Support Project', 2500);
    assert.ok(objectivesOf(p).includes(11));
    assert.equal(classifyType({ ...p, url: 'https://www.icmpd.org/news-centre/news-detail/x/' }).type, 'news');
  });

  it('the voluntary return and reintegration programme → objective 21', () => {
    const p = passage('001', 'Project News: ICMPD supports Turkey with a new voluntary return', 2500);
    assert.equal(objectivesOf(p)[0], 21);
  });

  it('the diaspora development platform → objective 19', () => {
    const p = passage('001', 'The Africa-Europe Diaspora Development Platform', 600);
    assert.ok(objectivesOf({ title: '', text: `${p.title}\n${p.text}` }).includes(19));
  });

  it('the local inclusion guidance document → objective 16 and a publication', () => {
    const text = seed('002');
    assert.ok(objectivesOf({ title: '', text }).includes(16));
    assert.equal(
      classifyType({ title: 'Local Inclusion of Migrants and Refugees', text: text.slice(300) }).type,
      'publication',
    );
  });

  it('the anti-trafficking speech item in the newsletter → objective 10', () => {
    const p = passage('003', 'Trafficking: steps the Council of Europe', 700);
    assert.equal(objectivesOf(p)[0], 10);
  });
});
