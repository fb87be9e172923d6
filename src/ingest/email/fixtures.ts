/** Paths of the e-mail fixtures, for the tests beside this folder's code. */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../../test/fixtures/email/', import.meta.url));

/** Absolute path of a fixture in test/fixtures/email. */
export const emailFixture = (name: string): string => DIR + name;

/** The bytes of a fixture. */
export const readEmailFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(emailFixture(name)));
