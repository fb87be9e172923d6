/**
 * Newsletter chrome in HTML e-mails: the lines and links that frame every issue rather than tell a story —
 * "view in browser", social links, unsubscribe and preferences, forward to a friend, copyright, postal address.
 */

import { isLinkCaptionLine, isNewsletterChrome } from '../text/chrome.js';
import type { HtmlLine } from './htmlLines.js';
import { WEB_VERSION } from './webVersion.js';

const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook\.com|fb\.me|twitter\.com|x\.com|t\.co|linkedin\.com|lnkd\.in|youtube\.com|youtu\.be|instagram\.com|flickr\.com|tiktok\.com|threads\.net|bsky\.app|t\.me|whatsapp\.com|vimeo\.com)$/i;
const SHARE_PATH = /sharer|share\?|sharearticle|intent\/tweet|\/share\b/i;

const SOCIAL_WORDS =
  /^(?:(?:facebook|twitter|x|linkedin|youtube|instagram|flickr|tiktok|bluesky|mastodon|share|tweet|forward|e-?mail|website|web|rss)\s*[|·•,/-]?\s*)+$/i;
const FOLLOW =
  /^(?:follow us|connect with us|stay connected|join us on|suivez-nous|retrouvez-nous|síguenos|siguenos|s[ií]guenos en)/i;
const FOOTER =
  /(?:unsubscribe|opt[- ]out|update (?:your )?(?:preferences|subscription|profile)|manage (?:your )?(?:preferences|subscription|e-?mail)|(?:change|adjust) how you receive|you(?:'re| are) receiving|you received this|why did i get this|our mailing address|add us to your address book|privacy policy|se désabonner|se desabonner|désinscri|desinscri|désabonnement|gérer (?:vos|mes|votre) (?:préférences|abonnement)|modifier (?:vos|votre) (?:préférences|abonnement)|vous recevez (?:ce|cet)|vous avez reçu|politique de confidentialité|darse de baja|dar de baja|date de baja|cancelar (?:la |su |tu )?suscripci|anular (?:la )?suscripci|gestionar (?:sus|tus) preferencias|actualizar (?:sus|tus) preferencias|(?:recibe|recibes|recibió|ha recibido|has recibido) este|política de privacidad)/i;
const FORWARD =
  /(?:forward (?:this|to a friend)|transférer à un(?:e)? ami|transf[eé]rer (?:ce|cet)|reenviar (?:a un amigo|este)|click here if|cliquez ici si|haga clic aquí si|haz clic aquí si)/i;
const COPYRIGHT =
  /(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved|tous droits réservés|todos los derechos reservados/i;
const STREET =
  /\b(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd|square|place|rue|route|chemin|allée|quai|calle|avenida|plaza|paseo|carrera|strasse|straße|gasse|platz|p\.?\s?o\.?\s?box|case postale|apartado)\b/i;

/** Whether an http(s) link points to a social network profile or share button. */
export function isSocialLink(href: string): boolean {
  try {
    return SOCIAL_HOSTS.test(new URL(href).hostname);
  } catch {
    return false;
  }
}

/** Whether a link is only a share button ("share on X"), never a story's own link. */
export function isShareLink(href: string): boolean {
  return isSocialLink(href) || SHARE_PATH.test(href);
}

export type ChromeKind = 'footer' | 'chrome';

/**
 * 'footer' for lines that open the footer (copyright, unsubscribe, "follow us", social profiles), 'chrome' for other
 * frame lines (view in browser, forward, social icons, captions alone), undefined for content.
 */
export function chromeKind(line: HtmlLine): ChromeKind | undefined {
  const text = line.text;
  if (text.length > 400) return undefined;
  const linked = line.segments.filter((s) => s.href !== undefined);
  const unlinked = line.segments
    .filter((s) => s.href === undefined)
    .map((s) => s.text)
    .join('')
    .trim();
  if (linked.length > 0 && linked.every((s) => isSocialLink(s.href!)) && unlinked.length < 40) {
    return FOLLOW.test(text) || linked.every((s) => !SHARE_PATH.test(s.href!)) ? 'footer' : 'chrome';
  }
  if (FOLLOW.test(text)) return 'footer';
  if (COPYRIGHT.test(text) || (text.length < 300 && FOOTER.test(text))) return 'footer';
  if (text.length < 120 && WEB_VERSION.test(text)) return 'chrome';
  if (text.length < 250 && (FORWARD.test(text) || isNewsletterChrome(text))) return 'chrome';
  if (SOCIAL_WORDS.test(text)) return 'chrome';
  return undefined;
}

/**
 * "Example Street 12, 1010 Vienna, Austria": a short line with a street word and a number, no sentence. Only
 * trusted next to the footer, since an event's venue reads the same.
 */
export function isPostalAddress(text: string): boolean {
  return text.length <= 160 && STREET.test(text) && /\d/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** A line that is only a link caption: "Read more", "Find out more | Visit the project page", "Register →". */
export function isCaptionLine(line: HtmlLine): boolean {
  const text = line.text.replace(/\s*[→›»>]+$/, '').trim();
  if (text === '' || !line.segments.some((s) => s.href !== undefined)) return false;
  return isLinkCaptionLine(text) || /^(?:more|plus|más|details|détails|detalles)$/i.test(text);
}
