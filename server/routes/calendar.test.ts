import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { calendarFor } from '../indicators/calendar';
import { addUser, signInApi, type Signed } from '../testing/auth';
import { createFixture, type Fixture } from '../testing/fixture';
import { DEFAULT_HOLIDAYS } from '../../survey-kit/calendar/index';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
let admin: Signed;
let viewer: Signed;
let organisationId: number;
beforeAll(async () => {
  fx = await createFixture();
  organisationId = (await fx.db.organisations.list())[0]!.id;
  app = createApp({ db: fx.db });
  await addUser(fx.db, 'admin', 'admin');
  await addUser(fx.db, 'viewer', 'viewer');
  admin = await signInApi(app, 'admin');
  viewer = await signInApi(app, 'viewer');
});
afterAll(() => fx.db.close());

const json = { 'content-type': 'application/json' };
const put = (who: Signed, body: unknown) => app.request('/api/v1/calendar/days', { method: 'PUT', headers: who.headers(json), body: JSON.stringify(body) });

type Year = { year: number; covered: boolean; decree: string; sources: string[]; days: { date: string; origin: string; note: string | null }[]; restored: { date: string }[] };

describe('/api/v1/calendar', () => {
  it('shows the year’s effective days off with the decree and sources', async () => {
    const res = await app.request('/api/v1/calendar?year=2027', { headers: viewer.headers() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Year;
    expect(body).toMatchObject({ year: 2027, covered: true, decree: DEFAULT_HOLIDAYS['2027']!.decree, sources: DEFAULT_HOLIDAYS['2027']!.sources });
    expect(body.days.map((d) => d.date)).toEqual(DEFAULT_HOLIDAYS['2027']!.days.map((d) => d.date).sort());
    expect(body.days.every((d) => d.origin === 'default')).toBe(true);
    expect(((await (await app.request('/api/v1/calendar?year=2031', { headers: viewer.headers() })).json()) as Year).covered).toBe(false);
    expect((await app.request('/api/v1/calendar?year=27', { headers: viewer.headers() })).status).toBe(400);
  });

  it('moving 2027’s Idulfitri moves a deadline computed by calendarFor', async () => {
    // Shipped: Idulfitri 1448 H on Wed 10 and Thu 11 March 2027, collective leave around it.
    const idulfitri = DEFAULT_HOLIDAYS['2027']!.days.filter((d) => d.name.includes('Idulfitri')).map((d) => d.date);
    expect(idulfitri).toContain('2027-03-10');
    const before = await calendarFor(fx.db, organisationId);
    const received = '2027-03-05';
    const dueBefore = before.dueDay(received, 1);

    // The moon-sighting session moves it: 10 March becomes a working day, 16 March a day off.
    expect((await put(admin, { date: '2027-03-10', kind: 'removed', note: 'Sidang isbat: Idulfitri bergeser' })).status).toBe(200);
    expect((await put(admin, { date: '2027-03-16', kind: 'added', name: 'Idulfitri 1448 H (geser)', type: 'libur_nasional' })).status).toBe(200);
    const after = await calendarFor(fx.db, organisationId);
    expect(after.isWorkingDay('2027-03-10')).toBe(true);
    expect(after.isWorkingDay('2027-03-16')).toBe(false);
    // A one-working-day deadline from Friday 5 March: the week of Idulfitri was all off, now 10 March works.
    expect(dueBefore > '2027-03-12').toBe(true);
    expect(after.dueDay(received, 1)).toBe('2027-03-10');
    expect(after.dueDay(received, 3)).not.toBe(after.dueDay(received, 2));

    const year = (await (await app.request('/api/v1/calendar?year=2027', { headers: viewer.headers() })).json()) as Year;
    expect(year.days.find((d) => d.date === '2027-03-16')).toMatchObject({ origin: 'organisation' });
    expect(year.days.some((d) => d.date === '2027-03-10')).toBe(false);
    expect(year.restored.map((r) => r.date)).toEqual(['2027-03-10']);

    // Undoing the change restores the shipped day.
    expect((await app.request('/api/v1/calendar/days/2027-03-10?kind=removed', { method: 'DELETE', headers: admin.headers() })).status).toBe(204);
    expect((await app.request('/api/v1/calendar/days/2027-03-10?kind=removed', { method: 'DELETE', headers: admin.headers() })).status).toBe(404);
    expect((await calendarFor(fx.db, organisationId)).isWorkingDay('2027-03-10')).toBe(false);
    expect((await fx.db.audit.list({ entity: 'calendar' })).entries.map((e) => e.actor)).toEqual(['admin', 'admin', 'admin']);
  });

  it('lets only admins edit, and checks what they send', async () => {
    expect((await put(viewer, { date: '2027-05-02', kind: 'removed' })).status).toBe(403);
    expect((await app.request('/api/v1/calendar/days/2027-05-02?kind=removed', { method: 'DELETE', headers: viewer.headers() })).status).toBe(403);
    expect((await app.request('/api/v1/calendar?year=2027')).status).toBe(401);
    const missing = await put(admin, { date: '2027-05-02', kind: 'added' });
    expect(missing.status).toBe(400);
    expect(Object.keys(((await missing.json()) as { error: { fields: object } }).error.fields).sort()).toEqual(['name', 'type']);
    expect((await put(admin, { date: '2027-02-29', kind: 'removed' })).status).toBe(400);
    expect((await put(admin, { date: '2027-05-02', kind: 'moved' })).status).toBe(400);
  });
});
