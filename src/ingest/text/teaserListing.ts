/**
 * A page of teasers: after the page title and intro, each block is an optional kicker line (an organisation such
 * as "Refugee Network Europe", or an occasion such as "World Refugee Day"), a headline, then text that ends with
 * a "Read more" link. An occasion kicker means the block is a statement made at that occasion; an organisation
 * kicker over text about a project means a project. The intro is not an item; it tells who publishes the page.
 */

import { endsWithReadMore, isLanguageSwitcherLine, isMenuLine, stripLinkMarkers, stripReadMore } from './chrome.js';
import { deriveTitle, isHeadingLike } from './headings.js';
import { joinParagraphs } from './lines.js';
import { mainAcronym } from './organizations.js';
import type { ItemDraft } from './types.js';

// Capitalised occasion words; case matters so that "day" or "session" in a sentence does not count.
const OCCASION =
  /(?:^|\s)(?:Days?|Meeting|Dialogue|Hearings?|Conference|Forum|Summit|Session|Consultation|Congress|Symposium|Workshop|Week|Assembly|Roundtable|Webinar|Seminar|Journée|Réunion|Conférence|Sommet|Semaine|Día|Reunión|Conferencia|Cumbre|Foro|Diálogo|Sesión|Audiencias?|Semana|Jornada|Asamblea)(?=$|[\s,:;)])/u;
const PROJECT = /\b(?:projects?|projets?|proyectos?)\b/i;

/** Whether a kicker names an occasion (a Day, Meeting, Conference…) rather than an organisation or a theme. */
export function isOccasion(kicker: string): boolean {
  return OCCASION.test(kicker);
}

/** Splits a teaser page into items; the publisher is the acronym the intro is about (else the kickers' one). */
export function parseTeaserListing(lines: readonly string[]): ItemDraft[] {
  const content: string[] = [];
  for (const line of lines) {
    if (!line || isLanguageSwitcherLine(line) || (content.length === 0 && isMenuLine(line))) continue;
    content.push(stripLinkMarkers(line));
  }

  const drafts: ItemDraft[] = [];
  const intro: string[] = [];
  const orgKickers: string[] = [];
  let previousEnd = -1;
  for (let end = 0; end < content.length; end++) {
    if (!endsWithReadMore(content[end]!)) continue;
    let bodyStart = end;
    while (bodyStart - 1 > previousEnd && !isHeadingLike(content[bodyStart - 1]!)) bodyStart--;
    const headlineAt = bodyStart - 1 > previousEnd ? bodyStart - 1 : -1;
    const kickerAt = headlineAt - 1 > previousEnd && isHeadingLike(content[headlineAt - 1]!) ? headlineAt - 1 : -1;
    const blockStart = kickerAt >= 0 ? kickerAt : headlineAt >= 0 ? headlineAt : bodyStart;
    if (previousEnd === -1) for (let i = 0; i < blockStart; i++) intro.push(content[i]!);

    const paragraphs = content.slice(bodyStart, end + 1).map(stripReadMore);
    const text = joinParagraphs(paragraphs);
    const headline = headlineAt >= 0 ? content[headlineAt]! : deriveTitle(text);
    const kicker = kickerAt >= 0 ? content[kickerAt]! : undefined;
    previousEnd = end;

    if (kicker && isOccasion(kicker)) {
      drafts.push({ title: `${kicker} – ${headline}`, text, typeHint: 'statement' });
      continue;
    }
    if (kicker) orgKickers.push(kicker);
    const aboutProject = kicker ? PROJECT.test(`${headline} ${text}`) : PROJECT.test(headline);
    drafts.push({ title: headline, text, typeHint: aboutProject ? 'project' : 'news' });
  }
  const sourceOrganization = mainAcronym(intro.join('\n')) ?? mainAcronym(orgKickers.join('\n'));
  if (sourceOrganization) for (const d of drafts) d.sourceOrganization = sourceOrganization;
  return drafts;
}
