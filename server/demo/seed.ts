/**
 * Seeds the demo organisation into an empty database: units, services, the survey periods of
 * 2025–2026 (2017 instrument) and about fifty thousand responses, inserted in batches through
 * the repository (so the tallies are maintained exactly as for real submissions).
 */
import type { Database, NewResponse } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import { DEMO_ORGANISATION, DEMO_PERIODS, DEMO_UNITS } from './office';
import { generateDemoResponses, type GenerateOptions } from './responses';
import { seedDemoIndicators, type DemoIndicatorSummary, type DemoUnitIds } from './indicators';
import { localDay } from '../../survey-kit/index';

const BATCH = 5000;

export interface DemoSummary {
  organisation: string;
  units: number;
  services: number;
  periods: number;
  responses: number;
  indicators: DemoIndicatorSummary;
}

/** True when the database holds no organisation yet (a first start). */
export async function isEmptyDatabase(db: Database): Promise<boolean> {
  return (await db.organisations.list()).length === 0;
}

export async function seedDemo(db: Database, options: Partial<GenerateOptions> = {}): Promise<DemoSummary> {
  await db.instruments.ensureBuiltIns();
  const instrument = await db.instruments.byCode(SKM_2017.code);
  if (!instrument) throw new Error(`Built-in instrument ${SKM_2017.code} is missing after ensureBuiltIns().`);

  const organisation = await db.organisations.create({ ...DEMO_ORGANISATION });
  const ids = new Map<string, { unitId: number; services: Map<string, number> }>();
  const unitIds: DemoUnitIds[] = [];
  let serviceCount = 0;
  for (const def of DEMO_UNITS) {
    const unit = await db.units.create({
      organisationId: organisation.id,
      slug: def.slug,
      name: def.name,
      timeZone: def.timeZone,
      address: def.address,
    });
    const services = new Map<string, number>();
    for (const s of def.services) {
      const service = await db.services.create({ unitId: unit.id, slug: s.slug, name: s.name, standardDays: s.standardDays });
      services.set(s.slug, service.id);
      serviceCount++;
    }
    ids.set(def.slug, { unitId: unit.id, services });
    unitIds.push({
      unitId: unit.id,
      slug: def.slug,
      timeZone: def.timeZone,
      services: new Map(def.services.map((s) => [s.slug, { id: services.get(s.slug)!, standardDays: s.standardDays }])),
    });
  }

  let yearPeriodId: number | null = null;
  for (const p of DEMO_PERIODS) {
    const period = await db.periods.create({ organisationId: organisation.id, unitId: null, instrumentId: instrument.id, ...p });
    if (p.name === 'Tahun 2025') yearPeriodId = period.id;
  }
  // Respondents per unit, service and local day: the demo's people served are derived from them.
  const respondents = new Map<string, number>();
  const zoneOf = new Map(DEMO_UNITS.map((u) => [u.slug, u.timeZone]));

  let batch: NewResponse[] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    total += (await db.responses.insertMany(batch)).inserted;
    batch = [];
  };
  const elementCodes = instrument.instrument.elements.map((e) => e.code);
  for (const r of generateDemoResponses({ elementCodes, ...options })) {
    const unit = ids.get(r.unitSlug)!;
    batch.push({
      clientId: r.clientId,
      unitId: unit.unitId,
      serviceId: unit.services.get(r.serviceSlug) ?? null,
      instrumentId: instrument.id,
      channel: r.channel,
      deviceId: null,
      submittedAt: r.submittedAt,
      answers: r.answers,
      profile: r.profile,
      saran: r.saran,
      completionSeconds: r.completionSeconds,
      flags: r.flags,
    });
    const serviceId = unit.services.get(r.serviceSlug);
    if (serviceId !== undefined) {
      const key = `${unit.unitId}|${serviceId}|${localDay(r.submittedAt, zoneOf.get(r.unitSlug)!)}`;
      respondents.set(key, (respondents.get(key) ?? 0) + 1);
    }
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const indicators = await seedDemoIndicators(db, unitIds, respondents, yearPeriodId);

  return {
    organisation: organisation.name,
    units: DEMO_UNITS.length,
    services: serviceCount,
    periods: DEMO_PERIODS.length,
    responses: total,
    indicators,
  };
}
