/**
 * Text and link-text lengths of every element under a root, in one bottom-up pass, so that chrome tests
 * ("mostly links", "a short box") cost a lookup instead of a walk of each element's subtree.
 */
import { ELEMENT_NODE, TEXT_NODE } from './dom.js';

export interface TextStats {
  /** Characters of text, whitespace runs counted as one. */
  text: number;
  /** Characters of that text inside links. */
  linkText: number;
  /** Links with an href. */
  links: number;
}

const EMPTY: TextStats = { text: 0, linkText: 0, links: 0 };
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Measures every element under `root` (and `root`); look elements up with {@link statsOf}. */
export function measureText(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  // Post-order without recursion: an element is measured once all its children are.
  const stack: { element: Element; visited: boolean }[] = [{ element: root, visited: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { element } = frame;
    if (!frame.visited) {
      stack.push({ element, visited: true });
      for (const child of element.children)
        if (!SKIPPED.has(child.tagName)) stack.push({ element: child, visited: false });
      continue;
    }
    const own: TextStats = { text: 0, linkText: 0, links: 0 };
    for (const node of element.childNodes) {
      if (node.nodeType === TEXT_NODE) own.text += collapsedLength(node.textContent ?? '');
      else if (node.nodeType === ELEMENT_NODE) {
        const child = stats.get(node as Element) ?? EMPTY;
        own.text += child.text;
        own.linkText += child.linkText;
        own.links += child.links;
      }
    }
    if (element.tagName === 'A' && element.hasAttribute('href')) {
      own.linkText = own.text;
      own.links += 1;
    }
    stats.set(element, own);
  }
  return stats;
}

/** The measures of an element; zero for one measured after the pass (or inside a script). */
export function statsOf(stats: Map<Element, TextStats>, element: Element): TextStats {
  return stats.get(element) ?? EMPTY;
}

function collapsedLength(text: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!isSpace) length++;
    else if (!space) length++;
    space = isSpace;
  }
  return length;
}
