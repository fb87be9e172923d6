/** Writes a synthetic corpus of RSS files for benchmarks: realistic length and vocabulary, varied countries and topics. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const TOPICS = [
  'border management cooperation between coast guards and customs services',
  'trafficking in persons and protection of victims through a national referral mechanism',
  'remittances sent home through mobile money at lower transfer costs',
  'skills recognition for migrant nurses and engineers',
  'alternatives to detention for families and unaccompanied children',
  'search and rescue at sea and the identification of missing migrants',
  'ethical recruitment of seasonal workers and decent work standards',
  'reintegration support for returnees starting small businesses',
  'access to health care and education for refugee and migrant children',
  'disaggregated migration data and statistics for evidence-based policies',
];
const PLACES = [
  'Senegal',
  'Morocco',
  'Colombia',
  'Bangladesh',
  'the Philippines',
  'Mexico',
  'Niger',
  'Jordan',
  'Germany',
  'Fiji',
];
const ORGS = ['IOM', 'UNHCR', 'ICMPD', 'ILO', 'UNODC', 'OECD'];

/** A realistic paragraph about migration governance, varied by `i`. */
export function paragraph(i: number): string {
  const topic = TOPICS[i % TOPICS.length];
  const place = PLACES[(i * 7) % PLACES.length];
  const org = ORGS[(i * 3) % ORGS.length];
  return (
    `Officials and partners met in ${place} to discuss ${topic}. The ${org} team presented findings from ` +
    `${(i % 40) + 10} districts, where local authorities, civil society and employers shared what worked and what ` +
    `did not. Participants agreed on follow-up actions, a timeline and a budget, and asked for regular reviews ` +
    `with migrants and host communities. The meeting closed with commitments to publish data every quarter.`
  );
}

function item(i: number): string {
  const date = new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 7).toUTCString().replace('GMT', '+0000');
  const body = [paragraph(i), paragraph(i + 1), paragraph(i + 2), paragraph(i + 3)].map((p) => `<p>${p}</p>`).join('');
  return `<item><title>Item ${i}: ${TOPICS[i % TOPICS.length]}</title><link>https://bench.example.org/items/${i}</link><guid>bench-${i}</guid><pubDate>${date}</pubDate><description>Summary of item ${i}.</description><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
}

/** Writes `total` items into files of `perFile` items each; returns the file paths. */
export async function generateCorpus(dir: string, total: number, perFile = 1000): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < total; start += perFile) {
    const items: string[] = [];
    for (let i = start; i < Math.min(total, start + perFile); i++) items.push(item(i));
    const file = path.join(dir, `bench-${String(start / perFile).padStart(4, '0')}.rss`);
    await writeFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title><link>https://bench.example.org/</link><description>Synthetic</description><language>en</language>${items.join('')}</channel></rss>`,
    );
    files.push(file);
  }
  return files;
}
