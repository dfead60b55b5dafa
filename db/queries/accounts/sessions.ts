/** Server-side sessions, keyed by the SHA-256 of the cookie value (a stolen table gives no cookie). */
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { SessionRepository } from '../../repositories';
import { sessions } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';

export function sessionQueries(ctx: SqliteContext): SessionRepository {
  // Every signed-in request looks its session up.
  const byIdHash = ctx.orm.select().from(sessions).where(eq(sessions.idHash, sql.placeholder('idHash'))).prepare();
  return {
    async create(input) {
      return ctx.orm
        .insert(sessions)
        .values({ ...input, userAgent: input.userAgent ?? null, lastSeenAt: input.createdAt })
        .returning()
        .get();
    },
    async byIdHash(idHash) {
      return byIdHash.get({ idHash });
    },
    async touch(idHash, at) {
      ctx.orm.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash)).run();
    },
    async delete(idHash) {
      return ctx.orm.delete(sessions).where(eq(sessions.idHash, idHash)).run().changes > 0;
    },
    async deleteForUser(userId, exceptIdHash) {
      const where = exceptIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash)) : eq(sessions.userId, userId);
      return ctx.orm.delete(sessions).where(where).run().changes;
    },
    async deleteExpired(now, idleSince) {
      return ctx.orm.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince))).run().changes;
    },
  };
}
