import { createHash, timingSafeEqual } from 'node:crypto';
import type { EditorToken } from '../config/config.js';
import { HubError } from '../domain/errors.js';

/** The bearer token of an `Authorization` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * The name of the editor a token belongs to. Throws HubError `unauthorized` (401) when no token was given,
 * `forbidden` (403) when it matches no editor; tokens are compared in constant time.
 */
export function editorFor(token: string | undefined, editors: readonly EditorToken[]): string {
  if (editors.length === 0) {
    throw new HubError(
      'forbidden',
      'Corrections are switched off on this hub: no editor is configured (MIGRATION_HUB_EDITOR_TOKENS).',
      403,
    );
  }
  if (!token) {
    throw new HubError('unauthorized', 'Corrections need an editor token: send "Authorization: Bearer TOKEN".', 401);
  }
  const given = digest(token);
  // Every token is compared, so the time taken does not tell which editor (if any) came close.
  let name: string | undefined;
  for (const editor of editors) if (timingSafeEqual(given, digest(editor.token)) && !name) name = editor.name;
  if (!name) throw new HubError('forbidden', 'This editor token is not valid on this hub.', 403);
  return name;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
