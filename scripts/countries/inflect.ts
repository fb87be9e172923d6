/** Expands the adjective bases of terms.ts into the surface forms a text may use (gender and number). */

/** Splits a '|' list; a leading '!' marks the whole list as exact forms. */
function bases(spec: string | undefined): { forms: string[]; exact: boolean } {
  if (!spec) return { forms: [], exact: false };
  const exact = spec.startsWith('!');
  return { forms: (exact ? spec.slice(1) : spec).split('|').filter(Boolean), exact };
}

function english(base: string): string[] {
  // Demonyms in -ese, -sh, -ch, -ss and -i/-s forms like "Swiss" have no plural in -s.
  if (/(ese|sh|ch|ss|s|x|z)$/.test(base) || base.includes(' ')) return base.includes(' ') ? [base, `${base}s`] : [base];
  return [base, `${base}s`];
}

function french(base: string): string[] {
  let fem: string;
  if (/(ien|éen|en|on)$/.test(base)) fem = `${base}ne`;
  else if (/e$/.test(base)) fem = base;
  else fem = `${base}e`;
  const plural = /[sx]$/.test(base) ? base : `${base}s`;
  return [base, fem, plural, `${fem}s`];
}

function spanish(base: string): string[] {
  if (/o$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (/[íú]$/.test(base)) return [base, `${base}es`, `${base}s`];
  if (/és$/.test(base)) {
    const stem = base.slice(0, -2);
    return [base, `${stem}esa`, `${stem}eses`, `${stem}esas`];
  }
  if (/án$/.test(base)) {
    const stem = base.slice(0, -2);
    return [base, `${stem}ana`, `${stem}anes`, `${stem}anas`];
  }
  if (/ol$/.test(base)) return [base, `${base}a`, `${base}es`, `${base}as`];
  if (/[ea]$/.test(base)) return [base, `${base}s`];
  return [base, `${base}es`];
}

const RULES = { en: english, fr: french, es: spanish } as const;

/** All forms of the adjectives given for one language. */
export function inflect(lang: keyof typeof RULES, spec: string | undefined): string[] {
  const { forms, exact } = bases(spec);
  if (exact) return forms;
  return forms.flatMap((form) => RULES[lang](form));
}
