/**
 * Admin side of kiosks: make a pairing code, list the kiosks, revoke one.
 *
 * Who may: a signed-in account with the `kiosks` right for the unit (admins; operators for
 * their own units; viewers may list). There is no exception for requests from the server's own
 * machine: a reverse proxy on that machine would make every request look local. On the machine
 * itself, `skm kiosk pair` is the way in.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Device } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { auditStamp } from '../auth/audit';
import { requirePermission, requireUnitScope } from '../auth/guard';
import type { Action } from '../auth/permissions';
import { jsonBody } from '../kiosk/http';
import { createPairing, IDLE_SECONDS, NAME_MAX, THANKS_SECONDS } from '../kiosk/pairing';
import { PIN_PATTERN } from '../kiosk/pin';
import { requestBaseUrl } from '../qr/link';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function schemas(lang: Lang) {
  const slug = z.string({ error: t(lang, 'kiosk.api.slug') }).regex(SLUG, { error: t(lang, 'kiosk.api.slug') });
  const seconds = (b: { min: number; max: number }) =>
    z.number({ error: t(lang, 'kiosk.api.seconds', b) }).int({ error: t(lang, 'kiosk.api.seconds', b) }).min(b.min, { error: t(lang, 'kiosk.api.seconds', b) }).max(b.max, { error: t(lang, 'kiosk.api.seconds', b) });
  return z.strictObject({
    unit: slug,
    service: slug.optional(),
    name: z.string().trim().min(1, { error: t(lang, 'kiosk.api.name', { max: NAME_MAX }) }).max(NAME_MAX, { error: t(lang, 'kiosk.api.name', { max: NAME_MAX }) }).optional(),
    pin: z.string({ error: t(lang, 'kiosk.api.pinInvalid') }).regex(PIN_PATTERN, { error: t(lang, 'kiosk.api.pinInvalid') }).optional(),
    idleSeconds: seconds(IDLE_SECONDS).optional(),
    thanksSeconds: seconds(THANKS_SECONDS).optional(),
  });
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

/** 401 or 403 (ApiError) unless the caller may `action` kiosks of `unit` (of any unit when absent). */
function mayManage(c: Context<AppEnv>, action: Action, unit?: { id: number; slug: string }): void {
  requirePermission(c, 'kiosks', action, unit);
}

export interface DeviceDto {
  id: number;
  name: string;
  unit: string;
  service: string | null;
  settings: { idleSeconds: number; thanksSeconds: number };
  createdAt: string;
  lastSeenAt: string | null;
  waiting: number;
  rejected: number;
  revokedAt: string | null;
}

export function kioskAdminRoutes(options: { publicUrl?: string | undefined; now?: () => Date } = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>()
    .post('/pairing-codes', async (c) => {
      const lang = c.get('lang');
      mayManage(c, 'manage');
      const body = await jsonBody(c, SCHEMAS[lang]);
      const unit = await c.get('db').units.bySlug(body.unit);
      // An operator learns nothing about units that are not theirs, not even whether they exist.
      mayManage(c, 'manage', unit ?? { id: -1, slug: body.unit });
      const at = now();
      const result = await createPairing(c.get('db'), body, at, auditStamp(c, at));
      if (!result.ok) {
        throw result.missing === 'unit'
          ? new ApiError(404, 'not_found', t(lang, 'kiosk.api.unitNotFound', { unit: body.unit }))
          : new ApiError(404, 'not_found', t(lang, 'kiosk.api.serviceNotFound', { unit: body.unit, service: body.service ?? '' }));
      }
      const p = result.pairing;
      const base = options.publicUrl ?? requestBaseUrl(c.req.url);
      return c.json(
        {
          code: p.code,
          expiresAt: p.expiresAt.toISOString(),
          kioskUrl: `${base}/kiosk`,
          unit: { slug: p.unit.slug, name: p.unit.name },
          service: p.service ? { slug: p.service.slug, name: p.service.name } : null,
          name: p.name,
          settings: { idleSeconds: p.idleSeconds, thanksSeconds: p.thanksSeconds },
          // Only when the server made it up: the operator must learn it now or never.
          ...(p.generatedPin !== null ? { pin: p.generatedPin } : {}),
        },
        201,
      );
    })
    .get('/devices', async (c) => {
      const db = c.get('db');
      const scope = requireUnitScope(c, 'kiosks', 'read');
      const unitSlug = c.req.query('unit');
      const unit = unitSlug === undefined ? undefined : await db.units.bySlug(unitSlug);
      if (unitSlug !== undefined && !unit) throw new ApiError(404, 'not_found', t(c.get('lang'), 'kiosk.api.unitNotFound', { unit: unitSlug }));
      if (unit) requirePermission(c, 'kiosks', 'read', unit);
      const list = (await db.devices.list(unit?.id)).filter((d) => scope === null || scope.includes(d.unitId));
      return c.json({ devices: await Promise.all(list.map((d) => deviceDto(c.get('db'), d))) });
    })
    .post('/devices/:id/revoke', async (c) => {
      const id = Number(c.req.param('id'));
      const db = c.get('db');
      mayManage(c, 'manage');
      const device = Number.isSafeInteger(id) ? await db.devices.byId(id) : undefined;
      if (!device) throw new ApiError(404, 'not_found', t(c.get('lang'), 'kiosk.api.deviceNotFound', { id: c.req.param('id') }));
      const unit = await db.units.byId(device.unitId);
      mayManage(c, 'manage', { id: device.unitId, slug: unit?.slug ?? String(device.unitId) });
      const at = now();
      await db.devices.revoke(device.id, at, auditStamp(c, at));
      return c.body(null, 204);
    });
}

async function deviceDto(db: AppEnv['Variables']['db'], d: Device): Promise<DeviceDto> {
  const unit = await db.units.byId(d.unitId);
  const service = d.serviceId === null || !unit ? undefined : (await db.services.listByUnit(unit.id)).find((s) => s.id === d.serviceId);
  return {
    id: d.id,
    name: d.name,
    unit: unit?.slug ?? String(d.unitId),
    service: service?.slug ?? null,
    settings: { idleSeconds: d.idleSeconds, thanksSeconds: d.thanksSeconds },
    createdAt: d.createdAt.toISOString(),
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    waiting: d.waiting,
    rejected: d.rejected,
    revokedAt: d.revokedAt?.toISOString() ?? null,
  };
}
