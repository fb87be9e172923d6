/** Recognises boilerplate lines that web pages and e-mails leave in a text dump: menus, switchers, link captions. */

import { wordCount } from './lines.js';

const DASH_ONLY = /^[-–—•·*|>]+$/;
const BULLET_ITEM = /^[-–—•·*]\s+\S/;
const LANGUAGE_CODE = /^(?:[a-z]{2}|[A-Z]{2})$/;
const LANGUAGE_LIST = /^(?:[A-Za-z]{2}\s*[|/·]\s*)+[A-Za-z]{2}$/;
const MENU_WORDS =
  /^(?:home|about( us)?|contact( us)?|blog|news|search|menu|login|log in|sign in|sign up|register|programs?|programmes?|projects|resources|publications|events|donate|faq|sitemap|accueil|à propos|contact|actualités|recherche|inicio|acerca de|contacto|noticias|buscar)$/i;

/** A line that is only a dash or bullet, a short "- Item" entry, or a navigation word: part of a menu. */
export function isMenuLine(line: string): boolean {
  if (DASH_ONLY.test(line)) return true;
  if (BULLET_ITEM.test(line) && wordCount(line) <= 5 && !/[.!?]$/.test(line)) return true;
  return MENU_WORDS.test(line);
}

/** A language switcher left by a page: "fr", "es", "EN | FR". */
export function isLanguageSwitcherLine(line: string): boolean {
  return LANGUAGE_CODE.test(line) || LANGUAGE_LIST.test(line);
}

const NEWSLETTER_CHROME =
  /(?:is not displayed (?:properly|correctly)|view (?:this|it|the) (?:e-?mail|message|newsletter|infomail) |in (?:your|a) (?:web )?browser|^view (?:it )?online$|unsubscribe|forward (?:this|to a friend)|update your (?:preferences|subscription)|ne s'affiche pas correctement|ne s’affiche pas correctement|version en ligne|se désabonner|désinscri|no se (?:visualiza|muestra|ve) correctamente|darse de baja|cancelar (?:la )?suscripci)/i;
const IN_THIS_ISSUE = /^(?:in this (?:issue|edition)|dans ce numéro|au sommaire|en este número|en esta edición)\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;

const FOOTER =
  /^(?:share(?: this(?: page| article| story)?)?|print(?: this page)?|follow us(?: on .*)?|back to top|partager(?: cette page)?|imprimer|suivez-nous.*|retour en haut|compartir(?: esta página)?|imprimir|síguenos.*|volver arriba)$/i;

/** A copyright notice: chrome for any page, so no sign of a newsletter. */
export function isCopyrightLine(line: string): boolean {
  return COPYRIGHT.test(line);
}

/** Page footer lines: "Share this page", "Print", "Follow us on …", "Back to top", © notices. */
export function isFooterLine(line: string): boolean {
  return FOOTER.test(line) || COPYRIGHT.test(line);
}

/** Newsletter boilerplate: "If the e-mail is not displayed properly…", "In this issue …", unsubscribe, ©. */
export function isNewsletterChrome(line: string): boolean {
  return IN_THIS_ISSUE.test(line) || COPYRIGHT.test(line) || (line.length < 200 && NEWSLETTER_CHROME.test(line));
}

const CALL_TO_ACTION =
  /^(?:find out more|read (?:more|or watch|the full|the|our)|download|visit|watch|click|register|apply|learn more|see (?:more|the|all)|more (?:information|info|details)|en savoir plus|lire (?:la suite|plus|le|l')|télécharger|visite[rz]|regarde[rz]|inscrivez|leer (?:más|el|la)|descarg|visit[ae]|más información|ver (?:más|el|la))/i;

/** Link captions: "Find out more | Visit our page" (short segments separated by " | ") or a short call to action. */
export function isLinkCaptionLine(line: string): boolean {
  if (line.length > 200) return false;
  if (line.includes(' | ')) {
    for (const segment of line.split(' | ')) if (segment.length > 90) return false;
    return true;
  }
  return line.length <= 160 && CALL_TO_ACTION.test(line) && !/[.!?]$/.test(line);
}

const READ_MORE =
  /\s*(?:read more|continue reading|lire la suite|en savoir plus|lire plus|leer más|seguir leyendo|ver más)\s*(?:<|›|»|>|→|\.{3}|…)?\s*$/i;

/** Whether a line ends with a "Read more" link (with or without a "<" marker left by the link). */
export function endsWithReadMore(line: string): boolean {
  // Only the end can match; testing a short tail keeps the scan from trying every position of a long paragraph.
  return READ_MORE.test(line.length > 40 ? line.slice(-40) : line);
}

/** Removes a trailing "Read more<" link caption. */
export function stripReadMore(line: string): string {
  return endsWithReadMore(line) ? line.replace(READ_MORE, '').trim() : line;
}

// A "<" glued to the end of a word marks where a link ended in the page; "a < b" and "<=" are left alone.
const LINK_MARKER = /(?<=\S)<(?![=\d<])/g;

/** Removes stray "<" link markers ("the ‘Practical Cooperation<’ project" → "the ‘Practical Cooperation’ project"). */
export function stripLinkMarkers(line: string): string {
  return line.includes('<') ? line.replace(LINK_MARKER, '') : line;
}
