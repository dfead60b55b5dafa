/**
 * The figures of a scope by GROUP BY over the raw responses: the reference the rollups must equal,
 * and the baseline of the benchmark. Never used to serve a page.
 */
import type { ScopeTallies, TallyRepository } from '../../repositories';
import type { ResponseRollupRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { addCounts, checkScope, emptyResult, rawFilter, sortedTallies, unitFilter, type CountRow } from './scope';

type RollupSums = Pick<ResponseRollupRow, 'respondents' | 'flaggedFast' | 'flaggedStraightline'>;

/** A flag is one item of the comma-separated `flags` column. */
export const hasFlag = (flag: string): string => `instr(',' || coalesce(r.flags, '') || ',', ',${flag},') > 0`;

export function scanQuery(ctx: SqliteContext): TallyRepository['scan'] {
  return async (scope) => {
    const result: ScopeTallies = emptyResult();
    if (!checkScope(scope)) return result;
    const unit = unitFilter(scope, 'r.unit_id');
    const raw = rawFilter(scope);
    const where = `${unit.sql} AND r.local_day BETWEEN ? AND ? AND ${raw.sql}`;
    const params = [...unit.params, scope.from, scope.to, ...raw.params];
    const answers = ctx.statement(
      `SELECT a.element_code AS elementCode,
         count(*) FILTER (WHERE a.score = 1) AS n1, count(*) FILTER (WHERE a.score = 2) AS n2,
         count(*) FILTER (WHERE a.score = 3) AS n3, count(*) FILTER (WHERE a.score = 4) AS n4,
         count(*) FILTER (WHERE a.score IS NULL) AS blank
       FROM responses r JOIN response_answers a ON a.response_id = r.id
       WHERE ${where} GROUP BY a.element_code`,
    );
    const people = ctx.statement(
      `SELECT count(*) AS respondents, count(*) FILTER (WHERE ${hasFlag('fast')}) AS flaggedFast,
         count(*) FILTER (WHERE ${hasFlag('straightline')}) AS flaggedStraightline
       FROM responses r WHERE ${where}`,
    );
    addCounts(result, answers.all(params) as CountRow[]);
    const sums = people.get(params) as RollupSums;
    return sortedTallies({ ...result, ...sums });
  };
}
