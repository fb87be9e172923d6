import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitNewsletter } from './splitNewsletter.js';

const row = (cell: string) => `<tr><td>${cell}</td></tr>`;
const layout = (...cells: string[]) => `<html><body><table>${cells.map(row).join('')}</table></body></html>`;

describe('splitNewsletter', () => {
  it('opens a story at each heading and types it by the section above', () => {
    const { stories } = splitNewsletter(
      layout(
        '<h2>Latest publications</h2>',
        '<h3><a href="https://example.org/a">Atlas of labour corridors</a></h3><p>Maps of twenty corridors.</p>',
        '<h2>Upcoming events</h2>',
        '<h3>Webinar on return counselling</h3><p>On 3 June, online.</p><p><a href="https://example.org/w">Register</a></p>',
      ),
    );
    assert.deepEqual(
      stories.map((s) => [s.title, s.typeHint, s.url, s.text]),
      [
        ['Atlas of labour corridors', 'publication', 'https://example.org/a', 'Maps of twenty corridors.'],
        ['Webinar on return counselling', 'event', 'https://example.org/w', 'On 3 June, online.'],
      ],
    );
  });

  it('takes a bold or large line as a heading, but not a bold label', () => {
    const { stories } = splitNewsletter(
      layout(
        '<p><strong>Grants for city networks</strong></p><p><b>Deadline:</b> 30 June</p><p>Cities may apply.</p>',
        '<span style="font-size:20px">Second story</span><br>Its text.',
      ),
    );
    assert.deepEqual(
      stories.map((s) => [s.title, s.text]),
      [
        ['Grants for city networks', 'Deadline: 30 June\n\nCities may apply.'],
        ['Second story', 'Its text.'],
      ],
    );
  });

  it('turns list items opening with a link into stories', () => {
    const { stories } = splitNewsletter(
      layout(
        '<h2>Vacancies</h2><ul><li><a href="https://jobs.example.org/1">Data analyst, Geneva</a> – apply by 1 May</li><li><a href="https://jobs.example.org/2">Legal officer, Rome</a></li></ul>',
      ),
    );
    assert.deepEqual(
      stories.map((s) => [s.title, s.url, s.text, s.typeHint]),
      [
        ['Data analyst, Geneva', 'https://jobs.example.org/1', 'apply by 1 May', 'vacancy'],
        ['Legal officer, Rome', 'https://jobs.example.org/2', '', 'vacancy'],
      ],
    );
  });

  it('drops chrome: preheader, view in browser, social links, captions, footer and its address', () => {
    const { stories } = splitNewsletter(
      layout(
        '<div style="display:none;max-height:0;overflow:hidden">Hidden preview text</div>',
        '<a href="https://example.org/web">View this email in your browser</a>',
        '<a href="https://facebook.com/x">Facebook</a> | <a href="https://twitter.com/x">Twitter</a>',
        '<h3>A real story</h3><p>Its text.</p><p><a href="https://example.org/s">Find out more | Visit the page</a></p><p>Example Street 12, 1010 Vienna</p>',
        '<a href="https://www.linkedin.com/company/x">LinkedIn</a>',
        '<p>Copyright © 2025 Example, All rights reserved.</p><h3>Not a story</h3><p>After the footer.</p>',
      ),
    );
    assert.equal(stories.length, 1);
    assert.deepEqual(
      [stories[0]?.title, stories[0]?.text, stories[0]?.url],
      ['A real story', 'Its text.', 'https://example.org/s'],
    );
  });

  it('keeps tracking links as written, resolves relative ones against <base>, ignores the given links', () => {
    const tracked = 'https://example.us1.list-manage.com/track/click?u=1&amp;id=2&amp;e=3';
    const { stories } = splitNewsletter(
      `<html><head><base href="https://example.org/news/"></head><body>
      <h3><a href="${tracked}">Tracked</a></h3><p>One.</p>
      <h3>Relative</h3><p><a href="item-2">Read more</a></p>
      <h3>Ignored</h3><p>Three. <a href="https://example.org/unsubscribe">here</a></p></body></html>`,
      { ignoreLinks: ['https://example.org/unsubscribe'] },
    );
    assert.deepEqual(
      stories.map((s) => s.url),
      ['https://example.us1.list-manage.com/track/click?u=1&id=2&e=3', 'https://example.org/news/item-2', undefined],
    );
  });

  it('skips the masthead repeating the subject and returns the text of an unstructured message', () => {
    const result = splitNewsletter('<h1>Field notes, issue 4</h1><p>Dear all, a short note this month.</p>', {
      subject: 'Field notes, issue 4',
    });
    assert.deepEqual(result.stories, []);
    assert.deepEqual(result.intro, ['Dear all, a short note this month.']);
  });

  it('writes the story HTML with its links only, escaped', () => {
    const { stories } = splitNewsletter(
      '<h3>Title</h3><p style="color:red">Fish &amp; chips <a href="https://example.org/?a=1&amp;b=2" onclick="x()">link</a></p>',
    );
    assert.equal(stories[0]?.html, '<p>Fish &amp; chips <a href="https://example.org/?a=1&amp;b=2">link</a></p>');
  });
});
