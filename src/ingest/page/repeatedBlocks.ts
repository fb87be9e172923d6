/**
 * Finds repeated structure: three or more sibling elements of the same tag and classes, each holding a heading
 * with a link (or a heading and a "Read more" link). Drupal views rows, `<article>` teasers, `<li>` cards and
 * news lists all take this shape, whatever the site; the listing splitter reads them, the article cleaner drops them.
 */
import { cleanText, descendants, findAncestor, findDescendant, linksIn } from './dom.js';

export interface RepeatedBlock {
  /** The common parent of the members. */
  container: Element;
  /** The sibling elements, in document order, that each hold an entry. */
  members: Element[];
  /** Characters of text in all members together. */
  textLength: number;
}

const MIN_MEMBERS = 3;
const isHeading = (element: Element) => /^H[1-6]$/.test(element.tagName) || element.getAttribute('role') === 'heading';
const isTitled = (element: Element) => /title/i.test(element.getAttribute('class') ?? '');
const isLink = (element: Element) => element.tagName === 'A' && element.hasAttribute('href');

/** Link captions that point to the full text of a teaser (en/fr/es). */
export const READ_MORE_CAPTION =
  /^(?:read more|more|continue reading|full story|learn more|find out more|details|lire la suite|lire plus|en savoir plus|suite|leer más|seguir leyendo|ver más|más información)\b/i;

/** Every group of repeated sibling entries under `root`, largest text first. */
export function findRepeatedBlocks(root: Element): RepeatedBlock[] {
  const blocks: RepeatedBlock[] = [];
  for (const element of [root, ...descendants(root)]) {
    if (element.children.length < MIN_MEMBERS) continue;
    const groups = new Map<string, Element[]>();
    for (const child of element.children) {
      const key = signature(child);
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_MEMBERS) continue;
      const members = group.filter(isEntry);
      // One odd member (an advert, an empty row) does not break a listing; a menu of bare links is not one.
      if (members.length < MIN_MEMBERS || members.length * 3 < group.length * 2) continue;
      const textLength = members.reduce((sum, member) => sum + cleanText(member).length, 0);
      blocks.push({ container: element, members, textLength });
    }
  }
  return blocks.sort((a, b) => b.textLength - a.textLength);
}

const VARYING_CLASS = /\d|(?:^|[-_])(?:odd|even|first|last|active|current|selected)$|^(?:is-|has-|clearfix$|col-)/i;

/** Tag and stable classes: "views-row-3", "odd", "first" and state classes vary between rows of one listing. */
function signature(element: Element): string {
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => name && !VARYING_CLASS.test(name))
    .sort();
  return `${element.tagName}.${classes.join('.')}`;
}

/** The heading of an entry, when it has one; its link, when it is a heading link. */
export function entryHeading(member: Element): Element | null {
  return findDescendant(member, isHeading) ?? findDescendant(member, isTitled);
}

/** The link of an entry's heading: inside it, or around it (cards whose whole heading is a link). */
export function headingLink(heading: Element): Element | null {
  return findDescendant(heading, isLink) ?? findAncestor(heading, isLink);
}

function isEntry(member: Element): boolean {
  if (/^(?:SCRIPT|STYLE|TEMPLATE|NAV|OPTION|TR)$/.test(member.tagName)) return false;
  const heading = entryHeading(member);
  if (!heading || cleanText(heading).length < 4) return false;
  if (headingLink(heading)) return true;
  return linksIn(member).some((link) => READ_MORE_CAPTION.test(cleanText(link)));
}
