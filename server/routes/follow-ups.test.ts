import { describe, expect, it } from 'vitest';
import { localDay, addDays } from '../../survey-kit/index';
import { useIndicatorApi } from '../testing/api';
import type { Signed } from '../testing/auth';

const api = useIndicatorApi();

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
interface Item {
  id: number;
  status: string;
  evidence: string | null;
  completedOn: string | null;
  periodId: number | null;
  elementCode: string | null;
}

async function call(method: string, path: string, who?: Signed, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...(who ? who.headers(headers) : headers), ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await api.app.request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const NEW = () => ({ unit: 'loket-wita', period: api.fx.periodId, elementCode: 'waktu', task: 'Tambah petugas loket pada jam sibuk', owner: 'Kasi Pelayanan', dueDay: '2026-12-31' });

describe('GET /api/v1/follow-ups', () => {
  it('lists a period’s items with the plan’s progress and the instrument’s elements', async () => {
    const { status, body } = await call('GET', `/api/v1/follow-ups?unit=loket-wita&period=${api.fx.periodId}`, api.viewer);
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ id: api.fx.periodId, name: 'Triwulan II 2026' });
    const items = body.items as Item[];
    expect(items.map((i) => i.status)).toEqual(['cancelled', 'done']);
    expect(body.progress).toMatchObject({ completion: { numerator: 1, denominator: 1, value: 100 }, cancelled: 1 });
    expect((body.elements as { code: string }[]).map((e) => e.code)).toContain('waktu');
    const all = await call('GET', '/api/v1/follow-ups?unit=loket-wita', api.operator);
    expect((all.body.items as Item[]).length).toBe(5);
  });

  it('refuses by role and checks the query', async () => {
    expect((await call('GET', '/api/v1/follow-ups?unit=loket-wita')).status).toBe(401);
    expect((await call('GET', '/api/v1/follow-ups?unit=loket-wita', api.stranger)).status).toBe(403);
    const bad = await call('GET', '/api/v1/follow-ups?unit=loket-wita&period=abc', api.admin);
    expect(bad.status).toBe(400);
    expect((bad.body as unknown as ErrorBody).error.fields).toHaveProperty('period');
    expect((await call('GET', '/api/v1/follow-ups?unit=loket-wita&period=9999', api.admin)).status).toBe(400);
    expect((await call('GET', '/api/v1/follow-ups?unit=tidak-ada', api.admin)).status).toBe(404);
  });
});

describe('POST /api/v1/follow-ups', () => {
  it('lets only admins add items, with an audit entry', async () => {
    for (const who of [api.viewer, api.operator, api.stranger]) expect((await call('POST', '/api/v1/follow-ups', who, NEW())).status).toBe(403);
    expect((await call('POST', '/api/v1/follow-ups', undefined, NEW())).status).toBe(401);
    const created = await call('POST', '/api/v1/follow-ups', api.admin, NEW());
    expect(created.status).toBe(201);
    const { entries } = await api.fx.db.audit.list({ action: 'follow_up.create' });
    expect(entries[0]).toMatchObject({ actor: 'admin-uji', entity: 'follow_up_item', entityId: String(created.body.id) });
  });

  it('answers 201 with the stored item', async () => {
    const { status, body } = await call('POST', '/api/v1/follow-ups', api.admin, { ...NEW(), elementCode: null, period: null });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'planned', elementCode: null, periodId: null, owner: 'Kasi Pelayanan', task: 'Tambah petugas loket pada jam sibuk' });
    expect(body).not.toHaveProperty('action');
    const renamed = await call('PATCH', `/api/v1/follow-ups/${body.id}`, api.admin, { task: 'Buka loket tambahan' });
    expect(renamed.body).toMatchObject({ task: 'Buka loket tambahan' });
    expect((await api.fx.db.followUps.byId(body.id as number))!.action).toBe('Buka loket tambahan');
  });

  it('needs the CSRF token', async () => {
    const res = await api.app.request('/api/v1/follow-ups', { method: 'POST', headers: { ...api.admin.headers({}, { csrf: false }), 'content-type': 'application/json' }, body: JSON.stringify(NEW()) });
    expect(res.status).toBe(403);
  });

  it('rejects bad input field by field and stores nothing', async () => {
    const before = (await api.fx.db.followUps.list(null)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ ...NEW(), task: '  ' }, 'task'],
      [{ ...NEW(), owner: undefined }, 'owner'],
      [{ ...NEW(), dueDay: '31/12/2026' }, 'dueDay'],
      [{ ...NEW(), elementCode: 'U99' }, 'elementCode'],
      [{ ...NEW(), period: 9999 }, 'period'],
      [{ ...NEW(), period: String(api.fx.periodId) }, 'period'],
      [{ ...NEW(), unit: undefined }, 'unit'],
    ];
    for (const [input, field] of cases) {
      const { status, body } = await call('POST', '/api/v1/follow-ups', api.admin, input);
      expect(status, field).toBe(400);
      expect(Object.keys((body as unknown as ErrorBody).error.fields ?? {}), field).toContain(field);
    }
    expect((await call('POST', '/api/v1/follow-ups', api.admin, '{nope')).status).toBe(400);
    expect((await api.fx.db.followUps.list(null)).length).toBe(before);
  });
});

