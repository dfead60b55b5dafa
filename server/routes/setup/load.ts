/**
 * What the set-up API answers and the set-up pages show: the organisation, a unit with its
 * services and operators. Shared by server/routes/setup/* and site/pages/pengaturan/*.
 */
import type { Database, Organisation, Service, Unit, User } from '../../../db/repositories';

export const LOGO_PATH = '/api/v1/organisation/logo';

export interface OrganisationDto {
  slug: string;
  name: string;
  defaultTimeZone: string;
  complaintRetentionDays: number;
  isDemo: boolean;
  /** null: no logo stored. `url` serves it (public, like a poster). */
  logo: { type: string; bytes: number; url: string } | null;
}

export interface ServiceDto {
  slug: string;
  name: string;
  standardDays: number | null;
}

export interface OperatorDto {
  username: string;
  displayName: string;
  disabled: boolean;
}

export interface UnitDetailDto {
  slug: string;
  name: string;
  timeZone: string;
  address: string | null;
  coverageTarget: number;
  responsesPerBrowserPerDay: number;
  organisation: { slug: string; name: string; isDemo: boolean };
  services: ServiceDto[];
  operators: OperatorDto[];
}

export function organisationDto(org: Organisation): OrganisationDto {
  return {
    slug: org.slug,
    name: org.name,
    defaultTimeZone: org.defaultTimeZone,
    complaintRetentionDays: org.complaintRetentionDays,
    isDemo: org.isDemo,
    logo: org.logo && org.logoType ? { type: org.logoType, bytes: org.logo.byteLength, url: `${LOGO_PATH}?slug=${encodeURIComponent(org.slug)}` } : null,
  };
}

export function serviceDto(s: Service): ServiceDto {
  return { slug: s.slug, name: s.name, standardDays: s.standardDays };
}

/**
 * Which organisation a request means: the one named by `slug`; else the only one; else the only
 * real (non-demo) one beside a demo office. Several real ones: the caller must choose.
 */
export type OrganisationChoice =
  | { kind: 'found'; organisation: Organisation }
  | { kind: 'unknown'; slug: string }
  | { kind: 'none' }
  | { kind: 'ambiguous'; organisations: Organisation[] };

export async function chooseOrganisation(db: Database, slug?: string | null): Promise<OrganisationChoice> {
  if (slug) {
    const organisation = await db.organisations.bySlug(slug);
    return organisation ? { kind: 'found', organisation } : { kind: 'unknown', slug };
  }
  const all = await db.organisations.list();
  if (all.length === 0) return { kind: 'none' };
  if (all.length === 1) return { kind: 'found', organisation: all[0]! };
  const real = all.filter((o) => !o.isDemo);
  return real.length === 1 ? { kind: 'found', organisation: real[0]! } : { kind: 'ambiguous', organisations: all };
}

/** Every operator account (the candidates of a unit's checklist) with the units each runs. */
export async function operatorsWithUnits(db: Database): Promise<{ user: User; unitIds: number[] }[]> {
  const operators = (await db.users.list()).filter((u) => u.role === 'operator');
  return Promise.all(operators.map(async (user) => ({ user, unitIds: await db.users.unitIds(user.id) })));
}

export function operatorDto(user: User): OperatorDto {
  return { username: user.username, displayName: user.displayName, disabled: user.disabledAt !== null };
}

export async function unitDetail(db: Database, unit: Unit): Promise<UnitDetailDto> {
  const [organisation, services, operators] = await Promise.all([
    db.organisations.byId(unit.organisationId),
    db.services.listByUnit(unit.id),
    operatorsWithUnits(db),
  ]);
  return {
    slug: unit.slug,
    name: unit.name,
    timeZone: unit.timeZone,
    address: unit.address,
    coverageTarget: unit.coverageTarget,
    responsesPerBrowserPerDay: unit.responsesPerBrowserPerDay,
    organisation: { slug: organisation?.slug ?? '', name: organisation?.name ?? '', isDemo: organisation?.isDemo ?? false },
    services: services.map(serviceDto),
    operators: operators.filter((o) => o.unitIds.includes(unit.id)).map((o) => operatorDto(o.user)),
  };
}
