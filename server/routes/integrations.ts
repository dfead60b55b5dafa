/**
 * Integrations: API keys (admins, POLICY 'integrations') and the two push endpoints other
 * systems call with `Authorization: Bearer KEY` instead of a session (so no CSRF token):
 * - PUT /integrations/served {unit, entries:[{service?, day, count}]} — the 'api' counts, all or nothing;
 * - POST /integrations/transactions {unit, transactions:[{service, received, completed?, reference?}]}.
 * A key bound to a unit may push only for that unit (403); an unknown or revoked key gets 401.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AuditStamp, Unit } from '../../db/repositories';
import type { IntegrationKey } from '../../db/schema/sqlite';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { jsonBody, slugSchema } from '../population/http';
import { batchLabel, storeTransactions } from '../population/import';
import { newIntegrationKey, requireIntegrationKey } from '../population/keys';
import { checkTransactions } from '../population/read-transactions';
import { rejectedImport } from '../population/respond';
import { entriesSchema, MAX_ENTRIES, resolveEntries } from '../population/served';

const NAME_MAX = 100;

function schemas(lang: Lang) {
  const text = z.string({ error: t(lang, 'api.validationFailed') }).max(200, { error: t(lang, 'population.row.referenceLong', { max: 200 }) });
  return {
    key: z.strictObject({
      name: z.string({ error: t(lang, 'population.api.keyName', { max: NAME_MAX }) }).trim().min(1, { error: t(lang, 'population.api.keyName', { max: NAME_MAX }) }).max(NAME_MAX, { error: t(lang, 'population.api.keyName', { max: NAME_MAX }) }),
      unit: slugSchema(lang).nullable().optional(),
    }),
    served: z.strictObject({ unit: slugSchema(lang), entries: entriesSchema(lang, { nullableCount: false }) }),
    transactions: z.strictObject({
      unit: slugSchema(lang),
      transactions: z
        .array(
          z.strictObject({ service: text, received: text, completed: text.nullable().optional(), reference: text.nullable().optional() }),
          { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) },
        )
        .min(1, { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) })
        .max(MAX_ENTRIES, { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) }),
    }),
  };
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

export interface IntegrationKeyDto {
  id: number;
  name: string;
  unit: string | null;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function keyDto(k: IntegrationKey, unitSlugs: ReadonlyMap<number, string>): IntegrationKeyDto {
  return {
    id: k.id,
    name: k.name,
    unit: k.unitId === null ? null : (unitSlugs.get(k.unitId) ?? String(k.unitId)),
    prefix: k.keyPrefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

/** The unit a key pushes for: 403 when the key is bound to another unit (also for an unknown slug). */
async function pushUnit(c: Context<AppEnv>, key: IntegrationKey, slug: string): Promise<Unit> {
  const lang = c.get('lang');
  const unit = await c.get('db').units.bySlug(slug);
  if (key.unitId !== null && key.unitId !== unit?.id) throw new ApiError(403, 'forbidden', t(lang, 'population.api.keyOtherUnit', { unit: slug }));
  if (!unit) throw new ApiError(404, 'not_found', t(lang, 'population.api.unitNotFound', { unit: slug }));
  return unit;
}

const keyStamp = (key: IntegrationKey, at: Date): AuditStamp => ({ userId: null, actor: `integration:${key.name}`, at });

export function integrationRoutes(options: { now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  const unitSlugs = async (c: Context<AppEnv>) => new Map((await c.get('db').units.list()).map((u): [number, string] => [u.id, u.slug]));
  return new Hono<AppEnv>()
    .get('/integration-keys', async (c) => {
      requirePermission(c, 'integrations', 'read');
      const slugs = await unitSlugs(c);
      return c.json({ keys: (await c.get('db').integrationKeys.list()).map((k) => keyDto(k, slugs)) });
    })
    .post('/integration-keys', async (c) => {
      const lang = c.get('lang');
      const user = requirePermission(c, 'integrations', 'manage');
      const body = await jsonBody(c, SCHEMAS[lang].key);
      const db = c.get('db');
      const unit = body.unit ? await db.units.bySlug(body.unit) : null;
      if (unit === undefined) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), { unit: t(lang, 'population.api.unitNotFound', { unit: body.unit ?? '' }) });
      const at = now();
      const secret = newIntegrationKey();
      const key = await db.integrationKeys.create(
        { name: body.name, unitId: unit?.id ?? null, keyHash: secret.hash, keyPrefix: secret.prefix, createdBy: user.id, createdAt: at },
        auditStamp(c, at),
      );
      // The plain key leaves the server this once; only its hash is kept.
      return c.json({ ...keyDto(key, await unitSlugs(c)), key: secret.key }, 201);
    })
    .post('/integration-keys/:id/revoke', async (c) => {
      const lang = c.get('lang');
      requirePermission(c, 'integrations', 'manage');
      const id = Number(c.req.param('id'));
      const at = now();
      const done = Number.isSafeInteger(id) && (await c.get('db').integrationKeys.revoke(id, at, auditStamp(c, at)));
      if (!done) throw new ApiError(404, 'not_found', t(lang, 'population.api.keyNotFound', { id: c.req.param('id') }));
      return c.body(null, 204);
    })
    .put('/integrations/served', async (c) => {
      const lang = c.get('lang');
      const at = now();
      const key = await requireIntegrationKey(c, at);
      const body = await jsonBody(c, SCHEMAS[lang].served);
      const unit = await pushUnit(c, key, body.unit);
      const { set } = await resolveEntries(c.get('db'), unit, body.entries, lang);
      const { written } = await c.get('db').served.setCounts(set, 'api', keyStamp(key, at));
      return c.json({ unit: unit.slug, written });
    })
    .post('/integrations/transactions', async (c) => {
      const lang = c.get('lang');
      const at = now();
      const key = await requireIntegrationKey(c, at);
      const body = await jsonBody(c, SCHEMAS[lang].transactions);
      const unit = await pushUnit(c, key, body.unit);
      const db = c.get('db');
      const raw = body.transactions.map((x, index) => ({
        line: index,
        service: x.service,
        received: x.received,
        completed: x.completed ?? '',
        reference: x.reference ?? '',
      }));
      const parsed = checkTransactions(unit, await db.services.listByUnit(unit.id), raw);
      const stored = await storeTransactions(db, parsed, { source: 'api', batch: batchLabel('api', key.keyPrefix, at) }, keyStamp(key, at));
      if (!stored.ok) return rejectedImport(c, stored.issues, 'api');
      return c.json({ unit: unit.slug, ...stored.result });
    });
}
