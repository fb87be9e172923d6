import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Canonical form of a URL for identity: lower-case host, no fragment, no default port, no tracking parameters, collapsed slashes. */
export function canonicalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(key)) url.searchParams.delete(key);
  }
  // http and https name the same document for identity purposes.
  return url.toString().replace(/^http:/, 'https:');
}

/**
 * Stable id of an item: from its GUID, else its canonical URL, else a hash of its content,
 * so that importing the same document twice yields the same ids.
 */
export function itemId(parts: { guid?: string; url?: string; title: string; text: string }): string {
  let key: string;
  const url = parts.url ? canonicalUrl(parts.url) : null;
  if (parts.guid?.trim()) key = `guid:${parts.guid.trim()}`;
  else if (url) key = `url:${url}`;
  else key = `hash:${normalizeForHash(parts.title)}\n${normalizeForHash(parts.text)}`;
  return sha256(key).slice(0, 16);
}

function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
