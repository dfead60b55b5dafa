/**
 * A batch of responses (paper import, demo data): all or nothing in one transaction. Rollup
 * increments are summed in memory first, so a batch costs one upsert per touched rollup row
 * instead of four per answer.
 *
 * Each response is checked and turned into its values right before it is stored, not all of them
 * up front: a prepared response then lives for microseconds, instead of 100,000 of them outliving
 * the young-generation collections and being copied to the old generation (measured: a tenth of
 * an import's time went to garbage collection). A bad row still stores nothing: its error rolls
 * the whole transaction back.
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
    const store = ctx.sqlite.transaction(() => {
      const insert = ctx.statement(INSERT_RESPONSE);
      const answers = new AnswerWriter(ctx);
      const tallies = new TallyAccumulator();
      for (let index = 0; index < inputs.length; index++) {
        const input = inputs[index]!;
        let response: PreparedResponse;
        let id: number;
        try {
          response = prepareResponse(ctx.lookups, input);
          id = Number(insert.run(response.values).lastInsertRowid);
        } catch (error) {
          throw atIndex(index, error, input.clientId);
        }
        answers.add(id, response);
        tallies.add(response);
      }
      answers.finish();
      tallies.flush(ctx);
    });
    store.immediate();
    return { inserted: inputs.length };
  };
}
