import type { ComponentChildren } from 'preact';
import { absoluteUrl } from '../../http/urls.js';
import { link, type PageContext } from '../context.js';
import { LOCALES } from '../i18n/index.js';

type Section = 'home' | 'search' | 'objectives' | 'sources';

interface LayoutProps {
  ctx: PageContext;
  /** Page title; the site name is appended. */
  title?: string;
  section?: Section;
  /** Feeds of the listing on this page, announced to feed readers in the head. */
  feeds?: { rss: string; atom: string };
  children: ComponentChildren;
}

/** The page chrome: head, skip link, header navigation, main landmark and footer. */
export function Layout({ ctx, title, section, feeds, children }: LayoutProps) {
  const { t } = ctx;
  const navItems: { id: Section; href: string; label: string }[] = [
    { id: 'home', href: '/', label: t.navHome },
    { id: 'search', href: '/search', label: t.navSearch },
    { id: 'objectives', href: '/objectives', label: t.navObjectives },
    { id: 'sources', href: '/sources', label: t.navSources },
  ];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title ? `${title} — ${t.siteName}` : `${t.siteName} — ${t.siteTagline}`}</title>
        <meta name="description" content={t.siteTagline} />
        <link rel="stylesheet" href="/assets/site.css" />
        {feeds && (
          <>
            <link
              rel="alternate"
              type="application/rss+xml"
              title={`${title ?? t.siteName} (RSS)`}
              href={absoluteUrl(ctx.baseUrl, feeds.rss)}
            />
            <link
              rel="alternate"
              type="application/atom+xml"
              title={`${title ?? t.siteName} (Atom)`}
              href={absoluteUrl(ctx.baseUrl, feeds.atom)}
            />
          </>
        )}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="brand" href={link(ctx, '/')}>
              {t.siteName}
            </a>
            <nav aria-label={t.navLabel}>
              <ul class="nav-list">
                {navItems.map((item) => (
                  <li key={item.id}>
                    <a href={link(ctx, item.href)} aria-current={item.id === section ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t.footerAbout}</p>
            <ul class="footer-links">
              <li>
                <a href="/api/v1/items">{t.footerApi}</a>
              </li>
              <li>
                <a href="/feeds/rss">{t.footerRss}</a>
              </li>
              <li>
                <a href="/feeds/atom">{t.footerAtom}</a>
              </li>
            </ul>
            <p class="language-switch">
              <span>{t.footerLanguage}: </span>
              {LOCALES.map((locale) => (
                <a
                  key={locale}
                  href={withLanguage(ctx.currentUrl, locale)}
                  lang={locale}
                  hreflang={locale}
                  aria-current={locale === ctx.locale ? 'true' : undefined}
                >
                  {LANGUAGE_NAMES[locale]}
                </a>
              ))}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

const LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español' } as const;

function withLanguage(currentUrl: string, locale: string): string {
  const url = new URL(currentUrl, 'http://localhost');
  url.searchParams.set('hl', locale);
  return `${url.pathname}${url.search}`;
}
