import { Layout } from '../components/Layout.js';
import { link, type PageContext } from '../context.js';

interface ErrorPageProps {
  ctx: PageContext;
  status: number;
  /** The error's own sentence, shown for requests the reader can fix (400, 404). */
  message?: string;
}

/** A friendly page for 404s, bad requests and server errors, with a way back. */
export function ErrorPage({ ctx, status, message }: ErrorPageProps) {
  const { t } = ctx;
  const title = status === 404 ? t.notFoundTitle : status < 500 ? t.badRequestTitle : t.errorTitle;
  const text = status === 404 ? t.notFoundText : status < 500 ? (message ?? t.badRequestTitle) : t.errorText;
  return (
    <Layout ctx={ctx} title={title}>
      <section class="error-page">
        <p class="kicker">{status}</p>
        <h1>{title}</h1>
        <p>{text}</p>
        {status === 404 && message && <p class="muted">{message}</p>}
        <p>
          <a href={link(ctx, '/')}>{t.backHome}</a> · <a href={link(ctx, '/search')}>{t.navSearch}</a>
        </p>
      </section>
    </Layout>
  );
}
