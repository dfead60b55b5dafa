import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SKM_2017, KEP25_2004 } from '../../../survey-kit/index';
import { openDatabase } from '../../open';
import type { AuditStamp, Database } from '../../repositories';

let db: Database;
let org: number;
let unit: number;
let skm: number;
let kep: number;
const by: AuditStamp = { userId: null, actor: 'uji' };

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  org = (await db.organisations.create({ slug: 'o', name: 'O' })).id;
  unit = (await db.units.create({ organisationId: org, slug: 'u', name: 'U' })).id;
  skm = (await db.instruments.byCode(SKM_2017.code))!.id;
  kep = (await db.instruments.byCode(KEP25_2004.code))!.id;
});
afterEach(() => db.close());

const q4 = () => ({ organisationId: org, unitId: null, name: 'Triwulan IV 2026', startDay: '2026-10-01', endDay: '2026-12-31', instrumentId: skm });
const entries = async () => (await db.audit.list({ entity: 'survey_period' })).entries;

describe('periods', () => {
  it('creates, edits and deletes, each with its audit entry', async () => {
    const p = await db.periods.create(q4(), by);
    expect(await db.periods.byId(p.id)).toEqual(p);
    const changed = await db.periods.update(p.id, { name: 'T4', instrumentId: kep, unitId: unit }, by);
    expect(changed).toMatchObject({ name: 'T4', instrumentId: kep, unitId: unit, startDay: '2026-10-01' });
    expect(await db.periods.delete(p.id, by)).toBe(true);
    expect(await db.periods.byId(p.id)).toBeUndefined();
    expect(await db.periods.delete(p.id, by)).toBe(false);
    expect(await db.periods.update(p.id, { name: 'x' }, by)).toBeUndefined();
    const log = await entries();
    expect(log.map((e) => e.action)).toEqual(['period.delete', 'period.update', 'period.create']);
    expect(log[1]).toMatchObject({ actor: 'uji', entityId: String(p.id), before: { name: 'Triwulan IV 2026', instrument: 'skm2017' }, after: { name: 'T4', instrument: 'kep25_2004' } });
  });

  it('refuses the same range twice in one scope but allows overlaps and other scopes', async () => {
    await db.periods.create(q4(), by);
    await expect(db.periods.create(q4(), by)).rejects.toMatchObject({ code: 'duplicate' });
    await db.periods.create({ ...q4(), unitId: unit }, by);
    await expect(db.periods.create({ ...q4(), unitId: unit, name: 'lagi' }, by)).rejects.toMatchObject({ code: 'duplicate' });
    const year = await db.periods.create({ ...q4(), name: 'Tahun 2026', startDay: '2026-01-01' }, by);
    await expect(db.periods.update(year.id, { startDay: '2026-10-01' }, by)).rejects.toMatchObject({ code: 'duplicate' });
    // Keeping its own range is no duplicate.
    expect(await db.periods.update(year.id, { name: 'Tahun penuh 2026' }, by)).toMatchObject({ name: 'Tahun penuh 2026' });
    expect((await entries()).map((e) => e.action)).toEqual(['period.update', 'period.create', 'period.create', 'period.create']);
  });

  it('writes nothing when an edit is refused', async () => {
    const p = await db.periods.create(q4(), by);
    await expect(db.periods.update(p.id, { endDay: '2026-09-30' }, by)).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(db.periods.update(p.id, { endDay: '2026-02-30' }, by)).rejects.toMatchObject({ code: 'invalid_day' });
    await expect(db.periods.update(p.id, { instrumentId: 999 }, by)).rejects.toMatchObject({ code: 'unknown_reference' });
    expect(await db.periods.byId(p.id)).toEqual(p);
    expect(await entries()).toHaveLength(1);
  });
});

describe('instruments', () => {
  it('lists the built-ins first and audits a custom one', async () => {
    const custom = { ...SKM_2017, code: 'a-custom', name: { id: 'Khusus', en: 'Custom' } };
    await db.instruments.create(custom, by);
    expect((await db.instruments.list()).map((i) => [i.instrument.code, i.builtIn])).toEqual([
      ['kep25_2004', true],
      ['skm2017', true],
      ['a-custom', false],
    ]);
    const log = (await db.audit.list({ entity: 'instrument' })).entries;
    expect(log).toMatchObject([{ action: 'instrument.create', actor: 'uji', after: { code: 'a-custom' } }]);
  });
});
