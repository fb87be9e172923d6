/** An error a user can act on: a stable code for scripts, a sentence for people. */
export class HubError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HubError';
    this.code = code;
    this.status = status;
  }
}

/** A document could not be read or parsed; the message names the document and the reason. */
export class IngestError extends HubError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, 422, options);
    this.name = 'IngestError';
  }
}

export const notFound = (what: string) => new HubError('not_found', `${what} was not found.`, 404);
export const badRequest = (message: string) => new HubError('bad_request', message, 400);
