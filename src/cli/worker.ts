/**
 * A worker thread of `--concurrency`: loads the groups of inputs it is sent, their
 * documents extracted together (see extractEach), and posts back each article and its
 * diagnostics (not the document) as JSON, or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../core/diagnostics.js';
import type { VnDocument } from '../core/document.js';
import { extractEach } from '../extract/index.js';
import { loadDocument, type LoadJob, type LoadOptions } from './load.js';
import type { LoadReply, WorkerReply } from './concurrency.js';

const options = workerData as LoadOptions;

function failed(error: unknown): LoadReply {
  const e = error as Error;
  return error instanceof InputError
    ? { ok: false, error: { input: true, file: error.file, code: error.code, message: error.message, line: error.line } }
    : { ok: false, error: { input: false, message: e?.message ?? String(error), stack: e?.stack } };
}

parentPort?.on('message', async ({ id, jobs }: { id: number; jobs: LoadJob[] }) => {
  const loaded: (VnDocument | LoadReply)[] = [];
  for (const job of jobs) {
    try {
      loaded.push(await loadDocument(job, options));
    } catch (error) {
      loaded.push(failed(error));
    }
  }
  const docs = loaded.filter((l): l is VnDocument => !('ok' in l));
  const extracted = extractEach(docs, options);
  let k = 0;
  const replies = loaded.map((l): LoadReply => {
    if ('ok' in l) return l;
    const result = extracted[k++];
    return result.ok ? { ok: true, value: { article: result.article, diagnostics: l.diagnostics } } : failed(result.error);
  });
  const reply: WorkerReply = { id, replies };
  // As JSON text: structured clone of a nested article costs several times more.
  parentPort?.postMessage(JSON.stringify(reply));
});
