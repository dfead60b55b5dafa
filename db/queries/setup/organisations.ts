/** Organisations: create, find by slug, list. */
import { asc, eq } from 'drizzle-orm';
import type { OrganisationRepository } from '../../repositories';
import { organisations } from '../../schema/sqlite';
import { translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { assertTimeZone } from './time-zone';

export function organisationQueries(ctx: SqliteContext): OrganisationRepository {
  return {
    async create(input) {
      if (input.defaultTimeZone !== undefined) assertTimeZone(input.defaultTimeZone);
      return translated(() => ctx.orm.insert(organisations).values(input).returning().get());
    },
    async bySlug(slug) {
      return ctx.orm.select().from(organisations).where(eq(organisations.slug, slug)).get();
    },
    async list() {
      return ctx.orm.select().from(organisations).orderBy(asc(organisations.name), asc(organisations.id)).all();
    },
  };
}
