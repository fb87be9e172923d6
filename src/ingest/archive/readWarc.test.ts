import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { sampleWarcRecords } from '../../../test/fixtures/archive/makeFixtures.js';
import { conversionRecord, warcRecord } from '../../../test/fixtures/archive/warcBuilder.js';
import { readWarc } from './readWarc.js';
import type { WarcRecord } from './warcRecord.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/archive');

/** Reads every record of a byte source, collecting warnings; `chunk` splits the input into pieces of that size. */
async function readAll(
  bytes: Buffer | string,
  options: { chunk?: number; maxBodyBytes?: number; readBody?: (type: string) => boolean } = {},
): Promise<{ records: WarcRecord[]; warnings: string[] }> {
  const warnings: string[] = [];
  const input = typeof bytes === 'string' ? createReadStream(bytes) : Readable.from(split(bytes, options.chunk));
  const records: WarcRecord[] = [];
  const { chunk: _chunk, ...rest } = options;
  for await (const record of readWarc(input, { source: 'test.warc', onWarning: (w) => warnings.push(w), ...rest })) {
    records.push(record);
  }
  return { records, warnings };
}

function split(bytes: Buffer, size = 65536): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

const text = (record: WarcRecord | undefined) => record?.body?.toString('utf8') ?? '';
const pages = ['first page about migrants', 'second page, a bit longer, about asylum', 'third page'].map((body, i) =>
  conversionRecord(`https://example.org/${i + 1}`, body),
);

