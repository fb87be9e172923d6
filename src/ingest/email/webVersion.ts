/** Finds the "view in browser" link of a newsletter: the web copy of the issue, a better base and link than the e-mail. */

import { Parser } from 'htmlparser2';

/** Link captions that point to the web copy of an e-mail, in English, French and Spanish. */
export const WEB_VERSION =
  /(?:view|read|see|open)\s+(?:(?:this|the|it|our)\s+)?(?:e-?mail|message|newsletter|issue|bulletin)?\s*(?:in\s+(?:your|a)\s+(?:web\s+)?browser|online|on\s+the\s+web)|web\s+version|browser\s+version|online\s+version|version\s+(?:en\s+ligne|web|navigateur)|(?:afficher|voir|consulter|lire)\s+(?:(?:cet|ce|le|la)\s+(?:e-?mail|courriel|message|lettre|bulletin)\s+)?(?:dans\s+(?:votre|le|un)\s+navigateur|en\s+ligne)|(?:ver|abrir|leer)\s+(?:(?:este|el|esta|la)\s+(?:correo|e-?mail|mensaje|bolet[ií]n|newsletter)\s+)?(?:en\s+(?:el|tu|su|un)\s+navegador|en\s+l[ií]nea|online|en\s+la\s+web)|versi[oó]n\s+(?:web|en\s+l[ií]nea|online)/i;

/** The href of the first link whose caption asks to view the e-mail in a browser; undefined when there is none. */
export function findWebVersionLink(html: string): string | undefined {
  let found: string | undefined;
  let href: string | undefined;
  let caption = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name !== 'a' || found) return;
        href = attribs.href;
        caption = attribs.title ?? '';
      },
      ontext(text) {
        if (href !== undefined) caption += text;
      },
      onclosetag(name) {
        if (name !== 'a' || href === undefined) return;
        if (/^https?:\/\//i.test(href.trim()) && WEB_VERSION.test(caption.replace(/\s+/g, ' '))) found = href.trim();
        href = undefined;
        caption = '';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** The URL next to a "view in browser" caption in a plain-text e-mail ("View it online: https://…"), if any. */
export function findWebVersionInText(text: string): string | undefined {
  const lines = text.split(/\r?\n/, 40);
  for (const [index, line] of lines.entries()) {
    if (!WEB_VERSION.test(line)) continue;
    const url = /https?:\/\/[^\s<>()"]+/i.exec(`${line} ${lines[index + 1] ?? ''}`)?.[0];
    if (url) return url;
  }
  return undefined;
}
