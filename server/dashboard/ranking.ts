/**
 * The units ranked by their IKM over one range, read in one repository call
 * (db.dashboard.byUnit), each unit's tallies read with its own instrument in force.
 */
import type { Database, Unit } from '../../db/repositories';
import { rankByKonversi, sampleAdequacy, type SampleAdequacyResult } from '../../survey-kit/index';
import type { Channel, Day, IkmResult } from '../../survey-kit/types';
import { ikmOfTallies, instrumentFor } from '../queries/ikm';

export interface RankingScope {
  /** null = every unit. */
  unitIds: readonly number[] | null;
  channel: Channel | null;
  from: Day;
  to: Day;
}

export interface RankedUnit {
  unit: Unit;
  result: IkmResult;
  /** People served in the range; 0 when not entered. */
  served: number;
  /** Against the minimum sample; `adequate` null when served is unknown. */
  adequacy: SampleAdequacyResult;
}

const NO_TALLIES = { respondents: 0, tallies: {} };

export async function loadRanking(db: Database, scope: RankingScope): Promise<RankedUnit[]> {
  const every = await db.units.list();
  const units = scope.unitIds === null ? every : every.filter((u) => scope.unitIds!.includes(u.id));
  const byUnit = await db.dashboard.byUnit({
    unitIds: units.map((u) => u.id),
    ...(scope.channel ? { channel: scope.channel } : {}),
    from: scope.from,
    to: scope.to,
  });
  const ranked = await Promise.all(
    units.map(async (unit): Promise<RankedUnit> => {
      const read = byUnit.get(unit.id) ?? NO_TALLIES;
      const [instrument, served] = await Promise.all([
        instrumentFor(db, unit, scope.to),
        db.served.totals({ unitIds: [unit.id], from: scope.from, to: scope.to }),
      ]);
      const result = ikmOfTallies(instrument, read);
      return { unit, result, served: served.served, adequacy: sampleAdequacy(read.respondents, served.served) };
    }),
  );
  return rankByKonversi(ranked, (r) => r.result, (r) => r.unit.name);
}
