import type { Database, Organisation, Service, Unit } from '../../db/repositories';

export interface OrganisationUnits {
  organisation: Organisation;
  units: { unit: Unit; services: Service[] }[];
}

/**
 * Every organisation with its units and their services, in the repositories' order.
 * `visible` (from server/auth/permissions.ts `unitScope`): only these unit ids; null = all.
 */
export async function listOrganisationUnits(db: Database, visible: readonly number[] | null = null): Promise<OrganisationUnits[]> {
  const organisations = await db.organisations.list();
  return Promise.all(
    organisations.map(async (organisation) => {
      const all = await db.units.list(organisation.id);
      const units = visible === null ? all : all.filter((u) => visible.includes(u.id));
      return {
        organisation,
        units: await Promise.all(units.map(async (unit) => ({ unit, services: await db.services.listByUnit(unit.id) }))),
      };
    }),
  );
}
