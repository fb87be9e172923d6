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
}

const schema = z.object({
  MIGRATION_HUB_DATA_DIR: z.string().min(1).default('./data'),
  MIGRATION_HUB_DATABASE: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MIGRATION_HUB_BASE_URL: z.url().optional(),
  MIGRATION_HUB_DEMO: z.enum(['auto', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Reads the configuration; throws one error listing every invalid setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const s = parsed.data;
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
  };
}
