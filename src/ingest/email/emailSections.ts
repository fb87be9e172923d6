/** Section headings of HTML newsletters ("In the spotlight", "Appels à propositions", "Próximos eventos") → item types. */

import { parseSectionHeader, type SectionEntry } from '../text/sections.js';

/** Headings the plain-text section vocabulary does not know, mostly featured-story banners. */
const EXTRA: ReadonlyArray<readonly [SectionEntry['type'], RegExp]> = [
  [
    'news',
    /^(?:(?:in the )?spotlight|featured(?: stories| news)?|highlights?|top stories|headlines|à la une|en vedette|temps forts|à l['’]honneur|destacados?|en portada|en primer plano|en foco|lo más destacado|member news|news from (?:the|our) (?:network|members))$/i,
  ],
  [
    'call',
    /^(?:calls?|open calls?|funding(?: opportunities)?|grants|appels?(?: en cours| ouverts)?|financements|convocatorias? abiertas?|financiación|oportunidades de financiación)$/i,
  ],
  [
    'event',
    /^(?:save the date|webinars?|conferences|agenda|calendar|calendrier|à vos agendas|calendario|webinarios)$/i,
  ],
  [
    'vacancy',
    /^(?:job (?:opportunities|openings)|we(?:'re| are) hiring|offres d['’]emploi|emplois|recrutement|empleo|ofertas de (?:empleo|trabajo)|oportunidades de empleo|trabaja con nosotros)$/i,
  ],
  ['publication', /^(?:new (?:reports?|resources)|reports?|library|reading|à lire|lectures|recursos|documentos)$/i],
];

/** The section a heading names, when its whole wording is a section name; else undefined. */
export function sectionOf(heading: string): SectionEntry | undefined {
  const text = heading
    .replace(/[^\p{L}\p{N}'’ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || text.length > 60) return undefined;
  const entries = parseSectionHeader(text);
  if (entries?.length === 1) return entries[0];
  for (const [type, pattern] of EXTRA) if (pattern.test(text)) return { type, label: text };
  return undefined;
}
