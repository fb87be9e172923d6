/**
 * Removes page chrome that Readability keeps or that misleads its scoring: consent banners, share bars, "related"
 * and "most read" blocks, newsletter sign-ups, inline "Read also" boxes, navigation, buttons, link-only menus and
 * teaser lists. Runs once over the element list; never removes what holds the page's headline or `<main>`/`<article>`.
 */
import { cleanText, findAncestor, findDescendant } from './dom.js';
import { findRepeatedBlocks } from './repeatedBlocks.js';
import { measureText, statsOf, type TextStats } from './textStats.js';

/** Class or id words of chrome blocks (cookie consent, sharing, related content, site footer). */
const CHROME_NAME =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|cc-window|cc-banner|share|sharing|social|addthis|sharethis|partage|compartir|related|relacionad[ao]s|read-?next|a-lire-aussi|lire-aussi|most-?read|popular|plus-lus|newsletter|subscribe|signup|breadcrumbs?|fil-ariane|site-?info|colophon|footer|skip-link|print|add-to-calendar|tools)(?:$|[\s_-])/i;

/** Headings that open a block of links to other pages rather than the page's own text (en/fr/es). */
const CHROME_HEADING =
  /^(?:related|read (?:also|next|more)|see also|more (?:news|stories|from)|latest|most read|you may also|other (?:vacancies|news|events|publications)|upcoming events|recent (?:posts|news)|stay informed|newsletter|get the .* in your inbox|share this|follow us|à lire aussi|lire aussi|voir aussi|les plus lus|sur le même sujet|dans la même rubrique|lettre d['’]information|suivez-nous|noticias relacionadas|lee también|ver también|más leídas|te puede interesar|boletín|síguenos)\b/i;

/** Text that opens an inline box pointing elsewhere ("Read also: …"). */
const INLINE_POINTER =
  /^(?:read also|see also|related|also read|à lire aussi|lire aussi|voir aussi|lee también|ver también|te puede interesar)\s*:?/i;

const COOKIE_WORDS = /\bcookies?\b/i;
const CONSENT_WORDS =
  /\b(?:accept|consent|agree|privacy|refuse|decline|accepte[rz]?|consentement|confidentialité|refuse[rz]?|acepta[rs]?|consentimiento|privacidad|rechaza[rs]?)/i;

/** Elements that are never content: forms' controls, navigation landmarks. */
const ALWAYS_DROP =
  'nav, button, select, input, textarea, dialog, [role="navigation"], [role="search"], [aria-hidden="true"]';

/** Removes chrome from `document` in place; `blocks` are the page's repeated blocks when already computed. */
export function preClean(document: Document, blocks = findRepeatedBlocks(document.body)): void {
  const protectedSet = protectedElements(document);
  const stats = measureText(document.body);
  const measure = (element: Element) => statsOf(stats, element);
  const removable = (element: Element) => !protectedSet.has(element);
  const toRemove: Element[] = [];

  for (const element of document.querySelectorAll(ALWAYS_DROP)) if (removable(element)) toRemove.push(element);
  for (const element of document.querySelectorAll('header, footer, aside, [role="banner"], [role="contentinfo"]')) {
    // Inside an article these hold a byline or pull quote; at page level they are site chrome.
    if (removable(element) && !findAncestor(element, isContentLandmark)) toRemove.push(element);
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (!removable(element)) continue;
    const m = measure(element);
    if (
      isChromeByName(element, m) ||
      isConsentBanner(element, m) ||
      isInlinePointer(element, m) ||
      isButtonLink(element)
    ) {
      toRemove.push(element);
    }
  }
  for (const element of document.body.querySelectorAll('td, div, ul, ol, p, section')) {
    if (removable(element) && isLinkList(measure(element))) toRemove.push(element);
  }
  for (const heading of document.body.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!CHROME_HEADING.test(cleanText(heading))) continue;
    const block = heading.parentElement;
    // Only a block of links or a short box: a body whose section is called "Latest developments" stays.
    if (block && removable(block) && (measure(block).text < 600 || linkShare(measure(block)) >= 0.3)) {
      toRemove.push(block);
    }
  }
  for (const block of blocks) {
    if (removable(block.container)) toRemove.push(block.container);
  }
  for (const element of toRemove) element.remove();
}

function isContentLandmark(element: Element): boolean {
  return /^(?:ARTICLE|MAIN)$/.test(element.tagName) || element.getAttribute('role') === 'main';
}

/** The headline, `<main>`, `<article>` and every ancestor of them: removing one would remove the article. */
function protectedElements(document: Document): Set<Element> {
  const kept = new Set<Element>([document.documentElement, document.body]);
  for (const anchor of document.querySelectorAll('h1, main, article, [role="main"]')) {
    for (let node: Element | null = anchor; node && !kept.has(node); node = node.parentElement) kept.add(node);
  }
  return kept;
}

/** Whether class and id words name a chrome block (consent, share, related, newsletter, breadcrumb, footer…). */
export function isChromeName(classAndId: string): boolean {
  return CHROME_NAME.test(classAndId);
}

function isChromeByName(element: Element, measured: TextStats): boolean {
  const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (name.trim() === '' || !CHROME_NAME.test(name)) return false;
  // A long text inside a "share-content" wrapper is content; chrome blocks are short.
  return measured.text < 1200;
}

function isConsentBanner(element: Element, measured: TextStats): boolean {
  if (!/^(?:DIV|SECTION|ASIDE|FORM)$/.test(element.tagName) || measured.text >= 2000) return false;
  const text = cleanText(element);
  return text.length < 2000 && COOKIE_WORDS.test(text) && CONSENT_WORDS.test(text) && hasAction(element);
}

function hasAction(element: Element): boolean {
  return findDescendant(element, (e) => /^(?:BUTTON|A|INPUT)$/.test(e.tagName)) !== null;
}

function isInlinePointer(element: Element, measured: TextStats): boolean {
  if (!/^(?:DIV|P|ASIDE|SECTION|SPAN)$/.test(element.tagName) || measured.links === 0 || measured.text >= 300) {
    return false;
  }
  const text = cleanText(element);
  return text.length < 300 && INLINE_POINTER.test(text);
}

/** A menu: three or more links and hardly any text around them. */
function isLinkList(measured: TextStats): boolean {
  return measured.links >= 3 && measured.text < 1500 && linkShare(measured) >= 0.8;
}

/** Share of an element's text that is link text. */
function linkShare(measured: TextStats): number {
  return measured.text === 0 ? 0 : measured.linkText / measured.text;
}

/** A link styled as a button ("Register now", "Download the report"): an action, not text. */
function isButtonLink(element: Element): boolean {
  if (element.tagName !== 'A') return false;
  return /(?:^|[\s_-])(?:btn|button|cta|apply|register)(?:$|[\s_-])/i.test(element.getAttribute('class') ?? '');
}
