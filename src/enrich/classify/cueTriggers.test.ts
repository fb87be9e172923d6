import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cueTriggers, wordSet } from './cueTriggers.js';
import { TEXT_CUES } from './typeTextCues.js';

describe('cueTriggers', () => {
  it('reads the first word of every alternative, with and without an optional last letter', () => {
    assert.deepEqual(
      [...(cueTriggers(/\b(invites? [^.]{0,60}to|s'est tenue?|deadline)\b/) ?? [])],
      ['invites', 'invite', 's', 'deadline'],
    );
  });

  it('gives up on patterns whose match may start otherwise', () => {
    assert.equal(cueTriggers(/\b(deadline)\b|^date:/), null);
    assert.equal(cueTriggers(/\b(invite[sd]? to)\b/), null);
    assert.equal(cueTriggers(/\b(deadline)\b/i), null);
    assert.equal(cueTriggers(/(?:^|\n)(results)\s?:/), null);
    assert.equal(cueTriggers(/\b(dead)line/), null);
  });

  it('never skips a text cue that matches', () => {
    const texts = [
      'the call is open; the deadline is 3 may. you can apply by e-mail.',
      "la reunion s'est tenue a dakar. inscrivez-vous et telecharger le rapport.",
      'el taller se celebro en lima y los autores presentan hallazgos; descargar el informe.',
      'we urge states to act. ladies and gentlemen, i have the honour to speak today.',
    ];
    for (const text of texts) {
      const words = wordSet(text);
      for (const cue of TEXT_CUES) {
        const triggers = cueTriggers(cue.pattern);
        if (triggers && cue.pattern.test(text))
          assert.ok(
            [...triggers].some((w) => words.has(w)),
            cue.label,
          );
      }
    }
  });
});
