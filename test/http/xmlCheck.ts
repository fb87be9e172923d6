import { Parser } from 'htmlparser2';

/**
 * Reads XML with htmlparser2 in xmlMode and checks it is well formed enough for a feed reader:
 * every element closed in order, one root. Returns the root element name.
 */
export function assertWellFormedXml(xml: string): string {
  const stack: string[] = [];
  const roots: string[] = [];
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentagname(name) {
        if (stack.length === 0) roots.push(name);
        stack.push(name);
      },
      onclosetag(name, isImplied) {
        const open = stack.pop();
        if (open !== name) problems.push(`<${open}> closed by </${name}>`);
        // An implied close is fine for `<x/>`; anywhere else the document forgot to close an element.
        const token = xml.slice(parser.startIndex, parser.endIndex + 1);
        if (isImplied && !token.endsWith('/>')) problems.push(`<${name}> is never closed`);
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots.length !== 1) problems.push(`expected one root element, found ${roots.length}`);
  if (problems.length) throw new Error(`Malformed XML: ${problems.join('; ')}`);
  return roots[0] as string;
}
