/** The unit (and service) a QR code or poster is for, looked up by the slugs in its address. */
import type { Database, Organisation, Service, Unit } from '../../db/repositories';

export interface QrTarget {
  unit: Unit;
  service: Service | null;
  organisation: Organisation | null;
}

export type QrLookup = { found: true; target: QrTarget } | { found: false; missing: 'unit' | 'service' };

export async function findQrTarget(db: Database, unitSlug: string, serviceSlug?: string): Promise<QrLookup> {
  const unit = await db.units.bySlug(unitSlug);
  if (!unit) return { found: false, missing: 'unit' };
  let service: Service | null = null;
  if (serviceSlug !== undefined) {
    service = (await db.services.bySlug(unit.id, serviceSlug)) ?? null;
    if (!service) return { found: false, missing: 'service' };
  }
  // The repositories have no look-up by id for organisations; an office has a handful.
  const organisation = (await db.organisations.list()).find((o) => o.id === unit.organisationId) ?? null;
  return { found: true, target: { unit, service, organisation } };
}
