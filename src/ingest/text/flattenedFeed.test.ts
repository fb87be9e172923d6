import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFlattenedFeed } from './flattenedFeed.js';
import { parseTextDump } from './index.js';
import { toLines } from './lines.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url), 'utf8');

describe('flattened feed', () => {
  const result = parseTextDump(fixture('feed-en.txt'), 'https://www.cmo.example.org/feed/');
  it('splits items at their date lines, with titles, links and dates', () => {
    assert.equal(result.format, 'text-feed');
    assert.deepEqual(
      result.items.map((i) => [i.title, i.url, i.published]),
      [
        [
          'Harbour cities compare reception models',
          'https://www.cmo.example.org/news/harbour-cities-reception/',
          '2024-03-04T09:00:00+00:00',
        ],
        [
          'New dataset: seasonal work permits 2015–2023',
          'https://www.cmo.example.org/news/seasonal-permits-dataset/',
          '2024-02-15T17:45:00-05:00',
        ],
        [
          'Interview: what fair recruitment means for farm workers',
          'https://www.cmo.example.org/news/interview-fair-recruitment/',
          '2024-01-30T08:05:00-05:00',
        ],
      ],
    );
    assert.deepEqual(result.warnings, []);
  });
  it('uses the full text as body and the teaser without dots as summary', () => {
    const [first, second, third] = result.items;
    assert.equal(
      first!.summary,
      'Officials from six port cities met in Valencia to compare how they receive people arriving by',
    );
    assert.ok(
      first!.text.startsWith(
        'Officials from six port cities met in Valencia to compare how they receive people arriving by sea',
      ),
    );
    assert.ok(first!.text.endsWith('by the end of the year.'));
    assert.equal(first!.text.split('\n\n').length, 3);
    // The full text may start on the teaser's line.
    assert.ok(second!.text.startsWith('The series covers eleven countries'));
    // An untruncated description with no text below is the body.
    assert.equal(third!.text, 'A short conversation with a labour inspector about recruitment fees.');
  });
  it('takes publisher and language from the channel', () => {
    for (const item of result.items) {
      assert.equal(item.sourceOrganization, 'www.cmo.example.org');
      assert.equal(item.language, 'en');
      assert.equal(item.typeHint, 'news');
    }
  });
  it('finds the first item without a channel build date, and warns about an undated last item', () => {
    const text = [
      'Example News https://news.example.net/ All our news fr https://news.example.net/rss Première nouvelle https://news.example.net/a Un résumé...',
      'Le texte complet.',
      '2024-05-02T10:00:00+02:00',
      'Deuxième nouvelle https://news.example.net/b Encore un résumé...',
      'Texte sans date.',
    ].join('\n');
    const warnings: string[] = [];
    const drafts = parseFlattenedFeed(toLines(text), warnings);
    assert.deepEqual(
      drafts.map((d) => [d.title, d.url, d.published, d.language]),
      [
        ['Première nouvelle', 'https://news.example.net/a', '2024-05-02T10:00:00+02:00', 'fr'],
        ['Deuxième nouvelle', 'https://news.example.net/b', undefined, 'fr'],
      ],
    );
    assert.equal(warnings.length, 1);
  });
});
