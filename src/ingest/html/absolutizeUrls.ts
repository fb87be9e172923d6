/**
 * Makes relative `href` and `src` attributes in an HTML fragment absolute against a base URL.
 * Used where the base is known only at parse time (an Atom `xml:base`) and would be lost afterwards;
 * the sanitiser checks every URL again later.
 */
export function absolutizeUrls(html: string, base: string): string {
  return html.replace(
    /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi,
    (whole, prefix: string, doubleQuoted?: string, singleQuoted?: string) => {
      const value = doubleQuoted ?? singleQuoted ?? '';
      if (/^[a-z][a-z\d+.-]*:/i.test(value.trim()) || value.trim().startsWith('#')) return whole;
      try {
        return `${prefix}"${new URL(value.trim(), base).href.replace(/"/g, '%22')}"`;
      } catch {
        return whole;
      }
    },
  );
}
