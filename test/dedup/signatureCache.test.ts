import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemSignature, type SignedFields } from '../../src/enrich/dedup/signature.js';
import { rememberSignature, signatureOf } from '../../src/enrich/dedup/signatureCache.js';
import { ftsColumns, ftsColumnsOf, rememberFtsColumns } from '../../src/store/sqlite/ftsColumns.js';

const item: SignedFields = {
  id: 'cache-test-1',
  title: 'Ministers agree on a regional plan for labour migration in West Africa',
  summary: '',
  text: 'The ministers of six countries met in Dakar and agreed on a plan for fair recruitment and safe travel.',
  html: null,
  url: 'https://example.org/news/plan',
  published: '2026-05-04T10:00:00+00:00',
  language: 'en',
  countries: ['SEN', 'MLI'],
  organizations: [],
  sourceOrganization: null,
  contentHash: 'hash-1',
};

test('a remembered signature is used for its own item object only', () => {
  const computed = itemSignature(item);
  rememberSignature(item, computed);
  assert.equal(signatureOf(item), computed);
  const corrected = { ...item, countries: ['SEN'] };
  assert.notEqual(signatureOf(corrected), computed);
  assert.deepEqual(signatureOf(corrected), itemSignature(corrected));
});

test('a remembered signature that no longer fits the item is recomputed', () => {
  const other = { ...item };
  rememberSignature(other, { ...itemSignature(item), contentHash: 'stale' });
  assert.equal(signatureOf(other).contentHash, 'hash-1');
});

test('remembered full-text columns are used for their item object, others are computed', () => {
  const fts = { title: item.title, summary: item.summary, text: item.text, language: 'fr' };
  assert.deepEqual(ftsColumnsOf(fts), ftsColumns(fts));
  rememberFtsColumns(fts, ['a', 'b', 'c', 'd']);
  assert.deepEqual(ftsColumnsOf(fts), ['a', 'b', 'c', 'd']);
  assert.deepEqual(ftsColumnsOf({ ...fts }), ftsColumns(fts));
});
