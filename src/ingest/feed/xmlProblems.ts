import { Parser } from 'htmlparser2';

/**
 * Describes, in plain words, why an XML document is not well-formed (unclosed or stray tags, bare ampersands).
 * The feed library reads malformed feeds without complaint; these sentences become warnings so that a
 * source's owner learns that some entries may have been lost.
 */
export function xmlProblems(xml: string, limit = 3): string[] {
  const problems: string[] = [];
  const add = (problem: string) => {
    if (problems.length < limit && !problems.includes(problem)) problems.push(problem);
  };
  // htmlparser2 reports a self-closing tag's close as implied too, so remember which opening tags were `<x/>`.
  const selfClosing: boolean[] = [];
  const parser: Parser = new Parser(
    {
      onopentag() {
        selfClosing.push(xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>'));
      },
      onclosetag(name, isImplied) {
        if (!selfClosing.pop() && isImplied) add(`the <${name}> element is never closed`);
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  const bareAmpersand = stripCdataAndComments(xml).match(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[\dA-Fa-f]+);)/);
  if (bareAmpersand) add('it contains a bare "&" that should be written "&amp;"');
  // htmlparser2 ignores a closing tag that matches no open element, so count tags to spot those.
  if (strayClosingTag(xml)) add('it has a closing tag without a matching opening tag');
  return problems;
}

function stripCdataAndComments(xml: string): string {
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

function strayClosingTag(xml: string): boolean {
  const counts = new Map<string, number>();
  const body = stripCdataAndComments(xml);
  for (const match of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing || !name) continue;
    const count = (counts.get(name) ?? 0) + (closing ? -1 : 1);
    if (count < 0) return true;
    counts.set(name, count);
  }
  return false;
}
