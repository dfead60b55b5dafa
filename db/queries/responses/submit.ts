/**
 * One response from a kiosk, QR form or the API: stored with its answers and rollups in one write
 * transaction, idempotent on clientId. The existence check is the INSERT itself (ON CONFLICT DO
 * NOTHING) inside an IMMEDIATE transaction, so two racing submits of one clientId store it once.
 */
import { fromSqliteError } from '../../errors';
import type { ResponseRepository, StoredResponseRef } from '../../repositories';
import type { ResponseRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { prepareResponse } from './prepare';
import { AnswerWriter, INSERT_RESPONSE } from './store';
import { TallyAccumulator } from './tally-keys';

const INSERT_IF_NEW = `${INSERT_RESPONSE} ON CONFLICT (client_id) DO NOTHING RETURNING id`;
const EXISTING = 'SELECT id, client_id AS clientId, local_day AS localDay FROM responses WHERE client_id = ?';

type Existing = Pick<ResponseRow, 'id' | 'clientId' | 'localDay'>;

export function submitQuery(ctx: SqliteContext): ResponseRepository['submit'] {
  return async (input) => {
    const prepared = prepareResponse(ctx.lookups, input);
    const store = ctx.sqlite.transaction((): { ref: StoredResponseRef; created: boolean } => {
      const inserted = ctx.statement(INSERT_IF_NEW).get(prepared.values) as Pick<ResponseRow, 'id'> | undefined;
      if (!inserted) {
        const existing = ctx.statement(EXISTING).get(prepared.clientId) as Existing;
        return { ref: existing, created: false };
      }
      const answers = new AnswerWriter(ctx);
      answers.add(inserted.id, prepared);
      answers.finish();
      const tallies = new TallyAccumulator();
      tallies.add(prepared);
      tallies.flush(ctx);
      return { ref: { id: inserted.id, clientId: prepared.clientId, localDay: prepared.localDay }, created: true };
    });
    try {
      return store.immediate();
    } catch (error) {
      throw fromSqliteError(error, prepared.clientId);
    }
  };
}