describe('PATCH /api/v1/follow-ups/:id', () => {
  async function fresh(): Promise<Item> {
    return (await call('POST', '/api/v1/follow-ups', api.admin, NEW())).body as unknown as Item;
  }

  it('marks an item done with evidence and a completion day, then reopens it', async () => {
    const item = await fresh();
    const done = await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { status: 'done', evidence: 'https://contoh.go.id/sk-loket.pdf', completedOn: '2026-06-05' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', evidence: 'https://contoh.go.id/sk-loket.pdf', completedOn: '2026-06-05' });
    const { entries } = await api.fx.db.audit.list({ action: 'follow_up.update', entityId: String(item.id) });
    expect(entries).toHaveLength(1);
    const reopened = await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { status: 'in_progress' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', completedOn: null, evidence: 'https://contoh.go.id/sk-loket.pdf' });
  });

  it('refuses done without evidence or completion day, or a day in the future', async () => {
    const item = await fresh();
    const bare = await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { status: 'done' });
    expect(bare.status).toBe(400);
    expect(Object.keys((bare.body as unknown as ErrorBody).error.fields ?? {}).sort()).toEqual(['completedOn', 'evidence']);
    const tomorrow = addDays(localDay(new Date(), 'Asia/Makassar'), 2);
    const future = await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { status: 'done', evidence: 'Foto', completedOn: tomorrow });
    expect(future.status).toBe(400);
    expect((future.body as unknown as ErrorBody).error.fields?.completedOn).toContain('setelah hari ini');
    const badStatus = await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { status: 'finished' });
    expect((badStatus.body as unknown as ErrorBody).error.fields).toHaveProperty('status');
    expect((await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, {})).status).toBe(400);
    expect((await call('PATCH', `/api/v1/follow-ups/${item.id}`, api.admin, { colour: 'red' })).status).toBe(400);
    expect((await api.fx.db.followUps.byId(item.id))!.status).toBe('planned');
  });

  it('refuses by role and answers 404 for an unknown item', async () => {
    const item = await fresh();
    for (const who of [api.viewer, api.operator]) expect((await call('PATCH', `/api/v1/follow-ups/${item.id}`, who, { status: 'in_progress' })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/follow-ups/${item.id}`, undefined, { status: 'in_progress' })).status).toBe(401);
    expect((await call('PATCH', '/api/v1/follow-ups/99999', api.admin, { status: 'in_progress' })).status).toBe(404);
    expect((await call('PATCH', '/api/v1/follow-ups/abc', api.admin, { status: 'in_progress' })).status).toBe(404);
  });
});
