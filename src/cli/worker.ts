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
import { GROUP_CHARS, type LoadReply, type WorkerReply } from './concurrency.js';

const options = workerData as LoadOptions;

function failed(error: unknown): LoadReply {
  const e = error as Error;
  return error instanceof InputError
    ? { ok: false, error: { input: true, file: error.file, code: error.code, message: error.message, line: error.line } }
    : { ok: false, error: { input: false, message: e?.message ?? String(error), stack: e?.stack } };
}

/** Load the first of `jobs`, as many as GROUP_CHARS of text allows (at least one), extracted together. */
async function loadGroup(jobs: readonly LoadJob[]): Promise<LoadReply[]> {
  const loaded: (VnDocument | LoadReply)[] = [];
  let chars = 0;
  for (const job of jobs) {
    if (chars >= GROUP_CHARS) break;
    try {
      const doc = await loadDocument(job, options);
      chars += doc.text.length;
      loaded.push(doc);
    } catch (error) {
      loaded.push(failed(error));
    }
  }
  const extracted = extractEach(loaded.filter((l): l is VnDocument => !('ok' in l)), options);
  let k = 0;
  return loaded.map((l): LoadReply => {
    if ('ok' in l) return l;
    const result = extracted[k++];
    return result.ok ? { ok: true, value: { article: result.article, diagnostics: l.diagnostics } } : failed(result.error);
  });
}

parentPort?.on('message', async ({ id, jobs }: { id: number; jobs: LoadJob[] }) => {
  const replies: LoadReply[] = [];
  while (replies.length < jobs.length) replies.push(...(await loadGroup(jobs.slice(replies.length))));
  const reply: WorkerReply = { id, replies };
  // As JSON text: structured clone of a nested article costs several times more.
  parentPort?.postMessage(JSON.stringify(reply));
});
