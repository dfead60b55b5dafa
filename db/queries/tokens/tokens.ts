/** One-time survey tokens. Marking one used happens in the response's transaction (submit-batch.ts). */
import { eq, sql } from 'drizzle-orm';
import { translated } from '../../errors';
import type { TokenRepository } from '../../repositories';
import { surveyTokens } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';

const ROWS_PER_INSERT = 500;

export function tokenQueries(ctx: SqliteContext): TokenRepository {
  const byToken = ctx.orm.select().from(surveyTokens).where(eq(surveyTokens.token, sql.placeholder('token'))).prepare();
  return {
    async createMany(tokens) {
      const store = ctx.sqlite.transaction(() => {
        for (let i = 0; i < tokens.length; i += ROWS_PER_INSERT) {
          ctx.orm
            .insert(surveyTokens)
            .values(tokens.slice(i, i + ROWS_PER_INSERT).map((t) => ({ token: t.token, unitId: t.unitId, serviceId: t.serviceId, batch: t.batch })))
            .run();
        }
      });
      translated(() => store.immediate());
      return { created: tokens.length };
    },
    async byToken(token) {
      return byToken.get({ token });
    },
  };
}