describe('readWarc', () => {
  it('reads every record of the sample archive, with types, URIs and exact bodies', async () => {
    const { records, warnings } = await readAll(path.join(FIXTURES, 'sample.warc'));
    assert.deepEqual(warnings, []);
    assert.equal(records.length, 16);
    assert.deepEqual(
      records.slice(0, 4).map((r) => [r.index, r.type]),
      [
        [1, 'warcinfo'],
        [2, 'request'],
        [3, 'response'],
        [4, 'request'],
      ],
    );
    const page = records[2];
    assert.equal(page?.targetUri, 'https://news.example.org/2024/02/coastal-towns-welcome-migrant-workers');
    assert.equal(page?.date, '2024-03-01T12:00:00Z');
    assert.equal(page?.body?.length, page?.contentLength);
    assert.match(text(page), /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(text(page), /<\/html>$/);
  });

  it('reads WARC/1.1 WET records with their language header', async () => {
    const { records } = await readAll(path.join(FIXTURES, 'sample.wet'));
    const wet = records.filter((r) => r.type === 'conversion');
    assert.equal(wet.length, 5);
    assert.equal(wet[0]?.version, '1.1');
    assert.equal(wet[1]?.headers['warc-identified-content-language'], 'fra,eng');
    assert.match(text(wet[1]), /^Protection des migrants en mer\n/);
  });

  it('gives the same records whatever the chunk size, down to one byte', async () => {
    const bytes = Buffer.concat(sampleWarcRecords());
    const whole = await readAll(bytes);
    for (const chunk of [1, 7, 4096]) {
      const pieces = await readAll(bytes, { chunk });
      assert.deepEqual(
        pieces.records.map((r) => [r.type, r.targetUri, text(r)]),
        whole.records.map((r) => [r.type, r.targetUri, text(r)]),
        `chunk size ${chunk}`,
      );
    }
  });

  it('reads a gzip file made of one member per record, as Common Crawl publishes them', async () => {
    const records = sampleWarcRecords();
    const gz = Buffer.concat(records.map((r) => gzipSync(r)));
    const { records: read, warnings } = await readAll(gz, { chunk: 1000 });
    assert.deepEqual(warnings, []);
    assert.equal(read.length, records.length); // every member was read, not only the first
    assert.deepEqual(
      read.map((r) => text(r)),
      (await readAll(Buffer.concat(records))).records.map((r) => text(r)),
    );
  });

  it('reads a record split across gzip members', async () => {
    const bytes = Buffer.concat(pages);
    const cut = [0, 100, 101, 250, bytes.length - 3, bytes.length];
    const members = cut.slice(1).map((end, i) => gzipSync(bytes.subarray(cut[i], end)));
    const { records, warnings } = await readAll(Buffer.concat(members));
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      records.map((r) => text(r)),
      ['first page about migrants', 'second page, a bit longer, about asylum', 'third page'],
    );
  });

  it('warns about a truncated file and keeps the complete records before the cut', async () => {
    const bytes = Buffer.concat(pages);
    const truncated = bytes.subarray(0, bytes.length - 8);
    const plain = await readAll(truncated);
    assert.deepEqual(
      plain.records.map((r) => r.targetUri),
      ['https://example.org/1', 'https://example.org/2'],
    );
    assert.match(plain.warnings.join('\n'), /record 3 \(https:\/\/example\.org\/3\) is cut short.*truncated/);

    const gz = gzipSync(bytes);
    const cutGz = await readAll(gz.subarray(0, gz.length - 20));
    assert.ok(cutGz.records.length >= 2, 'records before the damage are read');
    assert.match(cutGz.warnings.join('\n'), /truncated/);
  });

  it('warns about a header cut short', async () => {
    const { records, warnings } = await readAll(
      Buffer.concat([pages[0] as Buffer, Buffer.from('WARC/1.0\r\nWARC-Ty')]),
    );
    assert.equal(records.length, 1);
    assert.match(warnings.join('\n'), /ends in the middle of a record header/);
  });

  it('recovers from a Content-Length that is too long: the record is cut at the next record', async () => {
    const bad = Buffer.from(
      (pages[0] as Buffer).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 60'),
      'latin1',
    );
    const { records, warnings } = await readAll(Buffer.concat([bad, pages[1] as Buffer, pages[2] as Buffer]));
    assert.deepEqual(
      records.map((r) => text(r)),
      ['first page about migrants', 'second page, a bit longer, about asylum', 'third page'],
    );
    assert.match(warnings.join('\n'), /declares 60 bytes but the next record starts after 25/);
  });

  it('recovers from a Content-Length that is too short: that record is left out, the next ones are read', async () => {
    const bad = Buffer.from(
      (pages[1] as Buffer).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 10'),
      'latin1',
    );
    const { records, warnings } = await readAll(Buffer.concat([pages[0] as Buffer, bad, pages[2] as Buffer]));
    assert.deepEqual(
      records.map((r) => text(r)),
      ['first page about migrants', 'third page'],
    );
    assert.match(warnings.join('\n'), /record 2 .*declares 10 bytes.*left out/);
  });

  it('leaves out a record without a valid Content-Length and reads on', async () => {
    const bad = Buffer.from(
      (pages[0] as Buffer).toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: lots'),
      'latin1',
    );
    const { records, warnings } = await readAll(Buffer.concat([bad, pages[1] as Buffer]));
    assert.deepEqual(
      records.map((r) => r.targetUri),
      ['https://example.org/2'],
    );
    assert.match(warnings.join('\n'), /invalid Content-Length \("lots"\)/);
  });

  it('skips junk between records and accepts LF-only separators', async () => {
    const lfOnly = Buffer.from('WARC/1.0\nWARC-Type: conversion\nContent-Length: 5\n\nhello\n\n', 'latin1');
    const { records, warnings } = await readAll(
      Buffer.concat([pages[0] as Buffer, Buffer.from('garbage that is no record\r\n'), lfOnly, pages[2] as Buffer]),
    );
    assert.deepEqual(
      records.map((r) => text(r)),
      ['first page about migrants', 'hello', 'third page'],
    );
    assert.match(warnings.join('\n'), /skipped 27 bytes that are not part of any WARC record/);
  });

  it('skips a block larger than the cap with a warning, without reading it into memory', async () => {
    const big = warcRecord({ type: 'response', uri: 'https://example.org/big', body: Buffer.alloc(50_000, 0x61) });
    const { records, warnings } = await readAll(Buffer.concat([pages[0] as Buffer, big, pages[1] as Buffer]), {
      maxBodyBytes: 10_000,
      chunk: 4096,
    });
    assert.deepEqual(
      records.map((r) => [r.targetUri, r.body === null ? null : r.body.length, r.skipped]),
      [
        ['https://example.org/1', 25, undefined],
        ['https://example.org/big', null, 'too-large'],
        ['https://example.org/2', 39, undefined],
      ],
    );
    assert.match(warnings.join('\n'), /record 2 \(https:\/\/example\.org\/big\) is 0 MiB|more than the/);
  });

  it('does not read the blocks of record types nobody asked for', async () => {
    const { records } = await readAll(path.join(FIXTURES, 'sample.warc'), { readBody: (t) => t === 'response' });
    const request = records.find((r) => r.type === 'request');
    assert.equal(request?.body, null);
    assert.equal(request?.skipped, 'type');
    assert.ok(records.filter((r) => r.type === 'response').every((r) => r.body !== null));
  });

  it('reads nothing from an empty stream', async () => {
    assert.deepEqual((await readAll(Buffer.alloc(0))).records, []);
  });
});
