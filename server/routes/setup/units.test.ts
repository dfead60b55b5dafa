import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import { createApp } from '../../app';
import { addUser, signInApi, type Signed } from '../../testing/auth';
import { createFixture, type Fixture } from '../../testing/fixture';
import type { ServiceDto, UnitDetailDto } from './load';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let admin: Signed;
let orgId: number;
beforeEach(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
  orgId = (await fx.db.organisations.bySlug('kantor-uji'))!.id;
  await fx.db.units.create({ organisationId: orgId, slug: 'loket-lain', name: 'Loket Lain' });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'viewer1', 'viewer');
  await addUser(fx.db, 'op1', 'operator', { units: [fx.unitSlug] });
  await addUser(fx.db, 'op2', 'operator', { units: ['loket-lain'] });
  admin = await signInApi(app, 'admin1');
});
afterEach(() => fx.db.close());

type ErrorBody = { error: { code: string; message: string; fields: Record<string, string> } };

function send(method: string, path: string, body: unknown, signed: Signed | null = admin) {
  const headers = { 'content-type': 'application/json', ...(signed ? signed.headers() : {}) };
  return app.request(path, { method, headers, body: JSON.stringify(body) });
}

/** Changes only: sign-ins are logged too. */
const audit = async () => (await fx.db.audit.list({ pageSize: 200 })).entries.filter((e) => !e.action.startsWith('session.')).reverse();

describe('POST /api/v1/units', () => {
  it('creates a unit in the organisation, with the default zone and an audit entry', async () => {
    const res = await send('POST', '/api/v1/units', { slug: 'loket-baru', name: ' Loket Baru ', address: 'Jl. Veteran 3', coverageTarget: 40, responsesPerBrowserPerDay: 2 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      slug: 'loket-baru',
      name: 'Loket Baru',
      timeZone: 'Asia/Jakarta',
      address: 'Jl. Veteran 3',
      coverageTarget: 40,
      responsesPerBrowserPerDay: 2,
      organisation: { slug: 'kantor-uji', name: 'Kantor Uji', isDemo: false },
      services: [],
      operators: [],
    } satisfies UnitDetailDto);
    const [entry] = await audit();
    expect(entry).toMatchObject({ actor: 'admin1', action: 'unit.create', entity: 'unit', before: null });
    expect(entry!.after).toMatchObject({ slug: 'loket-baru', organisationId: orgId, address: 'Jl. Veteran 3' });
  });

  it('refuses a bad slug and missing name with field messages (400), a taken slug with 409', async () => {
    const bad = await send('POST', '/api/v1/units', { slug: 'Loket Baru!', name: null, timeZone: 'UTC', coverageTarget: 0 });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as ErrorBody;
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['coverageTarget', 'name', 'slug', 'timeZone']);
    expect(error.fields.slug).toContain('huruf kecil');
    const taken = await send('POST', '/api/v1/units', { slug: fx.unitSlug, name: 'Lagi' });
    expect(taken.status).toBe(409);
    const conflict = (await taken.json()) as ErrorBody;
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.error.fields.slug).toContain(`"${fx.unitSlug}"`);
    expect(await audit()).toEqual([]);
    expect((await fx.db.units.list()).length).toBe(2);
  });

  it('brings the organisation along for the first unit of an empty server', async () => {
    const db = await openDatabase({ url: ':memory:' });
    try {
      const empty = createApp({ db });
      await addUser(db, 'pertama', 'admin');
      const signed = await signInApi(empty, 'pertama');
      const orgRes = await empty.request('/api/v1/organisation', { headers: signed.headers() });
      expect(orgRes.status).toBe(404);
      const res = await empty.request('/api/v1/units', {
        method: 'POST',
        headers: signed.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify({ slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' }),
      });
      expect(res.status).toBe(201);
      expect(((await res.json()) as UnitDetailDto).organisation).toEqual({ slug: 'organisasi', name: 'Organisasi Anda', isDemo: false });
      const actions = (await db.audit.list()).entries.map((e) => e.action).filter((a) => !a.startsWith('session.'));
      expect(actions.reverse()).toEqual(['organisation.create', 'unit.create']);
    } finally {
      await db.close();
    }
  });

  it('refuses viewers and operators (403) and nobody (401)', async () => {
    for (const username of ['viewer1', 'op1']) {
      expect((await send('POST', '/api/v1/units', { slug: 'x', name: 'X' }, await signInApi(app, username))).status).toBe(403);
    }
    expect((await send('POST', '/api/v1/units', { slug: 'x', name: 'X' }, null)).status).toBe(401);
    expect(await fx.db.units.bySlug('x')).toBeUndefined();
  });
});

