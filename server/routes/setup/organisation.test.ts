import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { addUser, signInApi, type Signed } from '../../testing/auth';
import { createFixture, type Fixture } from '../../testing/fixture';
import type { OrganisationDto } from './load';
import { LOGO_MAX_BYTES } from './organisation';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let admin: Signed;
beforeEach(async () => {
  fx = await createFixture();
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin1', 'admin');
  await addUser(fx.db, 'viewer1', 'viewer');
  await addUser(fx.db, 'op1', 'operator', { units: [fx.unitSlug] });
  admin = await signInApi(app, 'admin1');
});
afterEach(() => fx.db.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const auditActions = async () => (await fx.db.audit.list({ pageSize: 200 })).entries.filter((e) => e.entity === 'organisation').map((e) => e.action);

function patch(body: unknown, signed: Signed = admin, extra: Record<string, string> = {}) {
  return app.request('/api/v1/organisation', { method: 'PATCH', headers: signed.headers({ 'content-type': 'application/json', ...extra }), body: JSON.stringify(body) });
}

function upload(bytes: Uint8Array<ArrayBuffer>, signed: Signed = admin, name = 'logo.png', type = 'image/png') {
  const form = new FormData();
  form.set('logo', new File([bytes], name, { type }));
  return app.request('/api/v1/organisation/logo', { method: 'PUT', headers: signed.headers(), body: form });
}

describe('GET/PATCH /api/v1/organisation', () => {
  it('reads the organisation for every signed-in role and 401 for nobody', async () => {
    for (const username of ['admin1', 'viewer1', 'op1']) {
      const res = await app.request('/api/v1/organisation', { headers: (await signInApi(app, username)).headers() });
      expect(res.status, username).toBe(200);
      expect(await res.json()).toEqual({
        slug: 'kantor-uji',
        name: 'Kantor Uji',
        defaultTimeZone: 'Asia/Jakarta',
        complaintRetentionDays: 365,
        isDemo: false,
        logo: null,
      } satisfies OrganisationDto);
    }
    expect((await app.request('/api/v1/organisation')).status).toBe(401);
  });

  it('lets an admin change it, with an audit entry holding before and after', async () => {
    const res = await patch({ name: '  Kantor Uji Baru ', defaultTimeZone: 'Asia/Makassar', complaintRetentionDays: 730 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Kantor Uji Baru', defaultTimeZone: 'Asia/Makassar', complaintRetentionDays: 730 });
    const [entry] = (await fx.db.audit.list({ entity: 'organisation' })).entries;
    expect(entry).toMatchObject({ actor: 'admin1', action: 'organisation.update' });
    expect(entry!.before).toMatchObject({ name: 'Kantor Uji', defaultTimeZone: 'Asia/Jakarta', complaintRetentionDays: 365 });
    expect(entry!.after).toMatchObject({ name: 'Kantor Uji Baru', defaultTimeZone: 'Asia/Makassar', complaintRetentionDays: 730 });
  });

  it('answers 400 with a message per field, in English when asked, and writes nothing', async () => {
    const res = await patch({ name: '', defaultTimeZone: 'Asia/Bangkok', complaintRetentionDays: 2.5, slug: 'baru' });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['complaintRetentionDays', 'defaultTimeZone', 'name', 'slug']);
    expect(error.fields.defaultTimeZone).toContain('WITA');
    expect(error.fields.slug).toContain('poster');
    const en = await patch({ complaintRetentionDays: 5 }, admin, { 'accept-language': 'en' });
    expect(((await en.json()) as { error: { fields: Record<string, string> } }).error.fields.complaintRetentionDays).toMatch(/^The retention must be/);
    expect((await fx.db.organisations.bySlug('kantor-uji'))?.name).toBe('Kantor Uji');
    expect(await auditActions()).toEqual([]);
  });

  it('refuses viewers and operators (403) and nobody (401), writing nothing', async () => {
    for (const username of ['viewer1', 'op1']) expect((await patch({ name: 'X' }, await signInApi(app, username))).status).toBe(403);
    const anonymous = await app.request('/api/v1/organisation', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"name":"X"}' });
    expect(anonymous.status).toBe(401);
    expect((await fx.db.organisations.bySlug('kantor-uji'))?.name).toBe('Kantor Uji');
    expect(await auditActions()).toEqual([]);
  });

  it('asks which one when a second real organisation exists', async () => {
    await fx.db.organisations.create({ slug: 'kantor-dua', name: 'Kantor Dua' });
    const ambiguous = await app.request('/api/v1/organisation', { headers: admin.headers() });
    expect(ambiguous.status).toBe(400);
    const chosen = await app.request('/api/v1/organisation?slug=kantor-dua', { headers: admin.headers() });
    expect(((await chosen.json()) as OrganisationDto).name).toBe('Kantor Dua');
    expect((await app.request('/api/v1/organisation?slug=nope', { headers: admin.headers() })).status).toBe(404);
  });
});

describe('the logo', () => {
  it('stores a PNG, serves it publicly with its type and nosniff, and removes it', async () => {
    const res = await upload(PNG);
    expect(res.status).toBe(200);
    expect(((await res.json()) as OrganisationDto).logo).toEqual({ type: 'image/png', bytes: PNG.byteLength, url: '/api/v1/organisation/logo?slug=kantor-uji' });
    const image = await app.request('/api/v1/organisation/logo');
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);

    // The type comes from the bytes, not from the name or the declared type.
    expect((await upload(JPEG, admin, 'logo.png', 'image/png')).status).toBe(200);
    expect((await app.request('/api/v1/organisation/logo')).headers.get('content-type')).toBe('image/jpeg');

    const removed = await app.request('/api/v1/organisation/logo', { method: 'DELETE', headers: admin.headers() });
    expect(((await removed.json()) as OrganisationDto).logo).toBeNull();
    expect((await app.request('/api/v1/organisation/logo')).status).toBe(404);
    expect((await auditActions()).sort()).toEqual(['organisation.logo', 'organisation.logo', 'organisation.logo.remove']);
  });

  it('refuses other types, too large files, and non-admins, writing nothing', async () => {
    const svg = await upload(SVG, admin, 'logo.png', 'image/png');
    expect(svg.status).toBe(400);
    expect(((await svg.json()) as { error: { fields: Record<string, string> } }).error.fields.logo).toContain('PNG atau JPEG');
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    const tooLarge = await upload(big);
    expect(tooLarge.status).toBe(400);
    expect(((await tooLarge.json()) as { error: { fields: Record<string, string> } }).error.fields.logo).toContain('200 KB');
    const huge = new Uint8Array(2 * 1024 * 1024);
    huge.set(PNG);
    expect((await upload(huge)).status).toBe(413);
    expect((await upload(PNG, await signInApi(app, 'viewer1'))).status).toBe(403);
    expect((await upload(PNG, await signInApi(app, 'op1'))).status).toBe(403);
    const form = new FormData();
    form.set('logo', new File([PNG], 'logo.png'));
    expect((await app.request('/api/v1/organisation/logo', { method: 'PUT', body: form })).status).toBe(401);
    expect((await app.request('/api/v1/organisation/logo', { method: 'PUT', headers: admin.headers({ 'content-type': 'application/json' }), body: '{}' })).status).toBe(400);
    expect((await fx.db.organisations.bySlug('kantor-uji'))?.logo).toBeNull();
    expect(await auditActions()).toEqual([]);
  });
});
