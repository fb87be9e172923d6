/**
 * Structural check of the fictional demo corpus the hub imports on first start (demo/corpus).
 * It deliberately avoids the hub's own importers: the corpus must stay valid whatever they do.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { GCM_OBJECTIVES } from '../src/domain/gcm.js';

const CORPUS = fileURLToPath(new URL('../demo/corpus/', import.meta.url));
const TYPES = ['news', 'practice', 'publication', 'event', 'project', 'statement', 'call', 'vacancy'] as const;
type DemoType = (typeof TYPES)[number];

/** Category labels per language, as the feeds write them. */
const CATEGORY: Record<string, Record<DemoType, string>> = {
  en: {
    news: 'News',
    practice: 'Practice',
    publication: 'Publication',
    event: 'Event',
    project: 'Project',
    statement: 'Statement',
    call: 'Call for proposals',
    vacancy: 'Vacancy',
  },
  fr: {
    news: 'Actualité',
    practice: 'Pratique',
    publication: 'Publication',
    event: 'Événement',
    project: 'Projet',
    statement: 'Déclaration',
    call: 'Appel à propositions',
    vacancy: "Offre d'emploi",
  },
  es: {
    news: 'Noticia',
    practice: 'Práctica',
    publication: 'Publicación',
    event: 'Evento',
    project: 'Proyecto',
    statement: 'Declaración',
    call: 'Convocatoria',
    vacancy: 'Vacante',
  },
};

/** Natural vocabulary of each GCM objective (en/fr/es); each must occur in at least 6 items. */
const OBJECTIVE_VOCABULARY: Record<number, RegExp> = {
  1: /\bdata\b|statistic|données|datos|estadístic/i,
  2: /climate|drought|sea-level|climat|sécheresse|clima|sequía/i,
  3: /accurate|timely|pre-departure|helpline|hotline|information (points?|centres?|sessions?)|fiables?|exactes?|precisa|oportuna/i,
  4: /legal identity|birth (registration|certificate)|stateless|identité juridique|état civil|apatridie|identidad (legal|jurídica)|apatridia|registro civil/i,
  5: /regular pathways?|pathways|labour mobility|skills partnership|régularisation|migration régulière|regularización|vías? (de migración )?regular/i,
  6: /recruitment|decent work|recrutement|travail décent|reclutamiento|trabajo decente/i,
  7: /vulnerab|unaccompanied|non accompagn|no acompañad/i,
  8: /missing migrants?|search and rescue|shipwreck|migrants disparus|naufrage|desaparecid|salvamento/i,
  9: /smuggl|trafic illicite|passeurs|tráfico ilícito/i,
  10: /trafficking|\btraite\b|\btrata\b/i,
  11: /border management|gestion (coordonnée |intégrée )?des frontières|gestión (integrada )?de (la )?fronteras?|gestión fronteriza/i,
  12: /screening|referral|filtrage|orientation|derivación|derivar/i,
  13: /detention|rétention|detención/i,
  14: /consul/i,
  15: /health|school|housing|santé|soins|école|salud|vivienda/i,
  16: /inclusion|social cohesion|cohésion|inclusión|convivencia|cohesión/i,
  17: /hate speech|xenophob|discrimination|discours de haine|xénophob|discursos? de odio|xenofob|discriminación/i,
  18: /skills|qualifications?|compétences|competencias|reconocimiento de títulos/i,
  19: /diaspora|diáspora/i,
  20: /remittances?|envois de fonds|transferts d'argent|remesas/i,
  21: /reintegration|returnees?|réintégration|migrants de retour|reintegración|retornad/i,
  22: /social security|pensions?|portability|sécurité sociale|portabilité|seguridad social|portabilidad/i,
  23: /global compact|international cooperation|pacte mondial|pacto mundial|coopération (internationale|régionale)|cooperación (internacional|regional)/i,
};

