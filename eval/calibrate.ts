/**
 * `npx tsx eval/calibrate.ts [--split tune] [--task objectives|principles]`: sweeps the tagging threshold over the
 * chosen half of the devset and prints micro P/R/F1 for each value, marking the F1-maximising one. Thresholds are
 * chosen on the tune half only; the holdout half then measures the choice (docs/quality.md).
 */
import { parseArgs } from 'node:util';
import { isSupported, MAX_OBJECTIVES, objectiveCandidates } from '../src/enrich/classify/scoreObjectives.js';
import { scorePrinciplesRanked } from '../src/enrich/classify/scorePrinciples.js';
import { detectLanguage } from '../src/enrich/language/detectLanguage.js';
import { loadDevset } from './devset.js';
import { compareSets, scores } from './metrics.js';
import { inSplit, isSplit } from './split.js';

interface Ranked {
  expected: string[];
  /** Candidate labels with their scores, best first, already filtered by the support rule. */
  candidates: Array<{ label: string; score: number }>;
  max: number;
}

function rank(task: string, split: string): Ranked[] {
  if (!isSplit(split)) throw new Error(`unknown split ${split}`);
  return inSplit(loadDevset(), split).flatMap((item): Ranked[] => {
    const language = detectLanguage(`${item.title}\n\n${item.text}`).language;
    const input = { title: item.title, text: item.text, language };
    if (task === 'principles') {
      if (!item.labels.principles) return [];
      const candidates = scorePrinciplesRanked(input).map((t) => ({ label: t.id, score: t.score }));
      return [{ expected: item.labels.principles, candidates, max: 4 }];
    }
    const candidates = objectiveCandidates(input)
      .filter(isSupported)
      .map((c) => ({ label: String(c.tag.objective), score: c.tag.score }));
    return [{ expected: item.labels.objectives.map(String), candidates, max: MAX_OBJECTIVES }];
  });
}

/** Micro P/R/F1 of the ranked items at one threshold. */
export function atThreshold(items: readonly Ranked[], threshold: number) {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const item of items) {
    const got = item.candidates
      .filter((c) => c.score >= threshold)
      .slice(0, item.max)
      .map((c) => c.label);
    const c = compareSets(item.expected, got);
    counts.tp += c.tp;
    counts.fp += c.fp;
    counts.fn += c.fn;
  }
  return scores(counts);
}

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'tune' }, task: { type: 'string', default: 'objectives' } },
});
const items = rank(values.task, values.split);
const rows: Array<{ threshold: number; precision: number; recall: number; f1: number }> = [];
for (let t = 0.2; t <= 0.8001; t += 0.025) {
  const threshold = Math.round(t * 1000) / 1000;
  rows.push({ threshold, ...atThreshold(items, threshold) });
}
const best = rows.reduce((a, b) => (b.f1 > a.f1 ? b : a));
process.stdout.write(
  `${values.task} on the ${values.split} half (${items.length} items)\nthreshold      P      R     F1\n`,
);
for (const r of rows) {
  const mark = r === best ? '  ← best' : '';
  process.stdout.write(
    `${r.threshold.toFixed(3).padStart(9)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}${mark}\n`,
  );
}
