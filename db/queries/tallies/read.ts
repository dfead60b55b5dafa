/**
 * The figures of a scope from the rollups: month rows for whole months, day rows for the edges.
 * A year of one unit reads 12 rows per element, however many responses it holds.
 */
import type { ScopeTallies, TallyRepository } from '../../repositories';
import type { ResponseRollupRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { addCounts, checkScope, emptyResult, rollupLevelFilter, sortedTallies, splitRange, unitFilter, type CountRow } from './scope';

type RollupSums = Pick<ResponseRollupRow, 'respondents' | 'flaggedFast' | 'flaggedStraightline'>;

export function readQuery(ctx: SqliteContext): TallyRepository['read'] {
  return async (scope) => {
    const result: ScopeTallies = emptyResult();
    if (!checkScope(scope)) return result;
    const unit = unitFilter(scope, 'unit_id');
    const level = rollupLevelFilter(scope);
    const where = `${unit.sql} AND grain = ? AND ${level.sql} AND bucket BETWEEN ? AND ?`;
    const answers = ctx.statement(
      `SELECT element_code AS elementCode, sum(n1) AS n1, sum(n2) AS n2, sum(n3) AS n3, sum(n4) AS n4, sum(blank) AS blank
       FROM answer_tallies WHERE ${where} GROUP BY element_code`,
    );
    const people = ctx.statement(
      `SELECT coalesce(sum(respondents), 0) AS respondents, coalesce(sum(flagged_fast), 0) AS flaggedFast,
         coalesce(sum(flagged_straightline), 0) AS flaggedStraightline
       FROM response_rollups WHERE ${where}`,
    );
    for (const segment of splitRange(scope.from, scope.to)) {
      const params = [...unit.params, segment.grain, ...level.params, segment.from, segment.to];
      addCounts(result, answers.all(params) as CountRow[]);
      const sums = people.get(params) as RollupSums;
      result.respondents += sums.respondents;
      result.flaggedFast += sums.flaggedFast;
      result.flaggedStraightline += sums.flaggedStraightline;
    }
    return sortedTallies(result);
  };
}
