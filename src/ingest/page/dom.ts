/**
 * One way to turn page HTML into a DOM (linkedom: a light, fast DOM for servers) and the few DOM helpers the page
 * modules share. linkedom builds the tree as written and does not repair a missing `<html>`, `<head>` or `<body>`
 * the way a browser does, so the tree is normalised here once.
 */
import { parseHTML } from 'linkedom';

const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

/** A document with `<html>`, `<head>` and `<body>`, whatever the input lacked (fragment, no body, plain text). */
export function parseDom(html: string): Document {
  const closed = closeTitle(html);
  const source = /<html[\s>]/i.test(closed.slice(0, 65536)) ? closed : `<html>${closed}</html>`;
  const { document } = parseHTML(source);
  const root = document.documentElement;
  const children = [...root.childNodes];
  let head = children.find((node) => node.nodeName === 'HEAD');
  let body = children.find((node) => node.nodeName === 'BODY');
  if (!head) {
    head = document.createElement('head');
    root.insertBefore(head, root.firstChild);
  }
  if (!body) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  // Stray nodes under <html>: head elements written before any content go to <head>, the rest to <body>.
  let inBody = false;
  for (const node of children) {
    if (node === head || node === body) {
      if (node === body) inBody = true;
      continue;
    }
    const isHeadElement = HEAD_ELEMENTS.has(node.nodeName);
    const isBlank = node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '';
    if (!inBody && (isHeadElement || isBlank)) head.appendChild(node);
    else {
      inBody = true;
      body.appendChild(node);
    }
  }
  return document;
}

/**
 * An unclosed `<title>` swallows the whole page as its text (the HTML rules make it raw text); closing it at the
 * next tag keeps the page readable. Only the head of the document is looked at.
 */
function closeTitle(html: string): string {
  const head = html.slice(0, 65536);
  const open = /<title[^>]*>/i.exec(head);
  if (!open || /<\/title\s*>/i.test(html)) return html;
  const start = open.index + open[0].length;
  const end = html.indexOf('<', start);
  const cut = end === -1 ? html.length : end;
  return `${html.slice(0, cut).trimEnd()}</title>${html.slice(cut)}`;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * The first descendant of `root` (not `root` itself) that passes `test`, in document order. linkedom compiles a
 * CSS selector on every querySelector call, so loops over many elements walk the tree with a predicate instead.
 */
export function findDescendant(root: Element, test: (element: Element) => boolean): Element | null {
  for (const element of descendants(root)) if (test(element)) return element;
  return null;
}

/** Every element under `root`, in document order (linkedom's getElementsByTagName does not take "*"). */
export function* descendants(root: Element): Generator<Element> {
  const stack: Element[] = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Links with an `href` under `root`. */
export function linksIn(root: Element): Element[] {
  return [...root.getElementsByTagName('a')].filter((link) => link.hasAttribute('href'));
}

/** The nearest ancestor of `element` (itself excluded) that passes `test`. */
export function findAncestor(element: Element, test: (element: Element) => boolean): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** Text of an element with runs of whitespace collapsed to one space. */
export function cleanText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** An absolute URL for `href` against `base`, or undefined when it is empty, a fragment, or not a web link. */
export function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const value = href?.trim();
  if (!value || value.startsWith('#')) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's base URL: `<base href>` resolved against the document URL, else the document URL. */
export function documentBase(document: Document, url: string | undefined): string | undefined {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  return absoluteUrl(href, url) ?? (url && absoluteUrl(url, undefined));
}
