import { IngestError } from '../../domain/errors.js';

/** Stable codes of the ways a fetch can fail. */
export type FetchErrorCode =
  | 'invalid_url'
  | 'blocked_address'
  | 'dns_error'
  | 'connection_error'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_error'
  | 'rate_limited'
  | 'unsupported_scheme';

/** A document could not be fetched; the message starts with the URL and gives the reason in plain words. */
export class FetchError extends IngestError {
  override readonly code: FetchErrorCode;
  readonly httpStatus?: number;
  /** ISO time the server asked us to wait until (Retry-After on 429/503). */
  readonly retryAfter?: string;

  constructor(
    code: FetchErrorCode,
    message: string,
    details: { httpStatus?: number; retryAfter?: string; cause?: unknown } = {},
  ) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.code = code;
    if (details.httpStatus !== undefined) this.httpStatus = details.httpStatus;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }
}

/** "300 ms", "20 seconds": a duration as a person would say it. */
export function durationInWords(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** "20 MiB", "1.5 KiB": a size as a person would say it. */
export function sizeInWords(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value * 10) / 10} ${units[unit]}`;
}

const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(?:GET|VERIFY)_|HOSTNAME_MISMATCH)/;

/** Turns a low-level network error into a FetchError whose message says what happened. */
export function networkError(label: string, error: unknown): FetchError {
  if (error instanceof FetchError) return error;
  const code = errorCode(error);
  const fail = (kind: FetchErrorCode, reason: string) => new FetchError(kind, `${label}: ${reason}.`, { cause: error });
  switch (code) {
    case 'ENOTFOUND':
    case 'ENODATA':
      return fail('dns_error', 'the host name could not be found (no such site in DNS)');
    case 'EAI_AGAIN':
    case 'ESERVFAIL':
    case 'ETIMEOUT':
      return fail('dns_error', 'the host name could not be looked up right now (DNS did not answer)');
    case 'ECONNREFUSED':
      return fail('connection_error', 'the server refused the connection');
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return fail('connection_error', 'the connection was cut off before the whole document arrived');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return fail('connection_error', 'the server could not be reached');
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return fail('http_error', 'the server sent a damaged compressed document');
  }
  if (code?.startsWith('HPE_')) return fail('http_error', 'the server sent an answer that is not valid HTTP');
  if (code !== undefined && TLS_CODE.test(code)) {
    return fail('connection_error', `the secure (HTTPS) connection could not be verified (${code})`);
  }
  // Brotli reports its decoder errors as ERR__ERROR_<reason>.
  if (code?.startsWith('ERR__ERROR_')) {
    return fail('http_error', 'the server sent a damaged compressed document');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fail('connection_error', `the connection failed (${detail})`);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
