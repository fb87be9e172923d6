import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTextDump } from './index.js';

describe('parseTextDump on bad input', () => {
  it('returns no items and a warning for empty or blank text', () => {
    for (const text of ['', '   \n\n\t\n', '\u00a0']) {
      const result = parseTextDump(text, 'empty.txt');
      assert.equal(result.items.length, 0);
      assert.equal(result.warnings.length, 1);
      assert.match(result.warnings[0]!, /empty/);
    }
  });
  it('returns a warning when a recognised shape yields nothing', () => {
    const result = parseTextDump('- Home\n- About\n- Contact', 'menu.txt');
    assert.equal(result.items.length, 0);
    assert.match(result.warnings[0]!, /No items/);
  });
  it('handles a large dump in linear time', () => {
    const block = 'A headline for an entry\n\nSubmitted by Someone on\n\nSome text about the entry.\n\n';
    const result = parseTextDump(block.repeat(20000), 'big.txt');
    assert.equal(result.items.length, 20000);
    assert.equal(result.items[19999]!.provenance.position, 19999);
  });
});
