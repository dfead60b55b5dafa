import type { ResponseRepository } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';

export function countQuery(ctx: SqliteContext): ResponseRepository['count'] {
  return async () => (ctx.statement('SELECT count(*) AS n FROM responses').get() as { n: number }).n;
}
