/**
 * Detects the language of a text as an ISO 639-1 code: franc-min's trigram model on the first 2,000 characters,
 * biased toward the Hub's languages (en, fr, es) and cross-checked by a stop-word vote that also decides short texts.
 */
import { francAll } from 'franc-min';
import { STOP_WORDS } from './stopWords.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text is too short or unclear. */
  language: string;
  /** Why: the scores or the rule that decided, for people reviewing the tag. */
  evidence: string;
}

// ISO 639-3 → 639-1 for the languages franc-min knows; languages without a 639-1 code stay undetermined.
const ISO1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  ind: 'id',
  jav: 'jv',
  vie: 'vi',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  fuv: 'ff',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  ckb: 'ku',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  qug: 'qu',
  nya: 'ny',
  zyb: 'za',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
};
const HUB: Record<string, 'en' | 'fr' | 'es'> = { eng: 'en', fra: 'fr', spa: 'es' };

const SAMPLE_LENGTH = 2000;
/** Below this many letters the trigram model is unreliable. */
const MIN_LETTERS_FOR_MODEL = 40;
/** Short texts: fewest letters to try the restricted model, and the runner-up score it must stay under. */
const MIN_LETTERS_SHORT = 15;
const SHORT_MARGIN = 0.85;
/** A Hub language whose score is this close to the best one is preferred. */
const HUB_BIAS = 0.9;

function cleanSample(text: string): string {
  const head = text.slice(0, SAMPLE_LENGTH);
  // Most texts hold no URL or address: skip that scan (its "\S+@" branch backtracks on every word).
  const masked =
    head.includes('@') || head.includes('http') || head.includes('www.')
      ? head.replace(/https?:\/\/\S+|www\.\S+|\S+@\S+/g, ' ')
      : head;
  // Collapses whitespace runs to one space; a lone space (most of them) is left as it is rather than replaced.
  return masked.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

interface Vote {
  /** The Hub language the function words point to, if they clearly point to one. */
  best?: 'en' | 'fr' | 'es';
  /** True when function words are so frequent and one-sided that the model need not run. */
  decisive: boolean;
  counts: Record<'en' | 'fr' | 'es', number>;
}

const LETTERS = /\p{L}+/gu;

/** One pass over the sample: its letters and the function-word vote. */
function stopWordVote(sample: string): Vote & { letters: number } {
  const counts: Record<'en' | 'fr' | 'es', number> = { en: 0, fr: 0, es: 0 };
  const lower = sample.toLowerCase();
  let letters = 0;
  let wordCount = 0;
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(lower); m !== null; m = LETTERS.exec(lower)) {
    const word = m[0];
    letters += word.length;
    wordCount++;
    if (STOP_WORDS.en.has(word)) counts.en++;
    if (STOP_WORDS.fr.has(word)) counts.fr++;
    if (STOP_WORDS.es.has(word)) counts.es++;
  }
  const ranked = (['en', 'fr', 'es'] as const).slice().sort((a, b) => counts[b] - counts[a]);
  const [first, second] = ranked as ['en' | 'fr' | 'es', 'en' | 'fr' | 'es'];
  const best = counts[first] >= 1 && counts[first] >= 2 * counts[second] ? first : undefined;
  // Running prose in en/fr/es is 15-30% function words; related languages (pt, it, ca) share far fewer of these.
  const decisive =
    best !== undefined && wordCount >= 30 && counts[first] >= 0.12 * wordCount && counts[first] >= 5 * counts[second];
  return { best, decisive, counts, letters };
}

function describeVote(counts: Record<string, number>): string {
  return `stop-words en ${counts.en} / fr ${counts.fr} / es ${counts.es}`;
}

/** Very short texts (titles) without function words: the model restricted to en/fr/es, only when clear-cut. */
function shortTextGuess(sample: string, letters: number): LanguageGuess {
  if (letters >= MIN_LETTERS_SHORT) {
    const [first, second] = francAll(sample, { minLength: 10, only: Object.keys(HUB) });
    if (first && second && first[0] in HUB && second[1] <= SHORT_MARGIN) {
      return {
        language: HUB[first[0]]!,
        evidence: `short text; franc ${first[0]} ${first[1].toFixed(2)}, ${second[0]} ${second[1].toFixed(2)}`,
      };
    }
  }
  return { language: 'und', evidence: `text too short (${letters} letters) and no declared language` };
}

/** Language of the text; the declared language decides when the text is too short to tell. */
export function detectLanguage(text: string, declared?: string): LanguageGuess {
  const sample = cleanSample(text);
  const vote = stopWordVote(sample);
  const letters = vote.letters;
  const declaredCode = declared?.trim().toLowerCase().slice(0, 2) || undefined;

  if (letters < MIN_LETTERS_FOR_MODEL) {
    if (declaredCode)
      return { language: declaredCode, evidence: `declared "${declaredCode}" (text too short to tell)` };
    if (vote.best) return { language: vote.best, evidence: `short text; ${describeVote(vote.counts)}` };
    return shortTextGuess(sample, letters);
  }
  if (vote.decisive && vote.best) return { language: vote.best, evidence: `prose; ${describeVote(vote.counts)}` };

  const scores = francAll(sample, { minLength: 10 });
  const [top] = scores;
  if (!top || top[0] === 'und') {
    if (vote.best) return { language: vote.best, evidence: describeVote(vote.counts) };
    return { language: declaredCode ?? 'und', evidence: 'no language model matched' };
  }
  const hub = scores.find(([code]) => code in HUB);
  const model = `franc ${scores
    .slice(0, 3)
    .map(([c, s]) => `${c} ${s.toFixed(2)}`)
    .join(', ')}`;

  // The stop-word vote overrides the model when they disagree within the Hub languages: the trigram model confuses
  // closely related languages on short, name-heavy texts (Spanish/Portuguese, French/Catalan-looking lists).
  if (vote.best && hub && HUB[hub[0]] !== vote.best) {
    const voted = scores.find(([code]) => HUB[code] === vote.best);
    if (voted && voted[1] >= 0.75) return { language: vote.best, evidence: `${model}; ${describeVote(vote.counts)}` };
  }
  if (hub && hub[1] >= HUB_BIAS) return { language: HUB[hub[0]]!, evidence: `${model}; ${describeVote(vote.counts)}` };
  const language = ISO1[top[0]];
  if (!language) return { language: 'und', evidence: `${model} (no ISO 639-1 code)` };
  return { language, evidence: model };
}
