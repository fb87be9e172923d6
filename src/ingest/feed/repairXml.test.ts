import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repairXml } from './repairXml.js';
import { xmlProblems } from './xmlProblems.js';

describe('repairXml', () => {
  const cases: [string, string, string][] = [
    ['closes an element left open when its parent closes', '<a><b>x</a>', '<a><b>x</b></a>'],
    [
      'closes what is open at the end of a cut-off file',
      '<?xml version="1.0"?><a><b>x',
      '<?xml version="1.0"?><a><b>x</b></a>',
    ],
    ['drops a closing tag that matches nothing', '<a>x</c></a>', '<a>x</a>'],
    [
      'escapes bare ampersands and "<", keeping entities',
      '<a>R & D &eacute; &#233; 3 < 5</a>',
      '<a>R &amp; D &eacute; &#233; 3 &lt; 5</a>',
    ],
    [
      'quotes attributes and escapes their quotes',
      '<a href=x?a=1&b=2 title=\'say "hi"\'/>',
      '<a href="x?a=1&amp;b=2" title="say &quot;hi&quot;"></a>',
    ],
    ['closes HTML void elements at once', '<p>a<br>b</p>', '<p>a<br/>b</p>'],
    [
      'keeps CDATA, comments, the declaration and the doctype',
      '<!DOCTYPE rss><r><![CDATA[<b>&</b>]]><!-- c --></r>',
      '<!DOCTYPE rss><r><![CDATA[<b>&</b>]]><!-- c --></r>',
    ],
  ];
  for (const [what, broken, repaired] of cases) {
    it(what, () => {
      assert.equal(repairXml(broken), repaired);
      assert.deepEqual(xmlProblems(repairXml(broken)), [], 'the result is well-formed');
    });
  }
});
