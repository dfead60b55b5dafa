/**
 * Group commit of API submissions: many submissions, one IMMEDIATE write transaction, one durable
 * commit (with synchronous=FULL, one fsync for the whole batch instead of one per response).
 *
 * Each submission runs inside its own SAVEPOINT, so a submission refused by a duplicate control
 * (or failing on a constraint) is rolled back alone — its response row, answers, token use and
 * browser mark together — while the others of the batch go on. Tallies are summed in memory over
 * the submissions that succeeded and written once, just before the commit. Should the batch
 * transaction itself fail (the tally upsert, the commit), every submission is retried in its own
 * transaction, so that one bad item can never take the others down with it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { fromSqliteError } from '../../errors';
import type { ResponseFlag, ResponseReceipt, ResponseRepository, Submission, SubmissionOutcome } from '../../repositories';
import type { ResponseRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { prepareResponse, type PreparedResponse } from './prepare';
import { readReceipt } from './receipt';
import { AnswerWriter, INSERT_RESPONSE } from './store';
import { TallyAccumulator } from './tally-keys';

const INSERT_IF_NEW = `${INSERT_RESPONSE} ON CONFLICT (client_id) DO NOTHING RETURNING id`;
const CLAIM_TOKEN = 'UPDATE survey_tokens SET used_at = ?, response_client_id = ? WHERE token = ? AND used_at IS NULL';
// The WHERE of the upsert leaves the row unchanged (0 changes) once the day's limit is reached.
const MARK_BROWSER = `INSERT INTO browser_days (unit_id, local_day, browser_id, responses) VALUES (?, ?, ?, 1)
ON CONFLICT (unit_id, local_day, browser_id) DO UPDATE SET responses = responses + 1 WHERE responses < ?`;

interface Ready {
  submission: Submission;
  prepared: PreparedResponse;
  receipt: ResponseReceipt;
}

/** Thrown inside a submission's savepoint to roll it back with a refusal as the outcome. */
class Refused {
  constructor(readonly outcome: SubmissionOutcome) {}
}

function uniqueFlags(flags: readonly ResponseFlag[]): ResponseFlag[] {
  return [...new Set(flags)];
}

export function submitBatchQuery(ctx: SqliteContext): ResponseRepository['submitBatch'] {
  /** One submission's writes; runs inside a savepoint of the batch transaction. */
  const storeOne = (ready: Ready): SubmissionOutcome => {
    const { submission, prepared } = ready;
    const inserted = ctx.statement(INSERT_IF_NEW).get(prepared.values) as Pick<ResponseRow, 'id'> | undefined;
    if (!inserted) {
      // Stored before (or earlier in this batch): the first receipt, and nothing else changes.
      const receipt = readReceipt(ctx, prepared.clientId);
      if (!receipt) throw new Error(`Response ${prepared.clientId} conflicted but cannot be read`);
      return { status: 'existing', receipt };
    }
    if (submission.token) {
      const claimed = ctx.statement(CLAIM_TOKEN).run(submission.response.submittedAt.getTime(), prepared.clientId, submission.token);
      if (claimed.changes === 0) throw new Refused({ status: 'token_used' });
    }
    if (submission.browser) {
      const { id, limit } = submission.browser;
      const marked = ctx.statement(MARK_BROWSER).run(prepared.unitId, prepared.localDay, id, limit);
      if (marked.changes === 0) throw new Refused({ status: 'browser_limit' });
    }
    const answers = new AnswerWriter(ctx);
    answers.add(inserted.id, prepared);
    answers.finish();
    return { status: 'created', receipt: ready.receipt };
  };

  const inSavepoint = ctx.sqlite.transaction(storeOne);

  const storeAll = ctx.sqlite.transaction((batch: readonly Ready[]): SubmissionOutcome[] => {
    const tallies = new TallyAccumulator();
    const outcomes = batch.map((ready): SubmissionOutcome => {
      try {
        const outcome = inSavepoint(ready);
        if (outcome.status === 'created') tallies.add(ready.prepared);
        return outcome;
      } catch (error) {
        if (error instanceof Refused) return error.outcome;
        return { status: 'failed', error: fromSqliteError(error, ready.prepared.clientId) };
      }
    });
    tallies.flush(ctx);
    return outcomes;
  });

  const run = (batch: readonly Ready[]): SubmissionOutcome[] => {
    try {
      return storeAll.immediate(batch);
    } finally {
      // A failed COMMIT can leave the transaction open; the next batch must start clean.
      if (ctx.sqlite.inTransaction) rollback(ctx.sqlite);
    }
  };

  return async (submissions) => {
    const outcomes: SubmissionOutcome[] = new Array(submissions.length);
    const ready: Ready[] = [];
    const at: number[] = [];
    submissions.forEach((submission, index) => {
      try {
        const prepared = prepareResponse(ctx.lookups, submission.response);
        const receipt: ResponseReceipt = {
          clientId: prepared.clientId,
          receivedAt: submission.response.submittedAt,
          unit: submission.unitSlug,
          service: submission.serviceSlug,
          flags: uniqueFlags(submission.response.flags),
        };
        ready.push({ submission, prepared, receipt });
        at.push(index);
      } catch (error) {
        outcomes[index] = { status: 'failed', error };
      }
    });
    if (ready.length === 0) return outcomes;
    let stored: SubmissionOutcome[];
    try {
      stored = run(ready);
    } catch (batchError) {
      if (ready.length === 1) {
        stored = [{ status: 'failed', error: fromSqliteError(batchError, ready[0]!.prepared.clientId) }];
      } else {
        stored = ready.map((one) => {
          try {
            return run([one])[0]!;
          } catch (error) {
            return { status: 'failed', error: fromSqliteError(error, one.prepared.clientId) };
          }
        });
      }
    }
    stored.forEach((outcome, i) => (outcomes[at[i]!] = outcome));
    return outcomes;
  };
}

function rollback(sqlite: BetterSqlite3.Database): void {
  try {
    sqlite.exec('ROLLBACK');
  } catch {
    // Already rolled back by SQLite itself.
  }
}