describe('GET/PATCH /api/v1/units/:slug', () => {
  it('shows the unit with its services and operators to admins, viewers and its own operators', async () => {
    for (const username of ['admin1', 'viewer1', 'op1']) {
      const res = await app.request(`/api/v1/units/${fx.unitSlug}`, { headers: (await signInApi(app, username)).headers() });
      expect(res.status, username).toBe(200);
      const unit = (await res.json()) as UnitDetailDto;
      expect(unit.services).toEqual([{ slug: fx.serviceSlug, name: 'Izin A', standardDays: 5 }]);
      expect(unit.operators).toEqual([{ username: 'op1', displayName: 'op1', disabled: false }]);
    }
    expect((await app.request('/api/v1/units/loket-lain', { headers: (await signInApi(app, 'op1')).headers() })).status).toBe(403);
    expect((await app.request('/api/v1/units/nope', { headers: admin.headers() })).status).toBe(404);
    expect((await app.request(`/api/v1/units/${fx.unitSlug}`)).status).toBe(401);
  });

  it('changes a unit; the slug and, once responses exist, the time zone are fixed', async () => {
    const res = await send('PATCH', '/api/v1/units/loket-lain', { name: 'Loket Timur', timeZone: 'Asia/Jayapura', address: '', responsesPerBrowserPerDay: 0 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ slug: 'loket-lain', name: 'Loket Timur', timeZone: 'Asia/Jayapura', address: null, responsesPerBrowserPerDay: 0 });
    const [entry] = await audit();
    expect(entry).toMatchObject({ action: 'unit.update', before: { name: 'Loket Lain', timeZone: 'Asia/Jakarta' }, after: { name: 'Loket Timur', timeZone: 'Asia/Jayapura' } });

    const slug = await send('PATCH', '/api/v1/units/loket-lain', { slug: 'loket-timur' });
    expect(slug.status).toBe(400);
    expect(((await slug.json()) as ErrorBody).error.fields.slug).toContain('poster');
    // The fixture's unit has responses counted in WITA.
    const zone = await send('PATCH', `/api/v1/units/${fx.unitSlug}`, { name: 'Baru', timeZone: 'Asia/Jakarta' });
    expect(zone.status).toBe(400);
    expect(((await zone.json()) as ErrorBody).error.fields.timeZone).toContain('sudah menerima jawaban');
    expect((await fx.db.units.bySlug(fx.unitSlug))?.name).toBe('Loket Makassar');
    expect((await audit()).length).toBe(1);
  });

  it('refuses changes from viewers and operators, also of their own unit', async () => {
    for (const username of ['viewer1', 'op1']) {
      expect((await send('PATCH', `/api/v1/units/${fx.unitSlug}`, { name: 'X' }, await signInApi(app, username))).status).toBe(403);
    }
    expect((await fx.db.units.bySlug(fx.unitSlug))?.name).toBe('Loket Makassar');
    expect(await audit()).toEqual([]);
  });
});

