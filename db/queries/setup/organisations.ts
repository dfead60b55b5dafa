/** Organisations: create, find, list, change their settings and logo (each change audited). */
import { asc, eq } from 'drizzle-orm';
import type { OrganisationRepository } from '../../repositories';
import { organisations, type Organisation } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';
import { assertTimeZone } from './time-zone';
import { createAudited, updateAudited, type AuditedTable } from './changes';

const ENTITY = 'organisation';

/** What the audit log keeps of an organisation: the logo only as its type and size. */
function snapshot(org: Organisation) {
  return {
    slug: org.slug,
    name: org.name,
    defaultTimeZone: org.defaultTimeZone,
    complaintRetentionDays: org.complaintRetentionDays,
    logo: org.logo ? { type: org.logoType, bytes: org.logo.byteLength } : null,
  };
}

export function organisationQueries(ctx: SqliteContext): OrganisationRepository {
  const byId = (id: number) => ctx.orm.select().from(organisations).where(eq(organisations.id, id)).get();
  const table: AuditedTable<Organisation> = { entity: ENTITY, snapshot, byId };

  return {
    async create(input, by) {
      if (input.defaultTimeZone !== undefined) assertTimeZone(input.defaultTimeZone);
      return createAudited(ctx, by, table, () => ctx.orm.insert(organisations).values(input).returning().get());
    },
    async bySlug(slug) {
      return ctx.orm.select().from(organisations).where(eq(organisations.slug, slug)).get();
    },
    async byId(id) {
      return byId(id);
    },
    async list() {
      return ctx.orm.select().from(organisations).orderBy(asc(organisations.name), asc(organisations.id)).all();
    },
    async update(id, changes, by) {
      if (changes.defaultTimeZone !== undefined) assertTimeZone(changes.defaultTimeZone);
      return updateAudited(ctx, by, table, id, changes, (set) => ctx.orm.update(organisations).set(set).where(eq(organisations.id, id)).returning().get());
    },
    async setLogo(id, logo, by) {
      return audited(ctx, by, () => {
        const before = byId(id);
        if (!before) return { result: undefined, audit: null };
        if (!logo && !before.logo) return { result: before, audit: null };
        const after = ctx.orm
          .update(organisations)
          .set({ logo: logo?.bytes ?? null, logoType: logo?.type ?? null })
          .where(eq(organisations.id, id))
          .returning()
          .get();
        const action = logo ? 'organisation.logo' : 'organisation.logo.remove';
        return { result: after, audit: { action, entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
      });
    },
  };
}
