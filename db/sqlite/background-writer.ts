/**
 * Group commit on a thread of its own. better-sqlite3 is synchronous: committing on the main
 * thread would stop HTTP for the length of every transaction and its fsync. Here the main thread
 * only queues submissions; the writer thread stores a batch while the main thread goes on
 * parsing and checking the next requests, which it sends as the next batch as soon as the writer
 * is free — so batches grow with the load by themselves, and each caller is answered after the
 * commit that stored its submission is on disk.
 *
 * Only for a database file (an in-memory database cannot be shared between threads). Should the
 * thread die, submissions fall back to `fallback` (the same group commit on the main thread).
 */
import { Worker } from 'node:worker_threads';
import type { Submission, SubmissionOutcome } from '../repositories';
import { decodeOutcomes, encodeSubmissions, type WriterReply, type WriterRequest } from './writer-wire';

const MAX_BATCH = 1024;
/**
 * A commit costs about as much as storing ten responses (the fsync, the tally upserts): while the
 * writer is free, a small batch waits up to LINGER_MS for company, which under load keeps batches
 * large and costs a lone submission a millisecond.
 */
const MIN_BATCH = 16;
const LINGER_MS = 1;

interface Waiting {
  submission: Submission;
  resolve(outcome: SubmissionOutcome): void;
  reject(error: unknown): void;
}

/** The parent's flags without its module hooks, which writer-thread.mjs registers itself. */
function workerExecArgv(): string[] {
  const args = process.execArgv;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === '--import' || args[i] === '--loader' || args[i] === '--require') && /tsx/.test(args[i + 1] ?? '')) i++;
    else if (!/^--(import|loader|require)=.*tsx/.test(args[i]!)) out.push(args[i]!);
  }
  return out;
}

export class BackgroundWriter {
  private readonly worker: Worker;
  private queue: Waiting[] = [];
  private inFlight: { id: number; batch: Waiting[] } | null = null;
  private nextId = 1;
  private scheduled = false;
  private linger: ReturnType<typeof setTimeout> | null = null;
  private firstQueuedAt = 0;
  private dead: Error | null = null;
  private closed: Promise<void> | null = null;

  constructor(
    url: string,
    /** The same group commit on the main thread. */
    private readonly fallback: (submission: Submission) => Promise<SubmissionOutcome>,
  ) {
    this.worker = new Worker(new URL('./writer-thread.mjs', import.meta.url), { workerData: { url }, execArgv: workerExecArgv() });
    this.worker.on('message', (message: WriterReply | 'ready') => {
      if (message !== 'ready') this.settle(message);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`The database writer thread stopped (exit code ${code})`));
    });
  }

  accept(submission: Submission): Promise<SubmissionOutcome> {
    if (this.dead || this.closed) return this.fallback(submission);
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) this.firstQueuedAt = performance.now();
      this.queue.push({ submission, resolve, reject });
      if (this.inFlight) return;
      if (this.queue.length >= MIN_BATCH && this.linger) {
        clearTimeout(this.linger);
        this.linger = null;
      }
      if (!this.scheduled && !this.linger) {
        this.scheduled = true;
        // After the poll phase: every request read in this turn of the event loop goes together.
        setImmediate(() => this.send());
      }
    });
  }

  private send(): void {
    this.scheduled = false;
    this.linger = null;
    if (this.inFlight || this.queue.length === 0) return;
    const waited = performance.now() - this.firstQueuedAt;
    if (this.queue.length < MIN_BATCH && waited < LINGER_MS) {
      this.linger = setTimeout(() => this.send(), LINGER_MS - waited);
      return;
    }
    const batch = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length > 0) this.firstQueuedAt = performance.now();
    const id = this.nextId++;
    this.inFlight = { id, batch };
    this.worker.postMessage({ id, submissions: encodeSubmissions(batch.map((w) => w.submission)) } satisfies WriterRequest);
  }

  private settle(reply: WriterReply): void {
    const flight = this.inFlight;
    if (!flight || flight.id !== reply.id) return;
    this.inFlight = null;
    if (reply.outcomes) {
      const outcomes = decodeOutcomes(reply.outcomes);
      flight.batch.forEach((w, i) => w.resolve(outcomes[i]!));
    }
    else for (const w of flight.batch) w.reject(new Error(reply.error ?? 'The database writer failed'));
    // What queued up during that commit is the next batch.
    this.send();
  }

  /** The thread is gone: what it had not answered is retried on the main thread (idempotent by clientId). */
  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    console.error(error);
    const waiting = [...(this.inFlight?.batch ?? []), ...this.queue];
    this.inFlight = null;
    this.queue = [];
    for (const w of waiting) this.fallback(w.submission).then(w.resolve, w.reject);
  }

  /** Lets the batch in flight finish, then stops the thread. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      while (this.inFlight || this.queue.length > 0) {
        if (this.dead) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      if (this.dead) return;
      const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
      this.worker.postMessage('close');
      const timeout = setTimeout(() => void this.worker.terminate(), 5000);
      await exited;
      clearTimeout(timeout);
    })();
    return this.closed;
  }
}
