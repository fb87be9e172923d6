import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonErrorPosition } from './jsonErrorPosition.js';
import { JsonSyntaxError, parseLenientJson } from './lenientJson.js';

describe('parseLenientJson', () => {
  it('reads valid JSON without repairs', () => {
    assert.deepEqual(parseLenientJson('{"a": [1, "x,]"]}'), { value: { a: [1, 'x,]'] }, repairs: [] });
  });

  const repaired: [string, string, unknown, string[]][] = [
    [
      'trailing commas',
      '{"a": [1, 2,], "b": {"c": 1,},}',
      { a: [1, 2], b: { c: 1 } },
      ['a comma before a closing bracket'],
    ],
    ['comments', '{\n// note\n"a": 1 /* x */}', { a: 1 }, ['comments, which JSON does not allow']],
    ['a raw line break', '{"a": "one\ntwo"}', { a: 'one\ntwo' }, ['a line break or control character inside a string']],
    [
      'a cut-off file',
      '{"items": [{"id": "1"}, {"id": "2"}, {"id": "3", "ti',
      { items: [{ id: '1' }, { id: '2' }] },
      ['the file is cut off, so only the entries before the cut were read'],
    ],
  ];
  for (const [what, text, value, repairs] of repaired) {
    it(`repairs ${what} and names the repair`, () => assert.deepEqual(parseLenientJson(text), { value, repairs }));
  }

  it('leaves "//" and commas inside strings alone', () => {
    assert.deepEqual(parseLenientJson('{"url": "https://a.example/x,]", }').value, { url: 'https://a.example/x,]' });
  });

  const unreadable: [string, string][] = [
    ['{"a": x}', "unexpected character 'x' at line 1, column 7"],
    ['{\n  "a": 1\n  "b": 2\n}', "expected ',' or '}' after property value at line 3, column 3"],
    ['[1,,2]', "unexpected character ',' at line 1, column 4"],
    ['', 'the file ends before the JSON is complete (it may be cut off)'],
  ];
  for (const [text, message] of unreadable) {
    it(`says where ${JSON.stringify(text)} goes wrong`, () => {
      assert.throws(
        () => parseLenientJson(text),
        (error: unknown) => error instanceof JsonSyntaxError && error.message === message,
      );
    });
  }
});

describe('jsonErrorPosition', () => {
  it('finds the offset of the first mistake, or undefined for valid JSON', () => {
    assert.equal(jsonErrorPosition('{"a": [1, 2], "b": null}'), undefined);
    assert.equal(jsonErrorPosition('{"a": tru}'), 6);
    assert.equal(jsonErrorPosition('{"a": "x\ny"}'), 8);
    assert.equal(jsonErrorPosition('{"a": 1} x'), 9);
    assert.equal(jsonErrorPosition('{"a": 1'), 7);
  });
});
