import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SKM_2017 } from '../../../survey-kit/index';
import { DbError } from '../../errors';
import { openDatabase } from '../../open';
import type { Database } from '../../repositories';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

describe('organisations, units and services', () => {
  it('creates, finds and lists them', async () => {
    const org = await db.organisations.create({ slug: 'dpmptsp-medan', name: 'DPMPTSP Kota Medan' });
    expect(org).toMatchObject({ slug: 'dpmptsp-medan', defaultTimeZone: 'Asia/Jakarta', isDemo: false });
    expect(org.createdAt).toBeInstanceOf(Date);
    expect(await db.organisations.bySlug('dpmptsp-medan')).toEqual(org);
    expect(await db.organisations.bySlug('nope')).toBeUndefined();

    const makassar = await db.units.create({ organisationId: org.id, slug: 'mpp-makassar', name: 'MPP Makassar', timeZone: 'Asia/Makassar' });
    const medan = await db.units.create({ organisationId: org.id, slug: 'mpp-medan', name: 'MPP Medan' });
    expect(medan.timeZone).toBe('Asia/Jakarta');
    expect(medan.coverageTarget).toBe(50);
    expect(await db.units.byId(makassar.id)).toEqual(makassar);
    expect(await db.units.bySlug('mpp-medan')).toEqual(medan);
    expect((await db.units.list(org.id)).map((u) => u.slug)).toEqual(['mpp-makassar', 'mpp-medan']);

    const other = await db.organisations.create({ slug: 'other', name: 'Other' });
    await db.units.create({ organisationId: other.id, slug: 'other-unit', name: 'Other unit' });
    expect((await db.units.list(org.id)).length).toBe(2);
    expect((await db.units.list()).length).toBe(3);
    expect((await db.organisations.list()).map((o) => o.slug)).toEqual(['dpmptsp-medan', 'other']);

    const siup = await db.services.create({ unitId: medan.id, slug: 'siup', name: 'SIUP', standardDays: 5 });
    await db.services.create({ unitId: medan.id, slug: 'imb', name: 'IMB', standardDays: 21 });
    // Service slugs are unique per unit only.
    await db.services.create({ unitId: makassar.id, slug: 'siup', name: 'SIUP' });
    expect(await db.services.bySlug(medan.id, 'siup')).toEqual(siup);
    expect((await db.services.listByUnit(medan.id)).map((s) => s.slug)).toEqual(['imb', 'siup']);
  });

  it('rejects duplicate slugs, unknown parents and unknown time zones with a DbError', async () => {
    const org = await db.organisations.create({ slug: 'o', name: 'O' });
    await expect(db.organisations.create({ slug: 'o', name: 'again' })).rejects.toMatchObject({ code: 'duplicate' });
    await expect(db.units.create({ organisationId: 999, slug: 'u', name: 'U' })).rejects.toMatchObject({ code: 'unknown_reference' });
    await expect(db.units.create({ organisationId: org.id, slug: 'u', name: 'U', timeZone: 'Asia/Bandung' })).rejects.toBeInstanceOf(DbError);
    const unit = await db.units.create({ organisationId: org.id, slug: 'u', name: 'U' });
    await db.services.create({ unitId: unit.id, slug: 's', name: 'S' });
    await expect(db.services.create({ unitId: unit.id, slug: 's', name: 'S2' })).rejects.toMatchObject({ code: 'duplicate' });
  });
});

describe('survey periods', () => {
  it('picks the unit-specific period before the organisation-wide one, both ends included', async () => {
    const org = await db.organisations.create({ slug: 'o', name: 'O' });
    const unit = await db.units.create({ organisationId: org.id, slug: 'u', name: 'U' });
    const sibling = await db.units.create({ organisationId: org.id, slug: 'u2', name: 'U2' });
    const instrumentId = (await db.instruments.byCode(SKM_2017.code))!.id;
    const year = await db.periods.create({ organisationId: org.id, name: 'Tahun 2026', startDay: '2026-01-01', endDay: '2026-12-31', instrumentId });
    const semester = await db.periods.create({
      organisationId: org.id,
      unitId: unit.id,
      name: 'Semester I 2026',
      startDay: '2026-01-01',
      endDay: '2026-06-30',
      instrumentId,
    });
    const quarter = await db.periods.create({ organisationId: org.id, name: 'Triwulan III 2026', startDay: '2026-07-01', endDay: '2026-09-30', instrumentId });

    expect((await db.periods.current(unit.id, '2026-01-01'))?.id).toBe(semester.id);
    expect((await db.periods.current(unit.id, '2026-06-30'))?.id).toBe(semester.id);
    // The sibling unit only sees the organisation-wide year.
    expect((await db.periods.current(sibling.id, '2026-06-30'))?.id).toBe(year.id);
    // Among organisation-wide periods the narrower one wins.
    expect((await db.periods.current(unit.id, '2026-09-30'))?.id).toBe(quarter.id);
    expect((await db.periods.current(unit.id, '2026-10-01'))?.id).toBe(year.id);
    expect((await db.periods.current(unit.id, '2026-12-31'))?.id).toBe(year.id);
    expect(await db.periods.current(unit.id, '2027-01-01')).toBeUndefined();
    expect(await db.periods.current(unit.id, '2025-12-31')).toBeUndefined();

    expect((await db.periods.list(org.id)).map((p) => p.name)).toEqual(['Tahun 2026', 'Semester I 2026', 'Triwulan III 2026']);
    expect((await db.periods.list(org.id, sibling.id)).map((p) => p.name)).toEqual(['Tahun 2026', 'Triwulan III 2026']);
  });

  it('rejects malformed and reversed periods and units of another organisation', async () => {
    const org = await db.organisations.create({ slug: 'o', name: 'O' });
    const other = await db.organisations.create({ slug: 'p', name: 'P' });
    const foreign = await db.units.create({ organisationId: other.id, slug: 'f', name: 'F' });
    const instrumentId = (await db.instruments.byCode(SKM_2017.code))!.id;
    const base = { organisationId: org.id, name: 'x', instrumentId };
    await expect(db.periods.create({ ...base, startDay: '2026-02-30', endDay: '2026-03-31' })).rejects.toMatchObject({ code: 'invalid_day' });
    await expect(db.periods.create({ ...base, startDay: '2026-04-01', endDay: '2026-03-31' })).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(db.periods.create({ ...base, unitId: foreign.id, startDay: '2026-01-01', endDay: '2026-03-31' })).rejects.toMatchObject({
      code: 'invalid_period',
    });
    await expect(db.periods.current(foreign.id, '2026-13-01')).rejects.toMatchObject({ code: 'invalid_day' });
  });
});
