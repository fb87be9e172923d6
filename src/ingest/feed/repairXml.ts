import { Parser } from 'htmlparser2';

const NAME = /^[A-Za-z_][\w.:-]*$/;
/** HTML elements that never have content, written unescaped into feeds as "<br>": closed at once, as HTML does. */
const VOID = /^(?:br|hr|img|wbr)$/i;
const BARE_AMPERSAND = /&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[\dA-Fa-f]+);)/g;

/**
 * Rewrites a broken XML document as well-formed XML the way a lenient reader (libxml2's recover mode, a browser's
 * feed view) reads it: an element left open is closed when its parent closes or the document ends, a closing tag
 * that matches nothing is dropped, bare "&" and "<" in text become "&amp;" and "&lt;", attributes are quoted.
 * htmlparser2 does the tolerant tokenising; this only writes its events back out. HTML entities such as "&eacute;"
 * are kept for the feed reader to decode.
 */
export function repairXml(xml: string): string {
  const out: string[] = [];
  // Elements whose names are not XML names ("<<<>") are dropped, keeping their content; void ones close at once.
  const written: boolean[] = [];
  let inCdata = false;
  const parser = new Parser(
    {
      onprocessinginstruction(_name, data) {
        // "<?xml …?>" arrives without its closing "?"; "<!DOCTYPE …>" as is.
        out.push(data.startsWith('?') && !data.endsWith('?') ? `<${data}?>` : `<${data}>`);
      },
      onopentag(name, attributes) {
        const valid = NAME.test(name);
        const isVoid = VOID.test(name);
        written.push(valid && !isVoid);
        if (!valid) return;
        const attributeText = Object.entries(attributes)
          .filter(([key]) => NAME.test(key))
          .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
          .join('');
        out.push(`<${name}${attributeText}${isVoid ? '/' : ''}>`);
      },
      onclosetag(name) {
        if (written.pop()) out.push(`</${name}>`);
      },
      ontext(text) {
        out.push(inCdata ? text.replaceAll(']]>', ']]]]><![CDATA[>') : escapeText(text));
      },
      oncdatastart() {
        inCdata = true;
        out.push('<![CDATA[');
      },
      oncdataend() {
        inCdata = false;
        out.push(']]>');
      },
      oncomment(data) {
        out.push(`<!--${data.replaceAll('--', '- -')}-->`);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  parser.end();
  return out.join('');
}

function escapeText(text: string): string {
  return text.replace(BARE_AMPERSAND, '&amp;').replaceAll('<', '&lt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;');
}
