/**
 * The background writer's thread (see background-writer.ts): its own connection to the database
 * file, storing each batch it is sent with one `submitBatch` (one transaction, one durable
 * commit) and answering with the outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteDatabase } from '../open';
import { decodeSubmissions, encodeOutcomes, type WriterReply, type WriterRequest } from './writer-wire';

const port = parentPort;
if (!port) throw new Error('writer-worker.ts runs as a worker thread');

const { url } = workerData as { url: string };
const db = await openSqliteDatabase({ url });

port.on('message', (request: WriterRequest | 'close') => {
  if (request === 'close') {
    void db.close().then(() => port.close());
    return;
  }
  const reply = (body: Omit<WriterReply, 'id'>) => port.postMessage({ id: request.id, ...body } satisfies WriterReply);
  db.responses.submitBatch(decodeSubmissions(request.submissions)).then(
    (outcomes) => reply({ outcomes: encodeOutcomes(outcomes) }),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
port.postMessage('ready');
