/** One parsed e-mail → its items: the stories of a newsletter, or the whole message as one item. */

import type { ItemType, ParsedItem } from '../../domain/item.js';
import { isNewsletterChrome } from '../text/chrome.js';
import { parseTextDump } from '../text/index.js';
import type { EmailMessage } from './parseEmail.js';
import { splitNewsletter } from './splitNewsletter.js';
import { WEB_VERSION } from './webVersion.js';

interface Story {
  title: string;
  url?: string;
  text: string;
  html?: string;
  typeHint?: ItemType;
}

/**
 * The items of one message, numbered from `firstPosition` (a mailbox keeps counting across its messages). Every
 * item is dated by the issue (the message's Date) and credited to its sender.
 */
export function messageItems(message: EmailMessage, source: string, firstPosition: number): ParsedItem[] {
  const { stories, language } = messageStories(message);
  const organization = organizationHint(message);
  return stories.map((story, index) => {
    const item: ParsedItem = {
      title: story.title,
      text: story.text,
      provenance: { source, format: 'email', position: firstPosition + index },
    };
    if (message.messageId) item.guid = `${message.messageId}#${index}`;
    if (story.url) item.url = story.url;
    if (message.date) item.published = message.date;
    if (story.html) item.html = story.html;
    if (story.typeHint) item.typeHint = story.typeHint;
    if (organization) item.sourceOrganization = organization;
    const lang = message.language ?? language;
    if (lang) item.language = lang;
    return item;
  });
}

function messageStories(message: EmailMessage): { stories: Story[]; language?: string } {
  const title = message.subject ?? message.listName ?? 'E-mail without a subject';
  if (message.html) {
    const ignoreLinks = [...message.listUnsubscribe];
    if (message.webVersionUrl) ignoreLinks.push(message.webVersionUrl);
    const split = splitNewsletter(message.html, { subject: message.subject, ignoreLinks });
    if (split.stories.length > 0) return { stories: split.stories, language: split.language };
    const text = split.intro.join('\n\n');
    return { stories: text ? [{ title, text, html: message.html }] : [], language: split.language };
  }
  if (message.text) return { stories: textStories(message.text, title) };
  return { stories: [] };
}

/** A plain-text newsletter goes through the text-dump newsletter reader; any other text is one item. */
function textStories(text: string, title: string): Story[] {
  const dump = parseTextDump(text, 'e-mail');
  if (dump.format === 'text-newsletter' && dump.items.length > 1) {
    return dump.items.map((item) => ({ title: item.title, url: item.url, text: item.text, typeHint: item.typeHint }));
  }
  const body = text
    .split(/\r?\n/)
    .filter((line) => !isNewsletterChrome(line.trim()) && !(line.length < 120 && WEB_VERSION.test(line)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return body ? [{ title, text: body }] : [];
}

const SENDER_WORDS =
  /\s*(?:[|–—:-]\s*)?\b(?:newsletters?|news|bulletin|digest|updates?|team|mailing|infomail|lettre d['’]information|bolet[ií]n|noticias)\b\s*$/i;
const SENDING_SUBDOMAIN = /^(?:news|newsletter|newsletters|mail|mailer|email|e|info|lists?|mc|bounce|send)\./i;

/** Who published the issue: the sender's display name without "Newsletter"-like words, else the list, else the domain. */
export function organizationHint(message: EmailMessage): string | undefined {
  const name = message.from?.name
    ?.replace(/^"|"$/g, '')
    .replace(/\s*\bvia\b.*$/i, '')
    .trim();
  const cleaned = name?.replace(SENDER_WORDS, '').trim() || name;
  if (cleaned) return cleaned;
  if (message.listName) return message.listName.replace(SENDER_WORDS, '').trim() || message.listName;
  const domain = message.from?.address?.split('@')[1]?.toLowerCase();
  return domain?.replace(SENDING_SUBDOMAIN, '') || undefined;
}
