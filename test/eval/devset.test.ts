/** The labelled development set: every file valid, ids unique, and the coverage issue 4 asks for. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEV_TYPES, type LoadedDevItem, loadDevset, parseDevsetFile } from '../../eval/devset.js';

const line = (labels: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'en-900', language: 'en', title: 'T', text: 'Some text.', labels, ...extra });
const valid = { type: 'news', objectives: [10], countries: ['ZWE'], organizations: ['iom', 'new:NACOT'] };

describe('devset schema', () => {
  test('accepts a valid line and keeps its file and line number', () => {
    const [item] = parseDevsetFile('en-x.jsonl', `\n${line(valid)}\n`);
    assert.equal(item?.file, 'en-x.jsonl');
    assert.equal(item?.line, 2);
  });

  for (const [name, labels] of [
    ['an unknown country code', { ...valid, countries: ['XXX'] }],
    ['a lower-case country code', { ...valid, countries: ['zwe'] }],
    ['an unknown organisation id', { ...valid, organizations: ['not-an-org'] }],
    ['an objective out of range', { ...valid, objectives: [24] }],
    ['an unknown type', { ...valid, type: 'newsletter' }],
    ['an unknown principle', { ...valid, principles: ['kindness'] }],
    ['a repeated label', { ...valid, countries: ['ZWE', 'ZWE'] }],
  ] as const) {
    test(`rejects ${name}, naming the file and line`, () => {
      assert.throws(() => parseDevsetFile('en-x.jsonl', line(labels)), /en-x\.jsonl, line 1/);
    });
  }

  test('rejects a line that is not JSON', () => {
    assert.throws(() => parseDevsetFile('en-x.jsonl', '{"id":'), /line 1 is not valid JSON/);
  });
});

describe('the development set', () => {
  const items: LoadedDevItem[] = loadDevset();
  const byLanguage = (lang: string) => items.filter((i) => i.language === lang);

  test('is large enough', (t) => {
    const langs = [...new Set(items.map((i) => i.language))].sort();
    t.diagnostic(`${items.length} items: ${langs.map((l) => `${l} ${byLanguage(l).length}`).join(', ')}`);
    assert.ok(byLanguage('en').length >= 170, 'at least 170 English items');
    // Issue 4 asks for 300 items in en, fr and es; the bar applies once French and Spanish files are in.
    if (byLanguage('fr').length > 0 && byLanguage('es').length > 0) assert.ok(items.length >= 300);
  });

  test('ids are unique and start with the item language', () => {
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
    for (const item of items) assert.ok(item.id.startsWith(`${item.language}-`), `${item.id} in ${item.file}`);
  });

  test('each file holds one language, named in the file name', () => {
    for (const item of items) assert.ok(item.file.startsWith(`${item.language}-`), `${item.id} in ${item.file}`);
  });

  test('every objective is labelled at least 6 times', (t) => {
    const counts = new Map<number, number>();
    for (const item of items) for (const o of item.labels.objectives) counts.set(o, (counts.get(o) ?? 0) + 1);
    t.diagnostic(
      `objectives: ${[...counts]
        .sort((a, b) => a[0] - b[0])
        .map(([o, n]) => `${o}:${n}`)
        .join(' ')}`,
    );
    for (let o = 1; o <= 23; o++) assert.ok((counts.get(o) ?? 0) >= 6, `objective ${o}: ${counts.get(o) ?? 0}`);
  });

  test('every type has at least 8 items', (t) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.labels.type, (counts.get(item.labels.type) ?? 0) + 1);
    t.diagnostic(`types: ${[...counts].map(([k, n]) => `${k}:${n}`).join(' ')}`);
    for (const type of DEV_TYPES) assert.ok((counts.get(type) ?? 0) >= 8, `${type}: ${counts.get(type) ?? 0}`);
  });

  test('at least 40 distinct countries and some off-topic items', () => {
    assert.ok(new Set(items.flatMap((i) => i.labels.countries)).size >= 40);
    assert.ok(byLanguage('en').filter((i) => i.labels.objectives.length === 0).length >= 10);
  });
});
