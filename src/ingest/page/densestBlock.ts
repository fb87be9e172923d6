/**
 * The element holding the most paragraph text, for pages where Readability finds no article (very short pages,
 * `<br>`-separated text, tables used for layout). Each text run counts for its nearest block parent; one pass.
 */
import { ELEMENT_NODE, TEXT_NODE } from './dom.js';

const BLOCKS = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'BLOCKQUOTE', 'FONT', 'CENTER', 'LI']);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'A',
  'BUTTON',
  'SELECT',
  'HEADER',
  'FOOTER',
]);

/** The block element with the most non-link text directly under it (through paragraphs), or null for an empty page. */
export function densestBlock(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const stack: { node: Node; block: Element }[] = [{ node: root, block: root }];
  while (stack.length > 0) {
    const { node, block } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const length = (node.textContent ?? '').trim().length;
      if (length > 0) scores.set(block, (scores.get(block) ?? 0) + length);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) continue;
    const next = BLOCKS.has(element.tagName) ? element : block;
    for (const child of element.childNodes) stack.push({ node: child, block: next });
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}
