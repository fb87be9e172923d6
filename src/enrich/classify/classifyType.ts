/** Decides an item's content type (news, event, publication…) from structure, title, URL and wording. */
import type { ItemType } from '../../domain/item.js';
import { cueTriggers, wordSet } from './cueTriggers.js';
import { fold } from './normalizeText.js';
import { TITLE_CUES, type TypeCue, URL_CUES } from './typeCues.js';
import { OPENING_CUES, TEXT_CUES } from './typeTextCues.js';

/** A type other than news needs at least this much cue weight; below it the item stays news. */
export const MIN_TYPE_SCORE = 2;
/** Only the start of the body is read: leads describe the item, later paragraphs wander. */
export const LEAD_CHARS = 1500;
/** The opening read for datelines, salutations and "This report…". */
export const OPENING_CHARS = 200;

// On equal scores the more specific, more actionable type wins.
const PRIORITY: readonly ItemType[] = [
  'vacancy',
  'call',
  'event',
  'statement',
  'practice',
  'publication',
  'project',
  'page',
];

// The lead is tested against every text cue; a cue whose match must start with one of a few words is skipped when
// the lead holds none of them (same outcome, a fraction of the cost).
const TEXT_TRIGGERS = new Map(TEXT_CUES.map((cue) => [cue, cueTriggers(cue.pattern)]));

/** Input of classifyType; typeHint comes from the document structure (a "Publications" section…). */
export interface TypeInput {
  title: string;
  text: string;
  typeHint?: ItemType;
  url?: string;
  /** Accepted for callers' convenience; cues of all three languages are always tried (titles mix languages). */
  language?: string;
}

/** The chosen type and the cues that decided it, e.g. ["title: call for …", "text: deadline"]. */
export interface TypeDecision {
  type: ItemType;
  evidence: string[];
}

/** Folded text with one space between words; paragraph breaks stay as "\n" so field labels can be anchored. */
function normalise(text: string): string {
  // Same result as collapsing every `\s*\n\s*` to "\n" and every `[^\S\n]+` to " ", but a lone space (most of
  // them) is left alone instead of being replaced by itself, and runs are not scanned backwards: a third cheaper.
  return fold(text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\S\n]*\n\s*/g, '\n')
    .replace(/[^\S\n]{2,}|[^\S \n]/g, ' ')
    .trim();
}

/**
 * The site section of a URL as "/host-label/folder/…/": the host's first label and the folders before the page's
 * slug. A single path segment counts as a folder ("/contact"), a slug after a folder does not ("/fr/emplois-verts").
 */
function urlSection(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.split('.')[0] ?? '';
    const segments = normalise(decodeURIComponent(parsed.pathname)).split('/').filter(Boolean);
    const folders = segments.length > 1 ? segments.slice(0, -1) : segments;
    return `/${[host === 'www' ? '' : host, ...folders].filter(Boolean).join('/')}/`;
  } catch {
    return '';
  }
}

/** Classifies an item; a structural typeHint always wins, otherwise the strongest cued type, else news. */
export function classifyType(input: TypeInput): TypeDecision {
  if (input.typeHint) return { type: input.typeHint, evidence: [`structure: ${input.typeHint}`] };
  const lead = normalise(input.text.slice(0, LEAD_CHARS));
  const places: Array<[string, string, readonly TypeCue[]]> = [
    ['title', normalise(input.title), TITLE_CUES],
    ['url', urlSection(input.url), URL_CUES],
    ['opening', lead.slice(0, OPENING_CHARS), OPENING_CUES],
    ['text', lead, TEXT_CUES],
  ];
  const scores = new Map<ItemType, { score: number; evidence: string[] }>();
  const leadWords = lead ? wordSet(lead) : new Set<string>();
  for (const [place, text, cues] of places) {
    if (!text) continue;
    for (const cue of cues) {
      const triggers = place === 'text' ? TEXT_TRIGGERS.get(cue) : null;
      if (triggers && !hasAny(leadWords, triggers)) continue;
      if (!cue.pattern.test(text)) continue;
      const entry = scores.get(cue.type) ?? { score: 0, evidence: [] };
      entry.score += cue.weight;
      entry.evidence.push(`${place}: ${cue.label}`);
      scores.set(cue.type, entry);
    }
  }
  const news = scores.get('news') ?? { score: 0, evidence: [] };
  let best: { type: ItemType; score: number; evidence: string[] } | undefined;
  for (const type of PRIORITY) {
    const entry = scores.get(type);
    if (!entry || entry.score < MIN_TYPE_SCORE || entry.score <= news.score) continue;
    if (!best || entry.score > best.score) best = { type, ...entry };
  }
  if (best) return { type: best.type, evidence: best.evidence };
  return { type: 'news', evidence: news.evidence.length > 0 ? news.evidence : ['default: no type cue'] };
}

function hasAny(words: Set<string>, triggers: Set<string>): boolean {
  for (const word of triggers) if (words.has(word)) return true;
  return false;
}
