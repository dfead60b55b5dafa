/** Staff accounts and the units operators run. Password hashes arrive hashed and never leave in audit entries. */
import { and, asc, count, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { UserRepository } from '../../repositories';
import { sessions, units, userUnits, users, type User } from '../../schema/sqlite';
import { DbError, translated } from '../../errors';
import type { SqliteContext } from '../../sqlite/context';
import { audited } from '../audit/write';

const ENTITY = 'user';

export function userQueries(ctx: SqliteContext): UserRepository {
  const unitIdsOf = (userId: number): number[] =>
    ctx.orm.select({ id: userUnits.unitId }).from(userUnits).where(eq(userUnits.userId, userId)).orderBy(asc(userUnits.unitId)).all().map((r) => r.id);

  /** What the audit log keeps of an account: everything but the password hash. */
  const snapshot = (user: User) => {
    const slugs = ctx.orm
      .select({ slug: units.slug })
      .from(userUnits)
      .innerJoin(units, eq(units.id, userUnits.unitId))
      .where(eq(userUnits.userId, user.id))
      .orderBy(asc(units.slug))
      .all()
      .map((r) => r.slug);
    return {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      units: slugs,
      mustChangePassword: user.mustChangePassword,
      disabledAt: user.disabledAt?.toISOString() ?? null,
    };
  };

  const byId = (id: number) => ctx.orm.select().from(users).where(eq(users.id, id)).get();

  const replaceUnits = (userId: number, unitIds: readonly number[]) => {
    ctx.orm.delete(userUnits).where(eq(userUnits.userId, userId)).run();
    const unique = [...new Set(unitIds)];
    if (unique.length > 0) ctx.orm.insert(userUnits).values(unique.map((unitId) => ({ userId, unitId }))).run();
  };

  return {
    async create(input, by) {
      return translated(() =>
        audited(ctx, by, () => {
          const user = ctx.orm
            .insert(users)
            .values({
              username: input.username,
              displayName: input.displayName,
              role: input.role,
              passwordHash: input.passwordHash,
              mustChangePassword: input.mustChangePassword ?? false,
              createdAt: by?.at ?? new Date(),
            })
            .returning()
            .get();
          replaceUnits(user.id, input.unitIds ?? []);
          return { result: user, audit: { action: 'user.create', entity: ENTITY, entityId: user.id, before: null, after: snapshot(user) } };
        }),
      );
    },
    async byUsername(username) {
      return ctx.orm.select().from(users).where(eq(users.username, username)).get();
    },
    async byId(id) {
      return byId(id);
    },
    async list() {
      return ctx.orm.select().from(users).orderBy(asc(users.username)).all();
    },
    async count() {
      return ctx.orm.select({ n: count() }).from(users).get()?.n ?? 0;
    },
    async setPassword(id, input, by) {
      return audited(ctx, by, () => {
        const before = byId(id);
        if (!before) return { result: false, audit: null };
        ctx.orm
          .update(users)
          .set({ passwordHash: input.passwordHash, mustChangePassword: input.mustChangePassword, passwordChangedAt: input.at })
          .where(eq(users.id, id))
          .run();
        const keep = input.keepSessionIdHash;
        ctx.orm.delete(sessions).where(keep ? and(eq(sessions.userId, id), ne(sessions.idHash, keep)) : eq(sessions.userId, id)).run();
        return {
          result: true,
          // The hash itself is a secret: the log says that it changed, and whether a change is still due.
          audit: {
            action: 'user.password',
            entity: ENTITY,
            entityId: id,
            before: { mustChangePassword: before.mustChangePassword, passwordChangedAt: before.passwordChangedAt?.toISOString() ?? null },
            after: { mustChangePassword: input.mustChangePassword, passwordChangedAt: input.at.toISOString() },
          },
        };
      });
    },
    async disable(id, at, by) {
      return audited(ctx, by, () => {
        const before = byId(id);
        const after = ctx.orm.update(users).set({ disabledAt: at }).where(and(eq(users.id, id), isNull(users.disabledAt))).returning().get();
        if (!before || !after) return { result: false, audit: null };
        ctx.orm.delete(sessions).where(eq(sessions.userId, id)).run();
        return { result: true, audit: { action: 'user.disable', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
      });
    },
    async enable(id, by) {
      return audited(ctx, by, () => {
        const before = byId(id);
        const after = ctx.orm.update(users).set({ disabledAt: null }).where(and(eq(users.id, id), isNotNull(users.disabledAt))).returning().get();
        if (!before || !after) return { result: false, audit: null };
        return { result: true, audit: { action: 'user.enable', entity: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after) } };
      });
    },
    async unitIds(userId) {
      return unitIdsOf(userId);
    },
    async setUnitOperators(unitId, userIds, by) {
      translated(() =>
        ctx.sqlite.transaction(() => {
          const current = ctx.orm.select({ id: userUnits.userId }).from(userUnits).where(eq(userUnits.unitId, unitId)).all().map((r) => r.id);
          const wanted = new Set(userIds);
          const changed = [...new Set([...current, ...userIds])].filter((id) => current.includes(id) !== wanted.has(id)).sort((a, b) => a - b);
          for (const userId of changed) {
            const user = byId(userId);
            if (!user) throw new DbError('unknown_reference', `Unknown user ${userId}`);
            audited(ctx, by, () => {
              const before = snapshot(user);
              if (wanted.has(userId)) ctx.orm.insert(userUnits).values({ userId, unitId }).run();
              else ctx.orm.delete(userUnits).where(and(eq(userUnits.userId, userId), eq(userUnits.unitId, unitId))).run();
              return { result: undefined, audit: { action: 'user.units', entity: ENTITY, entityId: userId, before, after: snapshot(user) } };
            });
          }
        })(),
      );
    },
    async setUnits(userId, unitIds, by) {
      translated(() =>
        audited(ctx, by, () => {
          const user = byId(userId);
          if (!user) return { result: undefined, audit: null };
          const before = snapshot(user);
          replaceUnits(userId, unitIds);
          return { result: undefined, audit: { action: 'user.units', entity: ENTITY, entityId: userId, before, after: snapshot(user) } };
        }),
      );
    },
  };
}

