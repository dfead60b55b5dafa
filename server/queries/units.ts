import type { Database, Organisation, Service, Unit } from '../../db/repositories';

export interface OrganisationUnits {
  organisation: Organisation;
  units: { unit: Unit; services: Service[] }[];
}

/** Every organisation with its units and their services, in the repositories' order. */
export async function listOrganisationUnits(db: Database): Promise<OrganisationUnits[]> {
  const organisations = await db.organisations.list();
  return Promise.all(
    organisations.map(async (organisation) => {
      const units = await db.units.list(organisation.id);
      return {
        organisation,
        units: await Promise.all(units.map(async (unit) => ({ unit, services: await db.services.listByUnit(unit.id) }))),
      };
    }),
  );
}
