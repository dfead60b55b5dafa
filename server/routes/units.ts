import { Hono } from 'hono';
import { requireUnitScope } from '../auth/guard';
import type { AppEnv } from '../env';
import { listOrganisationUnits } from '../queries/units';

export interface UnitDto {
  slug: string;
  name: string;
  timeZone: string;
  organisation: { slug: string; name: string; isDemo: boolean };
  services: { slug: string; name: string; standardDays: number | null }[];
}

/** Every unit with its services (signed-in; an operator sees their own units). */
export const units = new Hono<AppEnv>().get('/', async (c) => {
  const groups = await listOrganisationUnits(c.get('db'), requireUnitScope(c, 'setup', 'read'));
  const body: UnitDto[] = groups.flatMap(({ organisation, units }) =>
    units.map(({ unit, services }) => ({
      slug: unit.slug,
      name: unit.name,
      timeZone: unit.timeZone,
      organisation: { slug: organisation.slug, name: organisation.name, isDemo: organisation.isDemo },
      services: services.map((s) => ({ slug: s.slug, name: s.name, standardDays: s.standardDays })),
    })),
  );
  return c.json({ units: body });
});
