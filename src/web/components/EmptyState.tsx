import type { ComponentChildren } from 'preact';

/** A friendly message where a list would be, with what to do next. */
export function EmptyState({ title, hint, children }: { title: string; hint: string; children?: ComponentChildren }) {
  return (
    <section class="empty-state" aria-live="polite">
      <h2>{title}</h2>
      <p>{hint}</p>
      {children}
    </section>
  );
}