describe('services of a unit', () => {
  it('adds and changes services, audited', async () => {
    const res = await send('POST', '/api/v1/units/loket-lain/services', { slug: 'siup', name: 'SIUP', standardDays: 3 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ slug: 'siup', name: 'SIUP', standardDays: 3 } satisfies ServiceDto);
    const changed = await send('PATCH', '/api/v1/units/loket-lain/services/siup', { name: 'Surat Izin Usaha', standardDays: null });
    expect(await changed.json()).toEqual({ slug: 'siup', name: 'Surat Izin Usaha', standardDays: null });
    const entries = await audit();
    expect(entries.map((e) => e.action)).toEqual(['service.create', 'service.update']);
    expect(entries[1]).toMatchObject({ before: { name: 'SIUP', standardDays: 3 }, after: { name: 'Surat Izin Usaha', standardDays: null } });
  });

  it('refuses bad input (400), a taken slug (409), unknown services (404) and non-admins (403)', async () => {
    const bad = await send('POST', `/api/v1/units/${fx.unitSlug}/services`, { slug: '-x', name: '', standardDays: 0 });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as ErrorBody).error.fields).sort()).toEqual(['name', 'slug', 'standardDays']);
    const taken = await send('POST', `/api/v1/units/${fx.unitSlug}/services`, { slug: fx.serviceSlug, name: 'Lagi' });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as ErrorBody).error.fields.slug).toContain('layanan lain');
    // The same service slug in another unit is fine.
    expect((await send('POST', '/api/v1/units/loket-lain/services', { slug: fx.serviceSlug, name: 'Izin A' })).status).toBe(201);
    expect((await send('PATCH', `/api/v1/units/${fx.unitSlug}/services/nope`, { name: 'X' })).status).toBe(404);
    const op = await signInApi(app, 'op1');
    expect((await send('POST', `/api/v1/units/${fx.unitSlug}/services`, { slug: 'baru', name: 'Baru' }, op)).status).toBe(403);
    expect((await send('PATCH', `/api/v1/units/${fx.unitSlug}/services/${fx.serviceSlug}`, { name: 'X' }, op)).status).toBe(403);
    expect((await audit()).map((e) => e.action)).toEqual(['service.create']);
  });
});

describe('PUT /api/v1/units/:slug/operators', () => {
  it('sets who runs the unit, keeping each operator\'s other units', async () => {
    const res = await send('PUT', '/api/v1/units/loket-lain/operators', { usernames: ['op1'] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as UnitDetailDto).operators.map((o) => o.username)).toEqual(['op1']);
    const op1 = (await fx.db.users.byUsername('op1'))!;
    const op2 = (await fx.db.users.byUsername('op2'))!;
    const unitId = (slug: string) => fx.db.units.bySlug(slug).then((u) => u!.id);
    expect(await fx.db.users.unitIds(op1.id)).toEqual([await unitId(fx.unitSlug), await unitId('loket-lain')].sort((a, b) => a - b));
    expect(await fx.db.users.unitIds(op2.id)).toEqual([]);
    const entries = await audit();
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['user.units', 'admin1'],
      ['user.units', 'admin1'],
    ]);
  });

  it('refuses unknown accounts and non-operators without changing anyone', async () => {
    for (const [usernames, text] of [
      [['op1', 'viewer1'], '"viewer1" bukan operator'],
      [['siapa'], 'Tidak ada akun "siapa"'],
    ] as const) {
      const res = await send('PUT', '/api/v1/units/loket-lain/operators', { usernames });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.fields.usernames).toContain(text);
    }
    expect((await send('PUT', '/api/v1/units/loket-lain/operators', { usernames: 'op1' })).status).toBe(400);
    expect((await send('PUT', '/api/v1/units/loket-lain/operators', { usernames: [] }, await signInApi(app, 'viewer1'))).status).toBe(403);
    expect(await audit()).toEqual([]);
    expect(await fx.db.users.unitIds((await fx.db.users.byUsername('op2'))!.id)).toEqual([(await fx.db.units.bySlug('loket-lain'))!.id]);
  });
});
