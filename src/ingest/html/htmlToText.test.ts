import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutizeUrls } from './absolutizeUrls.js';
import { htmlToText } from './htmlToText.js';

describe('htmlToText', () => {
  it('separates block elements by one blank line and keeps inline text together', () => {
    assert.equal(
      htmlToText('<div><p>First <b>bold</b> paragraph.</p><div><p>Second</p></div></div><h2>Heading</h2>After'),
      'First bold paragraph.\n\nSecond\n\nHeading\n\nAfter',
    );
  });

  it('turns <br> into a newline and two <br> into a paragraph break', () => {
    assert.equal(
      htmlToText('<p>Line one<br>Line two<br/><br/>New paragraph</p>'),
      'Line one\nLine two\n\nNew paragraph',
    );
  });

  it('puts list items and table rows on their own lines', () => {
    assert.equal(
      htmlToText(
        '<p>Intro</p><ul><li>Alpha</li><li>Beta <em>b</em></li></ul><table><tr><td>a</td><td>b</td></tr></table>',
      ),
      'Intro\n\nAlpha\nBeta b\n\na b',
    );
  });

  it('drops scripts, styles, head and hidden elements', () => {
    const html =
      '<html><head><title>T</title><style>p{color:red}</style></head><body><script>var x = 1;</script>' +
      '<p>Visible</p><div style="display: none">secret</div><p hidden>also secret</p><span aria-hidden="true">icon</span>' +
      '<noscript>enable js</noscript><svg><text>chart</text></svg></body></html>';
    assert.equal(htmlToText(html), 'Visible');
  });

  it('decodes entities and collapses whitespace, except inside <pre>', () => {
    assert.equal(htmlToText('<p>  R&eacute;fugi&#233;s &amp;\n\n  migrants&nbsp;</p>'), 'Réfugiés & migrants');
    assert.equal(htmlToText('<pre>a  b\n  c</pre>'), 'a  b\n  c');
  });

  it('returns plain text unchanged apart from whitespace', () => {
    assert.equal(htmlToText('Just text, 3 < 5 and more'), 'Just text, 3 < 5 and more');
    assert.equal(htmlToText(''), '');
  });
});

describe('absolutizeUrls', () => {
  it('resolves relative href and src but leaves absolute, mailto and fragment links alone', () => {
    const html = '<a href="a/b">x</a><img src=\'/i.png\'><a href="https://o.example.org/">o</a><a href="#top">t</a>';
    assert.equal(
      absolutizeUrls(html, 'https://example.org/base/'),
      '<a href="https://example.org/base/a/b">x</a><img src="https://example.org/i.png"><a href="https://o.example.org/">o</a><a href="#top">t</a>',
    );
  });
});
