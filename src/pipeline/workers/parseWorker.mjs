// Worker entry: a worker does not inherit the TypeScript loader of its parent when the parent registered it in code
// (as bin/migration-hub.js does), so the worker registers tsx itself, resolved from this file, then loads the body.
import { register } from 'tsx/esm/api';

register();
await import('./parseWorker.ts');
