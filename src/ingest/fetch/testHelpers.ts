import assert from 'node:assert/strict';
import { FetchError, type FetchOptions } from './fetchDocument.js';

/** Fetch options for tests against the fixture server on 127.0.0.1, which the SSRF guard would otherwise refuse. */
export const local: FetchOptions = { allowPrivate: ['127.0.0.1'] };

/** The FetchError a fetch fails with; fails the test if it succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail('the fetch succeeded');
}
