/**
 * Accounts, for administrators: `GET /api/v1/users`, `POST /api/v1/users`,
 * `POST /api/v1/users/:username/disable` and `/enable`. Every change is audited.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database, User } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { createAccount } from '../auth/accounts';
import { auditStamp } from '../auth/audit';
import { permit } from '../auth/guard';
import { jsonBody } from '../auth/http';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';

export interface UserDto {
  username: string;
  displayName: string;
  role: User['role'];
  units: string[];
  mustChangePassword: boolean;
  disabledAt: string | null;
  createdAt: string;
}

const CREATE = z.object({
  username: z.string(),
  role: z.string(),
  password: z.string(),
  displayName: z.string().optional(),
  units: z.array(z.string()).optional(),
});

async function userDto(db: Database, user: User): Promise<UserDto> {
  const units = await Promise.all((await db.users.unitIds(user.id)).map((id) => db.units.byId(id)));
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    units: units.flatMap((u) => (u ? [u.slug] : [])).sort(),
    mustChangePassword: user.mustChangePassword,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function userRoutes(options: { now: () => Date }): Hono<AppEnv> {
  const found = async (db: Database, username: string, lang: AppEnv['Variables']['lang']) => {
    const user = await db.users.byUsername(username);
    if (!user) throw new ApiError(404, 'not_found', t(lang, 'auth.user.notFound', { username }));
    return user;
  };
  return new Hono<AppEnv>()
    .get('/', permit('users', 'read'), async (c) => {
      const db = c.get('db');
      return c.json({ users: await Promise.all((await db.users.list()).map((u) => userDto(db, u))) });
    })
    .post('/', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const body = await jsonBody(c, CREATE);
      const db = c.get('db');
      const result = await createAccount(db, body, auditStamp(c, options.now()), lang);
      if (!result.ok) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), result.fields);
      return c.json(await userDto(db, result.user), 201);
    })
    .post('/:username/disable', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), lang);
      if (user.id === c.get('user')?.id) throw new ApiError(400, 'validation_failed', t(lang, 'auth.user.notSelf'));
      await db.users.disable(user.id, options.now(), auditStamp(c, options.now()));
      return c.json(await userDto(db, (await db.users.byId(user.id))!));
    })
    .post('/:username/enable', permit('users', 'manage'), async (c) => {
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), c.get('lang'));
      await db.users.enable(user.id, auditStamp(c, options.now()));
      return c.json(await userDto(db, (await db.users.byId(user.id))!));
    });
}
