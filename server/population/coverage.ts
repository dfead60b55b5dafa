/**
 * Response coverage and the minimum sample of one unit (or service) over whole local days: the
 * respondents from the tallies, the people served from the served counts, the figures from
 * survey-kit. Shared by the API and the /penerima page so both show the same numbers.
 */
import type { Database, Service, ServedTotals, Unit } from '../../db/repositories';
import { responseCoverage, sampleAdequacy, type ResponseCoverageResult, type SampleAdequacyResult } from '../../survey-kit/indicators/index';
import type { Day } from '../../survey-kit/types';

export interface CoverageReport {
  scope: { unit: string; service: string | null; from: Day; to: Day };
  respondents: number;
  served: number;
  bySource: ServedTotals['bySource'];
  daysWithData: number;
  coverage: ResponseCoverageResult;
  sample: SampleAdequacyResult;
}

export async function coverageReport(db: Database, unit: Unit, service: Service | null, from: Day, to: Day): Promise<CoverageReport> {
  const serviceScope = service ? { serviceId: service.id } : {};
  const [tallies, served] = await Promise.all([
    db.tallies.read({ unitIds: [unit.id], ...serviceScope, from, to }),
    db.served.totals({ unitIds: [unit.id], ...serviceScope, from, to }),
  ]);
  return {
    scope: { unit: unit.slug, service: service?.slug ?? null, from, to },
    respondents: tallies.respondents,
    served: served.served,
    bySource: served.bySource,
    daysWithData: served.daysWithData,
    coverage: responseCoverage(tallies.respondents, served.served, unit.coverageTarget),
    sample: sampleAdequacy(tallies.respondents, served.served),
  };
}
