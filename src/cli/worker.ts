/**
 * A worker thread of `--concurrency`: loads the groups of inputs it is sent, their
 * documents extracted together (see extractEach), and posts back each article and its
 * diagnostics (not the document; without evidence when the command prints none) as JSON,
 * or the error as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../core/diagnostics.js';
import { dropEvidence } from '../model/article.js';
import { loadDocument, loadEvery, loadGroup, type GroupSteps, type LoadJob, type LoadOptions } from './load.js';
import type { LoadReply, WorkerReply } from './concurrency.js';

const options = workerData as LoadOptions;

function failed(error: unknown): LoadReply {
  const e = error as Error;
  return error instanceof InputError
    ? { ok: false, error: { input: true, file: error.file, code: error.code, message: error.message, line: error.line } }
    : { ok: false, error: { input: false, message: e?.message ?? String(error), stack: e?.stack } };
}

const steps: GroupSteps<LoadJob, LoadReply> = {
  read: (job) => loadDocument(job, options),
  extracted: (_, doc, article) => ({ ok: true, value: { article: options.dropEvidence ? dropEvidence(article) : article, diagnostics: doc.diagnostics } }),
  failed: (_, error) => failed(error),
};

parentPort?.on('message', async ({ id, jobs }: { id: number; jobs: LoadJob[] }) => {
  const replies = await loadEvery(jobs, (rest) => loadGroup(rest, options, steps));
  const reply: WorkerReply = { id, replies };
  // As JSON text: structured clone of a nested article costs several times more.
  parentPort?.postMessage(JSON.stringify(reply));
});
