import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldTokens } from '../../src/domain/analyzer.js';
import { buildSnippet } from '../../src/search/snippet.js';

const words = (n: number, word = 'filler') => Array.from({ length: n }, () => word).join(' ');
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; highlight: boolean }[]) => parts.filter((p) => p.highlight).map((p) => p.text);

describe('buildSnippet', () => {
  it('returns the start of the summary when there is no query', () => {
    const parts = buildSnippet({ summary: `Summary first. ${words(40)}`, text: 'Body.' }, []);
    assert.equal(parts.length, 1);
    assert.ok(parts[0]?.text.startsWith('Summary first. filler'));
    assert.ok(parts[0]?.text.endsWith(' …'));
    assert.equal(joined(parts).split(' ').length, 31);
  });
  it('falls back to the text when the summary is empty', () => {
    assert.deepEqual(buildSnippet({ summary: '  ', text: 'Only\n\nbody.' }, []), [
      { text: 'Only body.', highlight: false },
    ]);
  });
  it('is empty when the item has no text at all', () => {
    assert.deepEqual(buildSnippet({ summary: '', text: '' }, ['x']), []);
  });
  it('centres the window on the densest cluster of matches', () => {
    const text = `${words(50)} lonely migrant ${words(60)} migrants and their migration policy ${words(50)}`;
    const parts = buildSnippet({ summary: '', text }, foldTokens('migrants policy'));
    assert.deepEqual(marked(parts), ['migrants', 'policy']);
    const shown = joined(parts);
    assert.ok(shown.startsWith('… filler') && shown.endsWith('filler …'), shown);
  });
  it('prefers the text over the summary when the text matches better', () => {
    const parts = buildSnippet({ summary: 'Nothing here.', text: 'Border management matters.' }, ['border']);
    assert.deepEqual(parts, [
      { text: 'Border', highlight: true },
      { text: ' management matters.', highlight: false },
    ]);
  });
  it('highlights accented and inflected forms of the query words', () => {
    const parts = buildSnippet(
      { summary: 'La Côte d’Ivoire et ses frontières.', text: '' },
      foldTokens('cote frontiere'),
    );
    assert.deepEqual(marked(parts), ['Côte', 'frontières']);
  });
  it('highlights words that share an English stem with the query', () => {
    const parts = buildSnippet(
      { summary: 'Integrated management of borders.', text: '' },
      foldTokens('managing border'),
    );
    assert.deepEqual(marked(parts), ['management', 'borders']);
  });
});
