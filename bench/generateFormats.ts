/** Synthetic documents in every format the hub reads, for parse-only benchmarks: Atom, text dumps, HTML, WARC, WET. */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { conversionRecord, responseRecord, warcinfoRecord } from '../test/fixtures/archive/warcBuilder.js';
import { paragraph, TOPICS } from './generateCorpus.js';

const date = (i: number) => new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 7);
const body = (i: number) => [paragraph(4 * i), paragraph(4 * i + 1), paragraph(4 * i + 2), paragraph(4 * i + 3)];
const UNRELATED =
  'The team trained on the pitch all morning and the coach kept the starting line-up secret. Fans queued for ' +
  'tickets in the rain, and the kiosk sold out of scarves before noon. The match starts at eight in the evening.';

/** Writes `total` Atom entries in files of `perFile`; returns the paths. */
export async function generateAtom(dir: string, total: number, perFile = 1000): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < total; start += perFile) {
    const entries: string[] = [];
    for (let i = start; i < Math.min(total, start + perFile); i++) {
      const html = body(i)
        .map((p) => `&lt;p&gt;${p}&lt;/p&gt;`)
        .join('');
      entries.push(
        `<entry><title>Entry ${i}: ${TOPICS[i % TOPICS.length]}</title><link href="https://bench.example.org/atom/${i}"/>` +
          `<id>urn:bench:atom:${i}</id><updated>${date(i).toISOString()}</updated><summary>Summary ${i}.</summary>` +
          `<content type="html">${html}</content></entry>`,
      );
    }
    const file = path.join(dir, `bench-${files.length}.atom`);
    await writeFile(
      file,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bench</title>` +
        `<id>urn:bench</id><updated>2024-01-01T00:00:00Z</updated>${entries.join('')}</feed>`,
    );
    files.push(file);
  }
  return files;
}

/** Writes `total` items as flattened-feed text dumps (channel line, then items each followed by a date line). */
export async function generateTextFeeds(dir: string, total: number, perFile = 200): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < total; start += perFile) {
    const lines = ['Bench Observatory https://bench.example.org/ Latest updates from the Observatory en-gb'];
    for (let i = start; i < Math.min(total, start + perFile); i++) {
      lines.push(
        `Item ${i}: ${TOPICS[i % TOPICS.length]} https://bench.example.org/text/${i}/ ${paragraph(i).slice(0, 80)}...`,
        '',
        body(i).join('\n\n'),
        '',
        date(i).toUTCString(),
      );
    }
    const file = path.join(dir, `bench-${files.length}.txt`);
    await writeFile(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

/** An article page: head with scripts and styles, navigation, the article, a footer. */
export function htmlPage(i: number, relevant = true): string {
  const paragraphs = relevant ? body(i) : [UNRELATED, UNRELATED, UNRELATED];
  const title = relevant ? `Item ${i}: ${TOPICS[i % TOPICS.length]}` : `Match day ${i}`;
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font-family:sans-serif}.nav a{margin:0 1em}</style><script>window.dataLayer=[];</script></head>` +
    `<body><nav class="nav"><a href="/">Home</a><a href="/news">News</a><a href="/about">About</a></nav>` +
    `<article><h1>${title}</h1><p>Published ${date(i).toUTCString().slice(5, 16)}</p>` +
    `${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>` +
    `<footer><p>© Bench Observatory</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>`
  );
}

/** The text of a page as Common Crawl's WET conversion gives it: title line, then one line per block. */
function wetText(i: number, relevant: boolean): string {
  return relevant ? [`Item ${i}: ${TOPICS[i % TOPICS.length]}`, ...body(i)].join('\n') : `Match day ${i}\n${UNRELATED}`;
}

export interface ArchiveSpec {
  /** Stop when the file reaches this many bytes (uncompressed record bytes). */
  bytes?: number;
  records?: number;
  kind: 'warc' | 'wet';
  /** One in `unrelatedEvery` records is not about migration (0: all are). */
  unrelatedEvery?: number;
  gzip?: boolean;
  /** Extra bytes of padding per HTML page (a hidden block), to reach realistic page sizes. */
  padding?: number;
}

/** Streams a WARC (HTML responses) or WET (conversions) archive to a file; returns the record count and size. */
export async function generateArchive(file: string, spec: ArchiveSpec): Promise<{ records: number; bytes: number }> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const padding = spec.padding ? `<div hidden>${'x'.repeat(spec.padding)}</div>` : '';
  let bytes = 0;
  let records = 0;
  const write = async (chunk: Buffer) => {
    const data = spec.gzip ? gzipSync(chunk, { level: 1 }) : chunk;
    bytes += data.length;
    if (!out.write(data)) await once(out, 'drain');
  };
  await write(warcinfoRecord('migration-hub bench'));
  for (let i = 0; ; i++) {
    if (spec.records !== undefined && records >= spec.records) break;
    if (spec.bytes !== undefined && bytes >= spec.bytes) break;
    const relevant = !spec.unrelatedEvery || i % spec.unrelatedEvery !== spec.unrelatedEvery - 1;
    const uri = `https://bench.example.org/${spec.kind}/${i}`;
    await write(
      spec.kind === 'warc'
        ? responseRecord(
            uri,
            htmlPage(i, relevant).replace('</footer>', `</footer>${padding}`),
            'text/html; charset=utf-8',
          )
        : conversionRecord(uri, wetText(i, relevant), 'eng'),
    );
    records++;
  }
  out.end();
  await once(out, 'finish');
  return { records, bytes };
}
