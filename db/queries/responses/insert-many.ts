/**
 * A batch of responses (paper import, demo data): all or nothing in one transaction. Rollup
 * increments are summed in memory first, so a batch costs one upsert per touched rollup row
 * instead of four per answer.
 */
import { BatchError, DbError, fromSqliteError } from '../../errors';
import type { ResponseRepository } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';
import { prepareResponse, type PreparedResponse } from './prepare';
import { AnswerWriter, INSERT_RESPONSE } from './store';
import { TallyAccumulator } from './tally-keys';

function atIndex(index: number, error: unknown, clientId?: string): unknown {
  const translated = fromSqliteError(error, clientId);
  return translated instanceof DbError ? new BatchError(index, translated) : translated;
}

export function insertManyQuery(ctx: SqliteContext): ResponseRepository['insertMany'] {
  return async (inputs) => {
    if (inputs.length === 0) return { inserted: 0 };
    const prepared: PreparedResponse[] = inputs.map((input, index) => {
      try {
        return prepareResponse(ctx.lookups, input);
      } catch (error) {
        throw atIndex(index, error, input.clientId);
      }
    });
    const store = ctx.sqlite.transaction(() => {
      const insert = ctx.statement(INSERT_RESPONSE);
      const answers = new AnswerWriter(ctx);
      const tallies = new TallyAccumulator();
      prepared.forEach((response, index) => {
        let id: number;
        try {
          id = Number(insert.run(response.values).lastInsertRowid);
        } catch (error) {
          throw atIndex(index, error, response.clientId);
        }
        answers.add(id, response);
        tallies.add(response);
      });
      answers.finish();
      tallies.flush(ctx);
    });
    store.immediate();
    return { inserted: prepared.length };
  };
}
