import type { SnippetPart } from '../../search/types.js';

/** A search snippet: plain runs as text, matched runs in <mark>; preact escapes both. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p class="snippet">
      {parts.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  );
}
