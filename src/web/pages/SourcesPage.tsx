import { type Source, sourceStatus } from '../../domain/source.js';
import { Layout } from '../components/Layout.js';
import type { PageContext } from '../context.js';
import { format } from '../i18n/index.js';
import { type SourcesMessages, sourcesMessages } from './sourcesMessages.js';

/** The sources the hub polls, for operators: status in words, last and next fetch, items, and the last error. */
export function SourcesPage({ ctx, sources }: { ctx: PageContext; sources: Source[] }) {
  const m = sourcesMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.heading} section="sources">
      <h1>{m.heading}</h1>
      <p class="lead">{m.intro}</p>
      {sources.length === 0 ? (
        <p class="muted">{m.empty}</p>
      ) : (
        <table class="sources-table">
          <caption>{format(m.caption, { count: sources.length.toLocaleString(ctx.locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.status}</th>
              <th scope="col">{m.lastFetch}</th>
              <th scope="col">{m.nextFetch}</th>
              <th scope="col">{m.items}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <SourceRow key={source.id} ctx={ctx} m={m} source={source} />
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function SourceRow({ ctx, m, source }: { ctx: PageContext; m: SourcesMessages; source: Source }) {
  const status = sourceStatus(source);
  return (
    <tr id={`source-${source.id}`} class={`source-${status}`}>
      <th scope="row">
        <span class="source-name">{source.name}</span>
        <br />
        <a class="muted" href={source.url} rel="nofollow noopener">
          {source.url}
        </a>
      </th>
      <td>
        {status === 'ok' && m.statusOk}
        {status === 'new' && m.statusNew}
        {status === 'failing' &&
          format(source.errorCount === 1 ? m.statusFailingOne : m.statusFailing, {
            since: when(ctx, source.errorSince),
            count: source.errorCount,
          })}
        {source.lastError && (
          <p class="source-error">
            <strong>{m.lastError}:</strong> {source.lastError}
          </p>
        )}
      </td>
      <td>{source.lastFetchedAt ? <Time ctx={ctx} iso={source.lastFetchedAt} /> : m.never}</td>
      <td>
        <Time ctx={ctx} iso={source.nextFetchAt} />
        <br />
        <span class="muted">
          {format(m.every, { interval: duration(ctx, source.intervalMinutes) })}
          {source.adaptive ? `, ${m.adaptive}` : ''}
        </span>
      </td>
      <td>{source.itemCount.toLocaleString(ctx.locale)}</td>
    </tr>
  );
}

function Time({ ctx, iso }: { ctx: PageContext; iso: string }) {
  return <time datetime={iso}>{when(ctx, iso)}</time>;
}

/** A moment for people, in UTC so every reader of the page sees the same time. */
function when(ctx: PageContext, iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return `${text.format(date)} UTC`;
}

/** "3 hours", "15 minutes", "1 day" in the reader's language. */
function duration(ctx: PageContext, minutes: number): string {
  const [value, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(ctx.locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
