/**
 * The IKM figures of every unit of a scope in one read (the unit ranking): the same rollup rows as
 * tallies/read.ts, grouped by unit as well, instead of one read per unit.
 */
import type { DashboardReadRepository, ScopeTallies } from '../../repositories';
import type { AnswerTallyRow, ResponseRollupRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { addCounts, checkScope, emptyResult, rollupLevelFilter, sortedTallies, splitRange, unitFilter, type CountRow } from '../tallies/scope';

type UnitCountRow = CountRow & Pick<AnswerTallyRow, 'unitId'>;
type UnitSums = Pick<ResponseRollupRow, 'unitId' | 'respondents' | 'flaggedFast' | 'flaggedStraightline'>;

export function byUnitQuery(ctx: SqliteContext): DashboardReadRepository['byUnit'] {
  return async (scope) => {
    const units = new Map<number, ScopeTallies>();
    if (!checkScope(scope)) return units;
    const unit = unitFilter(scope, 'unit_id');
    const level = rollupLevelFilter(scope);
    const where = `${unit.sql} AND grain = ? AND ${level.sql} AND bucket BETWEEN ? AND ?`;
    const answers = ctx.statement(
      `SELECT unit_id AS unitId, element_code AS elementCode, sum(n1) AS n1, sum(n2) AS n2, sum(n3) AS n3, sum(n4) AS n4, sum(blank) AS blank
       FROM answer_tallies WHERE ${where} GROUP BY unit_id, element_code`,
    );
    const people = ctx.statement(
      `SELECT unit_id AS unitId, sum(respondents) AS respondents, sum(flagged_fast) AS flaggedFast,
         sum(flagged_straightline) AS flaggedStraightline
       FROM response_rollups WHERE ${where} GROUP BY unit_id`,
    );
    const of = (unitId: number): ScopeTallies => {
      let result = units.get(unitId);
      if (!result) {
        result = emptyResult();
        units.set(unitId, result);
      }
      return result;
    };
    for (const segment of splitRange(scope.from, scope.to)) {
      const params = [...unit.params, segment.grain, ...level.params, segment.from, segment.to];
      for (const row of people.all(params) as UnitSums[]) {
        const result = of(row.unitId);
        result.respondents += row.respondents;
        result.flaggedFast += row.flaggedFast;
        result.flaggedStraightline += row.flaggedStraightline;
      }
      for (const row of answers.all(params) as UnitCountRow[]) addCounts(of(row.unitId), [row]);
    }
    const out = new Map<number, ScopeTallies>();
    for (const unitId of [...units.keys()].sort((a, b) => a - b)) {
      const result = units.get(unitId)!;
      if (result.respondents > 0) out.set(unitId, sortedTallies(result));
    }
    return out;
  };
}
