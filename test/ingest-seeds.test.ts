/**
 * Runs the plain-text dump parser on the five seed documents of the project (kept beside the repository in
 * ../shared/seeds, not copied into it) and checks what each must yield.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ParsedItem } from '../src/domain/item.js';
import { parseTextDump, type TextParseResult } from '../src/ingest/text/index.js';

const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const present = existsSync(seedsDir);
const skip = present ? false : `seed documents not found at ../shared/seeds (relative to the repository root)`;

// Say so in the test counts too: a skipped suite alone counts as no test at all.
if (!present) it('seed documents are available', { skip }, () => {});

function parseSeed(prefix: string): TextParseResult {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  assert.ok(name, `no seed named ${prefix}*`);
  const result = parseTextDump(readFileSync(join(seedsDir, name), 'utf8'), name);
  assert.deepEqual(
    result.items.map((i) => i.provenance),
    result.items.map((_, position) => ({ source: name, format: result.format, position })),
  );
  for (const item of result.items) assertCleanBody(item);
  return result;
}

function assertCleanBody(item: ParsedItem): void {
  assert.ok(item.title.trim() === item.title && item.title.length > 0, `title of ${item.title}`);
  assert.ok(item.text.length > 0, `body of ${item.title}`);
  assert.equal(item.text, item.text.trim());
  assert.doesNotMatch(item.text, /\n{3,}/, `one blank line between paragraphs in ${item.title}`);
  assert.doesNotMatch(item.text, /[ \t]\n|\n[ \t]/, `paragraphs trimmed in ${item.title}`);
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe('seed 000: practice listing of an objective page', { skip }, () => {
  const { format, items } = present ? parseSeed('000_') : { format: '', items: [] };
  it('yields 9 practices with titles as written', () => {
    assert.equal(format, 'text-listing');
    assert.equal(items.length, 9);
    assert.equal(items[0]!.title, 'The New EU Pact on Migration and Asylum');
    assert.equal(items[8]!.title, "Project for Entrepreneurial Mobility between Ivory Coast and Belgium (PEM N'Zassa)");
    for (const item of items) assert.equal(item.typeHint, 'practice');
  });
  it('records the submitter and the objective of the page', () => {
    for (const item of items) {
      assert.equal(item.submittedBy, 'Costanza Bindi');
      assert.equal(item.context?.length, 1);
      assert.equal(item.context[0]!.kind, 'objective');
      assert.equal(item.context[0]!.objective, 23);
      assert.equal(
        item.context[0]!.evidence,
        'listed on the page of Objective 23: Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
      );
    }
  });
  it('keeps bylines and the subscribe line out of bodies', () => {
    for (const item of items) assert.doesNotMatch(item.text, /Submitted by|Subscribe to/);
    assert.ok(items[0]!.text.startsWith('The New Pact on Migration and Asylum is a set of regulations'));
    assert.ok(items[8]!.text.endsWith('represents an opportunity to create value.'));
  });
});

describe('seed 001: RSS feed flattened to text', { skip }, () => {
  const { format, items } = present ? parseSeed('001_') : { format: '', items: [] };
  it('yields 10 news items, each with its link and its own date', () => {
    assert.equal(format, 'text-feed');
    assert.equal(items.length, 10);
    for (const item of items) {
      assert.equal(item.typeHint, 'news');
      assert.match(item.url ?? '', /^https:\/\/www\.icmpd\.org\/\/news-centre\/news-detail\/[a-z0-9-]+\/$/);
      assert.match(item.published ?? '', ISO_WITH_OFFSET);
    }
    assert.equal(new Set(items.map((i) => i.url)).size, 10);
    assert.equal(new Set(items.map((i) => i.published)).size, 10, 'each item has its own date');
  });
  it('reads the first and the last item right', () => {
    const first = items[0]!;
    const last = items[9]!;
    assert.equal(
      first.title,
      'Project News: MMD Support Project – Rabat Process organised Thematic Meeting on Border Management',
    );
    assert.equal(first.published, '2019-07-16T15:32:30+02:00');
    assert.equal(last.title, 'Project News :ICMPD expert panel at the 2019 European Development Days');
    assert.equal(last.published, '2019-06-19T16:32:19+02:00');
    assert.equal(items[1]!.published, '2019-07-12T13:39:32+02:00');
  });
  it('uses the full text as body and the teaser, without dots, as summary', () => {
    for (const item of items) {
      assert.ok(item.summary, `summary of ${item.title}`);
      assert.doesNotMatch(item.summary, /(\.\.\.|…)$/);
      assert.ok(item.text.length > item.summary.length * 3, `full text of ${item.title}`);
      assert.doesNotMatch(item.text, /https:\/\/www\.icmpd\.org\/\/news-centre/);
      assert.doesNotMatch(item.text, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d/m, 'no date line in a body');
    }
    assert.ok(items[0]!.text.startsWith('The meeting, held under the co-chairmanship'));
    assert.ok(items[0]!.text.endsWith('please visit the Rabat Process website in EN and FR.'));
    assert.ok(
      items[1]!.text.startsWith('During the roundtable, participants'),
      'text that follows the teaser on its line',
    );
  });
  it('takes publisher and language from the channel', () => {
    for (const item of items) {
      assert.equal(item.sourceOrganization, 'www.icmpd.org');
      assert.equal(item.language, 'en');
    }
  });
});

describe('seed 002: knowledge-library page', { skip }, () => {
  const { format, items } = present ? parseSeed('002_') : { format: '', items: [] };
  it('yields one publication titled by the document it presents', () => {
    assert.equal(format, 'text-page');
    assert.equal(items.length, 1);
    assert.equal(items[0]!.typeHint, 'publication');
    assert.equal(
      items[0]!.title,
      'Local Inclusion of Migrants and Refugees: A Gateway to Existing Ideas, Resources and Capacities for Cities Across the World',
    );
  });
  it('keeps the menu out of the body', () => {
    const paragraphs = items[0]!.text.split('\n\n');
    for (const menu of [
      '-',
      'About',
      'Latest on Partnerships',
      '- Programs',
      '- Knowledge Library',
      '- Blog',
      '- Contact Us',
    ]) {
      assert.ok(!paragraphs.includes(menu), menu);
    }
    assert.ok(paragraphs[0]!.startsWith('After a first meeting at the margins'));
    assert.equal(paragraphs.length, 9);
  });
});

describe('seed 003: e-mail newsletter', { skip }, () => {
  const { format, items } = present ? parseSeed('003_') : { format: '', items: [] };
  const ofType = (type: string) => items.filter((i) => i.typeHint === type);
  it('splits the monthly update into 4 news, 1 publication and 1 call', () => {
    assert.equal(format, 'text-newsletter');
    assert.equal(items.length, 6);
    const news = ofType('news').map((i) => i.title);
    assert.equal(news.length, 4);
    for (const [i, pattern] of [/ENIGMMA/, /Council of Europe/, /Silk [Rr]outes/, /MICIC/].entries()) {
      assert.match(news[i]!, pattern);
    }
    assert.equal(ofType('publication').length, 1);
    assert.match(ofType('publication')[0]!.title, /A Survey on Migration Policies in West Africa/);
    assert.equal(ofType('call').length, 1);
    assert.match(ofType('call')[0]!.title, /FMM West Africa|Non-State Actors/);
    assert.match(ofType('call')[0]!.text, /call for proposals/);
  });
  it('dates every item by the issue and names the publisher', () => {
    for (const item of items) {
      assert.equal(item.published, '2015-07-01T00:00:00+00:00');
      assert.equal(item.sourceOrganization, 'ICMPD');
    }
  });
  it('keeps chrome, section headers and link captions out of bodies', () => {
    const all = items.map((i) => i.text).join('\n\n');
    assert.doesNotMatch(
      all,
      /infomail is not displayed|In this issue|Read more news from|Find out more about|\s\|\s|Current vacancies|Upcoming events/,
    );
  });
});

describe('seed 004: organisation policy page', { skip }, () => {
  const { format, items } = present ? parseSeed('004_') : { format: '', items: [] };
  it('yields 3 projects and 3 statements', () => {
    assert.equal(items.length, 6);
    assert.equal(format, 'text-listing');
    const projects = items.filter((i) => i.typeHint === 'project').map((i) => i.title);
    assert.equal(projects.length, 3);
    assert.equal(projects[0], 'Emergency Resettlement Project');
    assert.match(projects[1]!, /Linking in EU resettlement$/);
    assert.match(projects[2]!, /^DRIVE Referral: /);
    const statements = items.filter((i) => i.typeHint === 'statement').map((i) => i.title);
    assert.equal(statements.length, 3);
    assert.match(statements[0]!, /^International Migrants Day – Dignity across borders/);
    assert.match(statements[1]!, /^ILO Tripartite Technical Meeting on Labour Migration – /);
    assert.match(statements[2]!, /Informal Interactive Hearings – Rebooting global governance/);
  });
  it('keeps links, switchers and the intro out of bodies, and names the publisher', () => {
    for (const item of items) {
      assert.doesNotMatch(item.text, /Read more|<|^(fr|es)$/m);
      assert.doesNotMatch(item.text, /Migration policy and governance|On international, regional and national levels/);
      assert.equal(item.sourceOrganization, 'ICMC');
    }
    assert.match(items[1]!.text, /‘Practical Cooperation in EU Resettlement’ project/);
  });
});
