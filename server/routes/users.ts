/**
 * Accounts, for administrators: `GET /api/v1/users`, `POST /api/v1/users`,
 * `POST /api/v1/users/:username/disable` and `/enable`, `PUT /api/v1/users/:username/units`,
 * `POST /api/v1/users/:username/password-reset`. Every change is audited in its transaction.
 * A generated one-time password is in the answer once (never stored, never logged).
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Database, User } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { createAccount, USERNAME_PATTERN } from '../auth/accounts';
import { auditStamp } from '../auth/audit';
import { permit, requireUser } from '../auth/guard';
import { jsonBody, passwordMessage } from '../auth/http';
import { hashPassword, passwordProblem, randomPassword } from '../auth/password';
import { normaliseUsername } from '../auth/service';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { listUserDtos, userDto } from './users-dto';

export type { UserDto } from './users-dto';

function schemas(lang: Lang) {
  const text = z.string({ error: t(lang, 'users.api.text') }).max(1000, { error: t(lang, 'users.api.text') });
  const flag = z.boolean({ error: t(lang, 'users.api.flag') });
  const unitList = z.array(z.string({ error: t(lang, 'users.api.unitList') }).max(100), { error: t(lang, 'users.api.unitList') }).max(500);
  return {
    create: z.object({
      username: text,
      role: text,
      displayName: text.nullish(),
      units: unitList.nullish(),
      password: text.nullish(),
      /** When given, it must equal `password` (the page's "typed twice"). */
      passwordConfirm: text.nullish(),
      /** The server picks a one-time password and answers it once; implies mustChangePassword. */
      generatePassword: flag.nullish(),
      mustChangePassword: flag.nullish(),
    }),
    units: z.object({ units: unitList }),
  };
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

async function found(db: Database, username: string, lang: Lang): Promise<User> {
  const user = await db.users.byUsername(username);
  if (!user) throw new ApiError(404, 'not_found', t(lang, 'auth.user.notFound', { username }));
  return user;
}

/** Answers that carry a one-time password must not stay in any cache. */
function noStore(c: Context<AppEnv>): void {
  c.header('Cache-Control', 'no-store');
}

export function userRoutes(options: { now: () => Date }): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', permit('users', 'read'), async (c) => c.json({ users: await listUserDtos(c.get('db')) }))
    .post('/', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const body = await jsonBody(c, SCHEMAS[lang].create);
      const db = c.get('db');
      const generated = body.generatePassword === true;
      const typed = body.password ?? '';
      const own: Record<string, string> = {};
      if (!generated && typed === '') own.password = t(lang, 'users.api.passwordRequired');
      else if (!generated && body.passwordConfirm != null && body.passwordConfirm !== typed) {
        own.passwordConfirm = t(lang, 'users.api.passwordMismatch');
        const weak = passwordProblem(typed, normaliseUsername(body.username));
        if (weak) own.password = passwordMessage(lang, weak);
      }
      // On a refusal of our own the empty password makes createAccount refuse too (and only report the other fields).
      const password = Object.keys(own).length > 0 ? '' : generated ? randomPassword() : typed;
      const result = await createAccount(
        db,
        {
          username: body.username,
          role: body.role,
          password,
          displayName: body.displayName ?? undefined,
          units: body.units ?? undefined,
          mustChangePassword: generated || body.mustChangePassword === true,
        },
        auditStamp(c, options.now()),
        lang,
      );
      if (!result.ok) {
        const fields = { ...result.fields, ...own };
        if (own.password === undefined && own.passwordConfirm !== undefined) delete fields.password;
        if (own.password !== undefined) fields.password = own.password;
        const taken = Object.keys(fields).length === 1 && USERNAME_PATTERN.test(normaliseUsername(body.username)) && (await db.users.byUsername(normaliseUsername(body.username)));
        if (taken) throw new ApiError(409, 'conflict', fields.username ?? t(lang, 'api.validationFailed'), fields);
        throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), fields);
      }
      noStore(c);
      return c.json({ ...(await userDto(db, result.user)), ...(generated ? { oneTimePassword: password } : {}) }, 201);
    })
    .post('/:username/disable', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), lang);
      if (user.id === requireUser(c).id) throw new ApiError(400, 'validation_failed', t(lang, 'auth.user.notSelf'));
      if (!(await db.users.disable(user.id, options.now(), auditStamp(c, options.now())))) {
        throw new ApiError(409, 'conflict', t(lang, 'users.api.alreadyDisabled', { username: user.username }));
      }
      return c.json(await userDto(db, (await db.users.byId(user.id))!));
    })
    .post('/:username/enable', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), lang);
      if (!(await db.users.enable(user.id, auditStamp(c, options.now())))) {
        throw new ApiError(409, 'conflict', t(lang, 'users.api.notDisabled', { username: user.username }));
      }
      return c.json(await userDto(db, (await db.users.byId(user.id))!));
    })
    .put('/:username/units', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), lang);
      const body = await jsonBody(c, SCHEMAS[lang].units);
      if (user.role !== 'operator') {
        throw new ApiError(409, 'conflict', t(lang, 'users.api.unitsNotOperator', { username: user.username, role: t(lang, `auth.role.${user.role}`) }));
      }
      const slugs = [...new Set(body.units)];
      if (slugs.length === 0) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), { units: t(lang, 'auth.user.operatorNeedsUnit') });
      const unitIds: number[] = [];
      for (const slug of slugs) {
        const unit = await db.units.bySlug(slug);
        if (!unit) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), { units: t(lang, 'auth.user.unitNotFound', { unit: slug }) });
        unitIds.push(unit.id);
      }
      const current = await db.users.unitIds(user.id);
      const same = current.length === unitIds.length && unitIds.every((id) => current.includes(id));
      // Saving the same units again is no change, so it leaves no audit entry.
      if (!same) await db.users.setUnits(user.id, unitIds, auditStamp(c, options.now()));
      return c.json(await userDto(db, user));
    })
    .post('/:username/password-reset', permit('users', 'manage'), async (c) => {
      const lang = c.get('lang');
      const db = c.get('db');
      const user = await found(db, c.req.param('username'), lang);
      if (user.id === requireUser(c).id) throw new ApiError(400, 'validation_failed', t(lang, 'users.api.resetNotSelf'));
      const oneTimePassword = randomPassword();
      const at = options.now();
      await db.users.setPassword(user.id, { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, at, keepSessionIdHash: null }, auditStamp(c, at));
      noStore(c);
      return c.json({ ...(await userDto(db, (await db.users.byId(user.id))!)), oneTimePassword });
    });
}
