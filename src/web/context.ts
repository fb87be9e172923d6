import type { FastifyRequest } from 'fastify';
import type { Hub } from '../app/hub.js';
import { format, type Locale, type MessageKey, type Messages, messagesFor, pickLocale } from './i18n/index.js';

/** What every page and component needs to render: the hub, the reader's language and how to link. */
export interface PageContext {
  hub: Hub;
  baseUrl: string;
  locale: Locale;
  t: Messages;
  /** The language asked for with `?hl=`, carried on every link so the choice sticks without cookies. */
  hl?: Locale;
  /** Path and query of the current page, for the language switcher. */
  currentUrl: string;
}

export function createContext(request: FastifyRequest, hub: Hub, baseUrl: string): PageContext {
  const query = request.query as Record<string, unknown> | undefined;
  const hlParam = query?.hl;
  const locale = pickLocale(hlParam, request.headers['accept-language']);
  return {
    hub,
    baseUrl,
    locale,
    t: messagesFor(locale),
    hl: hlParam === locale ? locale : undefined,
    currentUrl: request.url,
  };
}

/** A local link that keeps the chosen interface language. */
export function link(ctx: PageContext, path: string): string {
  if (!ctx.hl) return path;
  return `${path}${path.includes('?') ? '&' : '?'}hl=${ctx.hl}`;
}

/** A translated message with its `{name}` placeholders filled. */
export function tf(ctx: PageContext, key: MessageKey, values: Record<string, string | number>): string {
  return format(ctx.t[key], values);
}

/** "1 result" / "12 results" in the reader's language. */
export function countLabel(ctx: PageContext, count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? ctx.t[one] : tf(ctx, many, { count: count.toLocaleString(ctx.locale) });
}

/** A date for people ("16 Jul 2019"), from an ISO 8601 string. */
export function formatDate(ctx: PageContext, iso: string | null): string {
  if (!iso) return '';
  // The calendar day as the publisher wrote it, not shifted into the server's time zone.
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const date = new Date(day ? `${day}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
