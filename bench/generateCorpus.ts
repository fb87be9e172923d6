/**
 * Writes a synthetic corpus of RSS files for benchmarks: realistic length and vocabulary, varied countries, topics
 * and wording (seeded, so every run writes the same files).
 */
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
  'Nepal',
  'Ecuador',
  'Ethiopia',
  'Tunisia',
  'Indonesia',
  'Guatemala',
  'Kenya',
  'Lebanon',
  'Sri Lanka',
  'Peru',
];
const ORGS = ['IOM', 'UNHCR', 'ICMPD', 'ILO', 'UNODC', 'OECD', 'UNICEF', 'WHO', 'UNDP', 'the World Bank'];
const ACTORS = [
  'the ministry of labour',
  'the national statistics office',
  'municipal councils',
  'migrant associations',
  'trade unions',
  'the coast guard',
  'diaspora networks',
  'employers in agriculture',
  'local health services',
  'border police',
  'schools and teachers',
  'faith-based groups',
  'legal aid clinics',
  'recruitment agencies',
  'women-led cooperatives',
];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'October', 'November', 'December'];

// Sentence templates with slots: items draw different sentences and fillers, so that, like real news, two items
// share phrases but hardly ever whole passages (the duplicate finder must not see the corpus as one cluster).
const SENTENCES: ((r: () => number) => string)[] = [
  (r) => `Officials and partners met in ${pick(r, PLACES)} to discuss ${pick(r, TOPICS)}.`,
  (r) => `The ${pick(r, ORGS)} team presented findings from ${n(r, 5, 60)} districts of ${pick(r, PLACES)}.`,
  (r) => `According to ${pick(r, ACTORS)}, about ${n(r, 2, 95)} per cent of respondents had never heard of the scheme.`,
  (r) => `In ${pick(r, MONTHS)}, ${pick(r, ACTORS)} opened ${n(r, 2, 30)} new service points near the border.`,
  (r) => `A pilot run with ${pick(r, ACTORS)} reached ${n(r, 100, 9000)} migrants and their families.`,
  (r) => `${cap(pick(r, ACTORS))} asked for clearer rules on ${pick(r, TOPICS)}.`,
  (r) => `The report counts ${n(r, 1000, 90000)} arrivals in ${n(r, 2015, 2025)}, up from the year before.`,
  (r) => `Funding of ${n(r, 1, 40)} million dollars was pledged by ${pick(r, ORGS)} and ${pick(r, PLACES)}.`,
  (r) => `Participants agreed on follow-up actions, a timeline and a budget for ${pick(r, TOPICS)}.`,
  (r) => `${cap(pick(r, ACTORS))} and ${pick(r, ACTORS)} will meet again in ${pick(r, MONTHS)}.`,
  (r) => `Young people in ${pick(r, PLACES)} described long waits for documents and rising rents.`,
  (r) => `The evaluation found that ${pick(r, TOPICS)} worked best where ${pick(r, ACTORS)} were involved early.`,
  (r) => `Training sessions for ${n(r, 20, 600)} officers covered ${pick(r, TOPICS)}.`,
  (r) => `A hotline in ${n(r, 2, 9)} languages now answers questions from ${pick(r, ACTORS)}.`,
  (r) => `Remittances to ${pick(r, PLACES)} reached ${n(r, 1, 30)} billion dollars, ${n(r, 2, 12)} per cent of output.`,
  (r) => `${cap(pick(r, ORGS))} warned that ${pick(r, TOPICS)} remains underfunded in ${pick(r, PLACES)}.`,
  (r) => `Returnees who joined the programme started ${n(r, 10, 700)} small businesses within a year.`,
  (r) => `The agreement between ${pick(r, PLACES)} and ${pick(r, PLACES)} covers seasonal work and social security.`,
  (r) => `Data collected by ${pick(r, ACTORS)} will be published every quarter, broken down by sex and age.`,
  () => `Families said that access to schools and clinics mattered more to them than cash.`,
  (r) => `Search and rescue teams recorded ${n(r, 3, 400)} incidents off the coast of ${pick(r, PLACES)}.`,
  (r) => `The new law lets migrant workers change employers after ${n(r, 3, 24)} months.`,
  (r) => `${cap(pick(r, ACTORS))} criticised the delays and called for an independent review.`,
  (r) => `Host communities in ${pick(r, PLACES)} took part in ${n(r, 4, 80)} public consultations.`,
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}
const n = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A seeded pseudo-random generator (mulberry32), so that every run writes the same corpus. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A realistic paragraph about migration governance (five sentences, about 500 characters), the same for the same `i`. */
export function paragraph(i: number): string {
  const r = seeded(i * 2654435761);
  return Array.from({ length: 5 }, () => pick(r, SENTENCES)(r)).join(' ');
}

function title(i: number): string {
  const r = seeded(i + 7);
  return `${cap(pick(r, TOPICS))}: ${pick(r, ACTORS)} in ${pick(r, PLACES)} (${i})`;
}

function item(i: number): string {
  const date = new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 7).toUTCString().replace('GMT', '+0000');
  const body = [paragraph(4 * i), paragraph(4 * i + 1), paragraph(4 * i + 2), paragraph(4 * i + 3)]
    .map((p) => `<p>${p}</p>`)
    .join('');
  return `<item><title>${title(i)}</title><link>https://bench.example.org/items/${i}</link><guid>bench-${i}</guid><pubDate>${date}</pubDate><description>Summary of item ${i}.</description><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
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