/** Namespace URIs are identifiers, not links; every other URL must use a reserved example domain. */
const NAMESPACES = new Set([
  'http://purl.org/rss/1.0/modules/content/',
  'http://purl.org/dc/elements/1.1/',
  'http://www.w3.org/2005/Atom',
]);
const EXAMPLE_HOST = /(^|\.)example\.(org|net|com)$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface DemoItem {
  file: string;
  language: string;
  type: DemoType | undefined;
  title: string;
  /** ISO 8601 with offset, or undefined for text listings (they carry no dates). */
  date: string | undefined;
  text: string;
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const stripTags = (html: string): string => html.replace(/<[^>]*>/g, ' ');

/** Returns well-formedness problems: unbalanced or crossed tags, raw '&' or '<' outside CDATA, several roots. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^<\?xml[^>]*\?>/, '');
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
  const rawAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const between = body.slice(last, m.index);
    if (between.includes('<')) problems.push(`stray "<" before offset ${m.index}`);
    if (rawAmp.test(between) || rawAmp.test(m[3] ?? '')) problems.push(`raw "&" before offset ${m.index}`);
    last = m.index + m[0].length;
    const [, closing, name = '', , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  if (body.slice(last).trim()) problems.push('text after the root element');
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Checks an RFC 822 date (weekday must match the date) and returns it as ISO 8601 with offset. */
function rfc822ToIso(value: string): string {
  const m = /^(\w{3}), (\d{2}) (\w{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(value);
  assert.ok(m, `not an RFC 822 date with numeric offset: ${value}`);
  const [, day = '', dd = '', mon = '', yyyy = '', time = '', oh = '', om = ''] = m;
  const month = MONTHS.indexOf(mon);
  assert.ok(month >= 0, `bad month in ${value}`);
  assert.equal(DAYS[new Date(Date.UTC(Number(yyyy), month, Number(dd))).getUTCDay()], day, `weekday of ${value}`);
  return `${yyyy}-${String(month + 1).padStart(2, '0')}-${dd}T${time}${oh}:${om}`;
}

function typeOf(language: string, label: string): DemoType | undefined {
  const labels = CATEGORY[language];
  return labels ? TYPES.find((t) => labels[t] === label) : undefined;
}

function readFeed(file: string, xml: string): DemoItem[] {
  const doc = parseDocument(xml, { xmlMode: true });
  const first = (name: string, el: Parameters<typeof DomUtils.getElementsByTagName>[1]) =>
    DomUtils.getElementsByTagName(name, el, true, 1)[0];
  const text = (name: string, el: Parameters<typeof DomUtils.getElementsByTagName>[1]) => {
    const node = first(name, el);
    return node ? DomUtils.textContent(node).trim() : '';
  };
  const feed = first('feed', doc);
  if (feed) {
    const language = feed.attribs['xml:lang'] ?? '';
    return DomUtils.getElementsByTagName('entry', doc).map((entry) => {
      const published = text('published', entry);
      assert.match(published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, `${file}: published`);
      assert.match(text('updated', entry), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, `${file}: updated`);
      assert.ok(text('id', entry), `${file}: entry without id`);
      assert.equal(first('link', entry)?.attribs.rel, 'alternate', `${file}: entry link rel`);
      assert.equal(first('content', entry)?.attribs.type, 'html', `${file}: content type`);
      assert.ok(text('summary', entry), `${file}: entry without summary`);
      const term = first('category', entry)?.attribs.term ?? '';
      const title = text('title', entry);
      const body = stripTags(text('content', entry));
      return { file, language, type: typeOf(language, term), title, date: published, text: body };
    });
  }
  const channel = first('channel', doc);
  assert.ok(channel, `${file}: neither an Atom feed nor an RSS channel`);
  for (const field of ['title', 'link', 'description']) assert.ok(text(field, channel), `${file}: channel ${field}`);
  const language = text('language', channel);
  return DomUtils.getElementsByTagName('item', doc).map((item) => {
    for (const field of ['link', 'guid', 'description']) assert.ok(text(field, item), `${file}: item ${field}`);
    const title = text('title', item);
    const body = stripTags(text('content:encoded', item));
    const date = rfc822ToIso(text('pubDate', item));
    return { file, language, type: typeOf(language, text('category', item)), title, date, text: body };
  });
}

/** Reads a practice listing: "Title", blank, "Submitted by NAME on", blank, paragraphs; last line names the objective. */
function readListing(file: string, content: string): DemoItem[] {
  const lines = content.trimEnd().split('\n');
  const footer = lines.at(-1) ?? '';
  const m = /^Subscribe to Objective (\d+): (.+)$/.exec(footer);
  assert.ok(m, `${file}: last line must be "Subscribe to Objective N: <title>"`);
  assert.equal(m[2], GCM_OBJECTIVES[Number(m[1]) - 1]?.title, `${file}: objective title`);
  const starts = lines.flatMap((line, i) => (/^Submitted by .+ on$/.test(line) ? [i] : []));
  return starts.map((start, k) => {
    assert.equal(lines[start - 1], '', `${file}: blank line before line ${start + 1}`);
    assert.equal(lines[start + 1], '', `${file}: blank line after line ${start + 1}`);
    const end = k + 1 < starts.length ? (starts[k + 1] ?? 0) - 2 : lines.length - 1;
    const title = lines[start - 2] ?? '';
    const text = lines.slice(start + 2, end).join('\n');
    return { file, language: 'en', type: 'practice', title, date: undefined, text };
  });
}

const files = readdirSync(CORPUS).sort();
const raw = new Map(files.map((f) => [f, readFileSync(join(CORPUS, f), 'utf8')]));
const items: DemoItem[] = files.flatMap((f) => {
  const content = raw.get(f) ?? '';
  if (f.endsWith('.txt')) return readListing(f, content);
  return f.endsWith('.xml') ? readFeed(f, content) : [];
});
const count = (predicate: (item: DemoItem) => boolean): number => items.filter(predicate).length;

describe('demo corpus', () => {
  test('every XML file is well-formed UTF-8 with escaped ampersands', () => {
    for (const [file, xml] of raw) {
      if (!file.endsWith('.xml')) continue;
      assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), `${file}: XML declaration`);
      assert.deepEqual(xmlProblems(xml), [], file);
      const opened = (xml.match(/<(item|entry)>/g) ?? []).length;
      assert.equal(opened, (xml.match(/<\/(item|entry)>/g) ?? []).length, `${file}: balanced items`);
      assert.ok(opened >= 10, `${file}: only ${opened} items`);
    }
  });

  test('the well-formedness check itself catches broken XML', () => {
    assert.notDeepEqual(xmlProblems('<a><b></a></b>'), []);
    assert.notDeepEqual(xmlProblems('<a>Fish & chips</a>'), []);
    assert.deepEqual(xmlProblems('<a x="1">Fish &amp; chips<![CDATA[<p>&</p>]]><b/></a>'), []);
  });

  test('holds at least 210 items with titles, a known type and 80–250 words each', () => {
    assert.ok(items.length >= 210, `only ${items.length} items`);
    for (const item of items) {
      assert.ok(item.title, `${item.file}: item without title`);
      assert.ok(item.type, `${item.file}: "${item.title}" has no recognised type category`);
      const n = words(item.text);
      assert.ok(n >= 80 && n <= 250, `${item.file}: "${item.title}" has ${n} words`);
    }
  });

  test('about 60% English, 20% French, 20% Spanish, one language per file', () => {
    const share = (lang: string) => count((i) => i.language === lang) / items.length;
    assert.ok(share('en') >= 0.5 && share('en') <= 0.7, `English share ${share('en')}`);
    assert.ok(share('fr') >= 0.15, `French share ${share('fr')}`);
    assert.ok(share('es') >= 0.15, `Spanish share ${share('es')}`);
    assert.equal(
      count((i) => !['en', 'fr', 'es'].includes(i.language)),
      0,
    );
  });

  test('every type appears at least 12 times', () => {
    for (const type of TYPES)
      assert.ok(count((i) => i.type === type) >= 12, `${type}: ${count((i) => i.type === type)}`);
  });

  test('every GCM objective is covered by at least 6 items in its own vocabulary', () => {
    for (const { number } of GCM_OBJECTIVES) {
      const re = OBJECTIVE_VOCABULARY[number];
      assert.ok(re, `no vocabulary for objective ${number}`);
      const n = count((i) => re.test(`${i.title} ${i.text}`));
      assert.ok(n >= 6, `objective ${number}: ${n} items`);
    }
    assert.ok(count((i) => /border management/i.test(`${i.title} ${i.text}`)) >= 6, '"border management"');
  });

  test('dates span 2019–2026 with varied offsets and none in the far future', () => {
    const dated = items.flatMap((i) => (i.date ? [i.date] : []));
    const years = new Set(dated.map((d) => d.slice(0, 4)));
    for (let y = 2019; y <= 2026; y++) assert.ok(years.has(String(y)), `no item in ${y}`);
    assert.ok(new Set(dated.map((d) => d.slice(19))).size >= 8, 'too few distinct UTC offsets');
    for (const d of dated) assert.ok(Date.parse(d) < Date.parse('2027-01-01T00:00:00Z'), `${d} is in the future`);
  });

  test('links only point to reserved example domains', () => {
    for (const [file, content] of raw) {
      for (const url of content.match(/https?:\/\/[^\s"'<>\]]+/g) ?? []) {
        if (NAMESPACES.has(url)) continue;
        assert.match(new URL(url).hostname, EXAMPLE_HOST, `${file}: ${url}`);
      }
      for (const [, host = ''] of content.matchAll(/tag:([^,]+),/g)) assert.match(host, EXAMPLE_HOST, file);
    }
  });
});
