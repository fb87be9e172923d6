/** Section header lines of newsletters ("Latest publications", "Call for Proposals Upcoming events") and their types. */

import type { ItemType } from '../../domain/item.js';

export type SectionType = Extract<ItemType, 'news' | 'publication' | 'call' | 'vacancy' | 'event'>;

/** One section named on a header line, with its label as written ("Call for Proposals"). */
export interface SectionEntry {
  type: SectionType;
  label: string;
}

const PREFIX =
  '(?:(?:current|latest|recent|new|upcoming|forthcoming|open|our|dernières|derniers|prochains|prochaines|nouvelles|nouveaux|nos|últimas|últimos|próximos|próximas|nuevas|nuevos|nuestras)\\s+)?';
const SUFFIX = '(?:\\s+(?:à venir|récentes|récents|recientes|abiertas|abiertos|ouverts|ouvertes|en cours))?';
const PHRASES: Record<SectionType, string> = {
  vacancy:
    "vacancies|job (?:openings|offers|vacancies)|jobs|careers|offres d['’]emploi|postes vacants|recrutements?|emplois|vacantes|ofertas de empleo|empleos",
  publication: 'publications|resources|publicaciones|recursos|ressources',
  call: 'calls? for (?:proposals|applications|tenders|papers)|appels? à (?:propositions|projets|candidatures)|convocatorias?(?: de propuestas)?',
  event: 'events|événements|evenements|agenda|eventos',
  news: 'news|in the spotlight|actualités|nouvelles|noticias|actualidad',
};
const TYPES = Object.keys(PHRASES) as SectionType[];
const SECTION = new RegExp(
  `${PREFIX}(?:${TYPES.map((t) => `(?<${t}>${PHRASES[t]})`).join('|')})${SUFFIX}(?:\\s*[|/·:–-]\\s*|\\s+|$)`,
  'iuy',
);

/**
 * The sections named by a header line made only of section names, in the order written; undefined when the line
 * has any other words. A two-column layout flattened into one line names two sections.
 */
export function parseSectionHeader(line: string): SectionEntry[] | undefined {
  if (line.length > 80) return undefined;
  const entries: SectionEntry[] = [];
  SECTION.lastIndex = 0;
  while (SECTION.lastIndex < line.length) {
    const start = SECTION.lastIndex;
    const m = SECTION.exec(line);
    if (!m?.groups) return undefined;
    const type = TYPES.find((t) => m.groups![t] !== undefined)!;
    entries.push({ type, label: m[0].replace(/[\s|/·:–-]+$/, '') });
    if (SECTION.lastIndex === start) return undefined;
  }
  return entries.length ? entries : undefined;
}

/** Words ending at a word boundary; where they start is checked in score(). */
const keywords = (alternation: string) => new RegExp(`(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');

const KEYWORDS: Record<SectionType, RegExp> = {
  publication: keywords(
    'publications?|publish(?:ed)?|study|studies|report|survey|paper|handbook|guide|toolkit|download|étude|rapport|publié|informe|estudio|publicación|publicado',
  ),
  vacancy: keywords(
    'vacanc(?:y|ies)|position|job|apply|candidates?|recruit(?:ing|ment)?|poste|emploi|candidature|recrute|vacante|empleo|puesto|candidatos?',
  ),
  call: keywords(
    'calls? for (?:proposals|applications|tenders)|grants?|funds?|funding|appels? à (?:propositions|projets)|subvention|convocatoria|subvenci[oó]n|fondos?',
  ),
  event: keywords(
    'events?|conference|workshop|seminar|webinar|will take place|register|registration|événement|conférence|atelier|séminaire|evento|conferencia|taller|seminario',
  ),
  news: /(?!)/gu,
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function score(type: SectionType, text: string): number {
  let n = 0;
  // The start-of-word check is done here rather than by a lookbehind, which would make the scan several times slower.
  for (const m of text.matchAll(KEYWORDS[type])) if (m.index === 0 || !LETTER_OR_DIGIT.test(text[m.index - 1]!)) n++;
  return n;
}

/**
 * Which of a header's sections a block of text belongs to: the one whose typical words it uses most; ties and
 * no evidence go to `fallback` (when it is among the candidates), else to the first section named.
 */
export function chooseSection(
  candidates: readonly SectionEntry[],
  text: string,
  fallback?: SectionEntry,
): SectionEntry {
  let best = fallback && candidates.includes(fallback) ? fallback : candidates[0]!;
  let bestScore = candidates.length > 1 ? score(best.type, text) : 0;
  if (candidates.length === 1) return best;
  for (const candidate of candidates) {
    const s = score(candidate.type, text);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}
