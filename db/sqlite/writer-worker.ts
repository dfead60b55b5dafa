/**
 * The background writer's thread (see background-writer.ts): its own connection to the database
 * file, storing each batch it is sent with one `submitBatch` (one transaction, one durable
 * commit) and answering with the outcomes. Errors are sent as plain data: a DbError's class does
 * not survive the structured clone between threads, its code and details do.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DbError } from '../errors';
import { openSqliteDatabase } from '../open';
import type { Submission, SubmissionOutcome } from '../repositories';
import type { WireOutcome, WriterReply, WriterRequest } from './writer-wire';

const port = parentPort;
if (!port) throw new Error('writer-worker.ts runs as a worker thread');

function toWire(outcome: SubmissionOutcome): WireOutcome {
  if (outcome.status !== 'failed') return outcome;
  const e = outcome.error;
  if (e instanceof DbError) return { status: 'failed', error: { message: e.message, code: e.code, details: { ...e.details } } };
  return { status: 'failed', error: { message: e instanceof Error ? e.message : String(e) } };
}

const { url } = workerData as { url: string };
const db = await openSqliteDatabase({ url });

port.on('message', (request: WriterRequest | 'close') => {
  if (request === 'close') {
    void db.close().then(() => port.close());
    return;
  }
  const reply = (body: Omit<WriterReply, 'id'>) => port.postMessage({ id: request.id, ...body } satisfies WriterReply);
  db.responses.submitBatch(request.submissions as Submission[]).then(
    (outcomes) => reply({ outcomes: outcomes.map(toWire) }),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
port.postMessage('ready');
