/**
 * A worker thread of `--concurrency`: loads the inputs it is sent and posts back the
 * article and diagnostics (not the document) as JSON, or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../core/diagnostics.js';
import { loadArticle, type LoadJob, type LoadOptions } from './load.js';
import type { WorkerReply } from './concurrency.js';

const options = workerData as LoadOptions;

parentPort?.on('message', async ({ id, job }: { id: number; job: LoadJob }) => {
  let reply: WorkerReply;
  try {
    const { article, diagnostics } = await loadArticle(job, options);
    reply = { id, ok: true, value: { article, diagnostics } };
  } catch (error) {
    const e = error as Error;
    reply = error instanceof InputError
      ? { id, ok: false, error: { input: true, file: error.file, code: error.code, message: error.message, line: error.line } }
      : { id, ok: false, error: { input: false, message: e?.message ?? String(error), stack: e?.stack } };
  }
  // As JSON text: structured clone of a nested article costs several times more.
  parentPort?.postMessage(JSON.stringify(reply));
});
