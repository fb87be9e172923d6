import { userInfo } from 'node:os';
import { HubError } from '../../domain/errors.js';

/** Where and in which schema a PostgreSQL store lives. */
export interface PostgresTarget {
  /** The connection string without the hub's own `schema` parameter. */
  connectionString: string;
  schema: string;
}

// Schema names reach SQL as identifiers and the search_path startup option, so they are restricted to safe words.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** True for a postgres:// or postgresql:// connection string. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/**
 * Reads the target from a URL and options: the schema comes from the option, else from a `?schema=` parameter
 * of the URL, else `public`. Throws a HubError `bad_database` naming what is wrong.
 */
export function postgresTarget(url: string, options: { schema?: string } = {}): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubError(
      'bad_database',
      'The PostgreSQL address is not a valid URL (postgres://host:5432/database).',
      500,
    );
  }
  const fromUrl = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  // Like libpq (psql), connect as the operating-system user when the URL names none; pg would send no user.
  if (!parsed.username) parsed.username = encodeURIComponent(process.env.PGUSER ?? osUser());
  const schema = options.schema ?? fromUrl ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new HubError(
      'bad_database',
      `The PostgreSQL schema name "${schema}" may only use lower-case letters, digits and "_".`,
      500,
    );
  }
  return { connectionString: parsed.toString(), schema };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'postgres';
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
