/**
 * Precision, recall and F1 for the evaluation harness: multi-label tasks (objectives, countries, organisations,
 * principles) and single-label tasks (type, language). Pure functions over label strings.
 *
 * Conventions, so that empty cases are never NaN: precision is tp / (tp + fp), or 1 when nothing was claimed and
 * nothing was missed (else 0); recall is tp / (tp + fn), or 1 when nothing was expected and nothing was claimed
 * (else 0); F1 is 0 when precision and recall are both 0. Macro averages are taken over the labels that occur in
 * the expected or the predicted labels (a label nobody used has no score).
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Counts and scores of one label; support is how often it was expected (tp + fn). */
export interface LabelScores extends Counts, Scores {
  label: string;
  support: number;
}

/** The comparison of one item's expected and predicted label sets. */
export interface SetComparison extends Counts {
  falsePositives: string[];
  falseNegatives: string[];
}

export interface MultiLabelReport {
  items: number;
  micro: Counts & Scores;
  macro: Scores;
  perLabel: LabelScores[];
}

export interface Confusion {
  expected: string;
  got: string;
  count: number;
}

export interface SingleLabelReport {
  items: number;
  correct: number;
  accuracy: number;
  macro: Scores;
  perLabel: LabelScores[];
  /** Wrong predictions grouped by (expected, got), most frequent first. */
  confusions: Confusion[];
}

/** Precision, recall and F1 of counts, with the conventions above. */
export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** True positives, false positives and false negatives of one item (duplicates count once). */
export function compareSets(expected: readonly string[], got: readonly string[]): SetComparison {
  const want = new Set(expected);
  const have = new Set(got);
  const falsePositives = [...have].filter((label) => !want.has(label));
  const falseNegatives = [...want].filter((label) => !have.has(label));
  return {
    tp: have.size - falsePositives.length,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    falsePositives,
    falseNegatives,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function macroOf(perLabel: LabelScores[]): Scores {
  return {
    precision: mean(perLabel.map((l) => l.precision)),
    recall: mean(perLabel.map((l) => l.recall)),
    f1: mean(perLabel.map((l) => l.f1)),
  };
}

function labelScores(label: string, counts: Counts): LabelScores {
  return { label, ...counts, support: counts.tp + counts.fn, ...scores(counts) };
}

/** Natural order: numbers as numbers ("2" before "10"), then text. */
export function compareLabels(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

/** Micro and macro scores of a multi-label task over many items, and the scores of each label. */
export function evaluateMultiLabel(
  pairs: ReadonlyArray<{ expected: readonly string[]; got: readonly string[] }>,
): MultiLabelReport {
  const byLabel = new Map<string, Counts>();
  const bump = (label: string, key: keyof Counts) => {
    const counts = byLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key]++;
    byLabel.set(label, counts);
  };
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { expected, got } of pairs) {
    const c = compareSets(expected, got);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    for (const label of new Set(got)) bump(label, c.falsePositives.includes(label) ? 'fp' : 'tp');
    for (const label of c.falseNegatives) bump(label, 'fn');
  }
  const perLabel = [...byLabel]
    .sort(([a], [b]) => compareLabels(a, b))
    .map(([label, counts]) => labelScores(label, counts));
  return { items: pairs.length, micro: { ...total, ...scores(total) }, macro: macroOf(perLabel), perLabel };
}

/** Accuracy, per-class scores and confusions of a single-label task (type, language). */
export function evaluateSingleLabel(pairs: ReadonlyArray<{ expected: string; got: string }>): SingleLabelReport {
  const multi = evaluateMultiLabel(pairs.map(({ expected, got }) => ({ expected: [expected], got: [got] })));
  const confusions = new Map<string, Confusion>();
  for (const { expected, got } of pairs) {
    if (expected === got) continue;
    const key = `${expected}\u0000${got}`;
    const entry = confusions.get(key) ?? { expected, got, count: 0 };
    entry.count++;
    confusions.set(key, entry);
  }
  const correct = pairs.filter((p) => p.expected === p.got).length;
  return {
    items: pairs.length,
    correct,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macro: multi.macro,
    perLabel: multi.perLabel,
    confusions: [...confusions.values()].sort(
      (a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.got.localeCompare(b.got),
    ),
  };
}

/** Lower case, accents removed, runs of other characters as one hyphen: "Ministère du Travail" → "ministere-du-travail". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** An organisation the hub found: its id, display name and full name, and whether it is in the gazetteer. */
export interface FoundOrganization {
  id: string;
  name: string;
  fullName?: string;
  known: boolean;
}

/**
 * The hub's organisations as labels comparable with the devset's: gazetteer ids as they are; an organisation the
 * hub learnt from the text becomes the expected "new:X" label when its id, name or full name is X (compared as
 * slugs), else "new:<its name>".
 */
export function organizationLabels(expected: readonly string[], found: readonly FoundOrganization[]): string[] {
  const wanted = expected.filter((label) => label.startsWith('new:'));
  const labels = found.map((org) => {
    if (org.known) return org.id;
    const keys = new Set([org.id, org.name, org.fullName ?? ''].map(slugify).filter(Boolean));
    return wanted.find((label) => keys.has(slugify(label.slice(4)))) ?? `new:${org.name}`;
  });
  return [...new Set(labels)];
}
