/** Worker thread body: reads, parses and enriches the files the pipeline sends, one reply per file. */
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../readDocument.js';
import { type ParseJob, type ParseReply, serializeError } from './workerProtocol.js';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs only as a worker thread.');

port.on('message', async (job: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { id: job.id, ok: true, result: await readDocument(job.file) };
  } catch (error) {
    reply = { id: job.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});
