/**
 * The IKM behind the XLSX table, on the same path as the dashboard and `/api/v1/ikm`
 * (instrument in force → tallies → survey-kit's computeIkm), widened to several units and a channel.
 */
import type { Database, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { SKM_2017 } from '../../survey-kit/index';
import type { IkmResult, Instrument, Lang } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';
import { instrumentFor, tallyScopeIkm } from '../queries/ikm';
import type { ExportScope } from './scope';

export interface ExportIkm {
  instrument: Instrument;
  result: IkmResult;
}

/**
 * `unitIds`: the units the caller may see when the scope names none (null = every unit). Units
 * read under different instruments cannot share one IKM: that is a 400 asking for one unit.
 */
export async function exportIkm(db: Database, scope: ExportScope, unitIds: readonly number[] | null, lang: Lang): Promise<ExportIkm> {
  let units: Unit[];
  if (scope.unit) units = [scope.unit];
  else {
    const every = await db.units.list();
    units = unitIds === null ? every : every.filter((u) => unitIds.includes(u.id));
  }
  const instruments = new Map<string, Instrument>();
  for (const unit of units) {
    const instrument = await instrumentFor(db, unit, scope.to);
    instruments.set(instrument.code, instrument);
  }
  if (instruments.size > 1) {
    const message = t(lang, 'exports.instrumentsDiffer', { to: scope.to, instruments: [...instruments.keys()].join(', ') });
    throw new ApiError(400, 'validation_failed', message, { unit: message });
  }
  const instrument = instruments.values().next().value ?? SKM_2017;
  const result = await tallyScopeIkm(db, instrument, {
    unitIds: units.map((u) => u.id),
    ...(scope.service ? { serviceId: scope.service.id } : {}),
    ...(scope.channel ? { channel: scope.channel } : {}),
    from: scope.from,
    to: scope.to,
  });
  return { instrument, result };
}
