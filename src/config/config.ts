import path from 'node:path';
import { z } from 'zod';

/** Every setting the hub reads, validated once at start-up. Environment variables are the only source. */
export interface Config {
  dataDir: string;
  /** A SQLite file path, ':memory:', or (later) a postgres:// URL. */
  database: string;
  host: string;
  port: number;
  /** Public address used in feed and API links. */
  baseUrl: string;
  /** 'auto' loads the demo corpus when the store is empty; 'off' never does. */
  demo: 'auto' | 'off';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Hosts, addresses or CIDR ranges the fetcher may reach although they are private (e.g. 127.0.0.1 in tests). */
  allowPrivate: string[];
  /** 'on': `serve` polls due sources every minute; 'off': only `migration-hub poll` fetches. */
  poll: 'on' | 'off';
  /** Shortest and longest wait between two fetches of a source, in minutes. */
  pollMinMinutes: number;
  pollMaxMinutes: number;
  /** Editors allowed to correct tags, from MIGRATION_HUB_EDITOR_TOKENS ("name:token,name:token"); none when empty. */
  editorTokens: EditorToken[];
}

/** An editor's name and the secret token that identifies them. */
export interface EditorToken {
  name: string;
  token: string;
}

const schema = z.object({
  MIGRATION_HUB_DATA_DIR: z.string().min(1).default('./data'),
  MIGRATION_HUB_DATABASE: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MIGRATION_HUB_BASE_URL: z.url().optional(),
  MIGRATION_HUB_DEMO: z.enum(['auto', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATION_HUB_ALLOW_PRIVATE: z.string().default(''),
  MIGRATION_HUB_POLL: z.enum(['on', 'off']).default('on'),
  MIGRATION_HUB_POLL_MIN_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  MIGRATION_HUB_POLL_MAX_MINUTES: z.coerce.number().int().min(1).max(10_080).default(1440),
  MIGRATION_HUB_EDITOR_TOKENS: z.string().default(''),
});

/** Reads the configuration; throws one error listing every invalid setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const s = parsed.data;
  if (s.MIGRATION_HUB_POLL_MIN_MINUTES > s.MIGRATION_HUB_POLL_MAX_MINUTES) {
    throw new Error(
      'Invalid configuration:\n- MIGRATION_HUB_POLL_MIN_MINUTES: must not be more than MIGRATION_HUB_POLL_MAX_MINUTES',
    );
  }
  const dataDir = path.resolve(s.MIGRATION_HUB_DATA_DIR);
  const shownHost = s.HOST === '0.0.0.0' || s.HOST === '127.0.0.1' ? 'localhost' : s.HOST;
  return {
    dataDir,
    database: s.MIGRATION_HUB_DATABASE ?? path.join(dataDir, 'hub.sqlite'),
    host: s.HOST,
    port: s.PORT,
    baseUrl: (s.MIGRATION_HUB_BASE_URL ?? `http://${shownHost}:${s.PORT}`).replace(/\/+$/, ''),
    demo: s.MIGRATION_HUB_DEMO,
    logLevel: s.LOG_LEVEL,
    allowPrivate: s.MIGRATION_HUB_ALLOW_PRIVATE.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    poll: s.MIGRATION_HUB_POLL,
    pollMinMinutes: s.MIGRATION_HUB_POLL_MIN_MINUTES,
    pollMaxMinutes: s.MIGRATION_HUB_POLL_MAX_MINUTES,
    editorTokens: parseEditorTokens(s.MIGRATION_HUB_EDITOR_TOKENS),
  };
}

const MIN_TOKEN_LENGTH = 16;

/** Reads "name:token,name:token"; a token is at least 16 characters so that it cannot be guessed. */
export function parseEditorTokens(value: string): EditorToken[] {
  const tokens: EditorToken[] = [];
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const name = colon > 0 ? entry.slice(0, colon).trim() : '';
    const token = colon > 0 ? entry.slice(colon + 1).trim() : '';
    if (!name || token.length < MIN_TOKEN_LENGTH) {
      throw new Error(
        `Invalid configuration:\n- MIGRATION_HUB_EDITOR_TOKENS: each entry must be "name:token" with a token of at least ${MIN_TOKEN_LENGTH} characters (entry ${index + 1} is not)`,
      );
    }
    tokens.push({ name, token });
  }
  return tokens;
}
