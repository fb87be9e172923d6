/** Counts written in digits ("1,200", "1 200") or small number words in en/fr/es ("forty", "quarante", "cuarenta"). */

const WORDS: Record<string, number> = {};
const TABLES: Array<[string, number]> = [
  ['two deux dos', 2],
  ['three trois tres', 3],
  ['four quatre cuatro', 4],
  ['five cinq cinco', 5],
  ['six seis', 6],
  ['seven sept siete', 7],
  ['eight huit ocho', 8],
  ['nine neuf nueve', 9],
  ['ten dix diez', 10],
  ['eleven onze', 11],
  ['twelve douze doce', 12],
  ['fifteen quinze quince', 15],
  ['twenty vingt veinte', 20],
  ['thirty trente treinta', 30],
  ['forty quarante cuarenta', 40],
  ['fifty cinquante cincuenta', 50],
  ['sixty soixante sesenta', 60],
  ['seventy setenta', 70],
  ['eighty ochenta', 80],
  ['ninety noventa', 90],
  ['hundred cent cien ciento', 100],
  ['dozens dozen', 12],
];
for (const [words, value] of TABLES) for (const w of words.split(' ')) WORDS[w] = value;

/** Alternation source matching one count: digits with thousands separators, or a number word. */
export const COUNT_SOURCE = `(?:\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+|${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The value of a count matched by COUNT_SOURCE, or undefined. */
export function parseCount(text: string): number | undefined {
  const key = text.toLowerCase();
  if (key in WORDS) return WORDS[key];
  const digits = key.replace(/[,.\u00a0 ]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
