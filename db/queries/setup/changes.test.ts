import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SKM_2017 } from '../../../survey-kit/index';
import { openDatabase } from '../../open';
import type { AuditStamp, Database } from '../../repositories';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
});
afterEach(() => db.close());

const BY: AuditStamp = { userId: null, actor: 'uji', at: new Date('2026-05-04T03:00:00Z') };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function entries() {
  return (await db.audit.list({ pageSize: 200 })).entries.reverse();
}

describe('organisation changes', () => {
  it('updates the given fields with one audit entry holding before and after', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const changed = await db.organisations.update(org.id, { name: 'Kota Baru', complaintRetentionDays: 730 }, BY);
    expect(changed).toMatchObject({ slug: 'kota', name: 'Kota Baru', complaintRetentionDays: 730, defaultTimeZone: 'Asia/Jakarta' });
    expect(await db.organisations.byId(org.id)).toEqual(changed);
    const [entry] = await entries();
    expect(entry).toMatchObject({ actor: 'uji', action: 'organisation.update', entity: 'organisation', entityId: String(org.id), at: BY.at });
    expect(entry!.before).toMatchObject({ name: 'Kota', complaintRetentionDays: 365, logo: null });
    expect(entry!.after).toMatchObject({ name: 'Kota Baru', complaintRetentionDays: 730 });
  });

  it('writes nothing for an unchanged value, an unknown id or an unknown time zone', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    expect(await db.organisations.update(org.id, { name: 'Kota' }, BY)).toEqual(org);
    expect(await db.organisations.update(999, { name: 'X' }, BY)).toBeUndefined();
    await expect(db.organisations.update(org.id, { name: 'Y', defaultTimeZone: 'Asia/Bandung' }, BY)).rejects.toMatchObject({ code: 'invalid_time_zone' });
    expect((await db.organisations.byId(org.id))?.name).toBe('Kota');
    expect(await entries()).toEqual([]);
  });

  it('stores and removes the logo; the log keeps its type and size, not the bytes', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const withLogo = await db.organisations.setLogo(org.id, { bytes: PNG, type: 'image/png' }, BY);
    expect(withLogo?.logoType).toBe('image/png');
    expect(Buffer.from(withLogo!.logo!).equals(PNG)).toBe(true);
    const removed = await db.organisations.setLogo(org.id, null, BY);
    expect(removed).toMatchObject({ logo: null, logoType: null });
    // Removing a logo that is not there changes nothing.
    await db.organisations.setLogo(org.id, null, BY);
    const log = await entries();
    expect(log.map((e) => e.action)).toEqual(['organisation.logo', 'organisation.logo.remove']);
    expect(log[0]!.after).toMatchObject({ logo: { type: 'image/png', bytes: PNG.byteLength } });
    expect(log[1]!.after).toMatchObject({ logo: null });
  });
});

describe('unit and service changes', () => {
  it('creates with an audit entry and keeps callers without a stamp unlogged', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', address: 'Jl. Merdeka 1' }, BY);
    await db.units.create({ organisationId: org.id, slug: 'tanpa-jejak', name: 'Tanpa jejak' });
    const service = await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP', standardDays: 5 }, BY);
    const log = await entries();
    expect(log.map((e) => [e.action, e.entityId])).toEqual([
      ['unit.create', String(unit.id)],
      ['service.create', String(service.id)],
    ]);
    expect(log[0]!.before).toBeNull();
    expect(log[0]!.after).toMatchObject({ slug: 'loket', address: 'Jl. Merdeka 1', timeZone: 'Asia/Jakarta' });
    expect(log[1]!.after).toEqual({ unitId: unit.id, slug: 'siup', name: 'SIUP', standardDays: 5 });
  });

  it('refuses a taken slug without writing an audit entry', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' }, BY);
    await expect(db.units.create({ organisationId: org.id, slug: 'loket', name: 'Lagi' }, BY)).rejects.toMatchObject({ code: 'duplicate' });
    await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP' }, BY);
    await expect(db.services.create({ unitId: unit.id, slug: 'siup', name: 'Lagi' }, BY)).rejects.toMatchObject({ code: 'duplicate' });
    expect((await entries()).map((e) => e.action)).toEqual(['unit.create', 'service.create']);
  });

  it('updates units and services field by field', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' });
    const changed = await db.units.update(unit.id, { name: 'Loket Utama', timeZone: 'Asia/Jayapura', address: null, coverageTarget: 60, responsesPerBrowserPerDay: 0 }, BY);
    expect(changed).toMatchObject({ slug: 'loket', name: 'Loket Utama', timeZone: 'Asia/Jayapura', coverageTarget: 60, responsesPerBrowserPerDay: 0 });
    const service = await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP', standardDays: 5 });
    expect(await db.services.update(service.id, { standardDays: null }, BY)).toMatchObject({ slug: 'siup', name: 'SIUP', standardDays: null });
    expect(await db.services.update(999, { name: 'X' }, BY)).toBeUndefined();
    expect(await db.units.update(999, { name: 'X' }, BY)).toBeUndefined();
    const log = await entries();
    expect(log.map((e) => e.action)).toEqual(['unit.update', 'service.update']);
    expect(log[0]!.before).toMatchObject({ name: 'Loket', timeZone: 'Asia/Jakarta', coverageTarget: 50, responsesPerBrowserPerDay: 1 });
    expect(log[0]!.after).toMatchObject({ name: 'Loket Utama', timeZone: 'Asia/Jayapura', coverageTarget: 60, responsesPerBrowserPerDay: 0 });
    expect(log[1]).toMatchObject({ before: { standardDays: 5 }, after: { standardDays: null } });
  });

  it('fixes the time zone once the unit has responses, and changes nothing then', async () => {
    const org = await db.organisations.create({ slug: 'kota', name: 'Kota' });
    const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
    const instrumentId = (await db.instruments.byCode(SKM_2017.code))!.id;
    await db.responses.submit({
      clientId: 'r1',
      unitId: unit.id,
      serviceId: null,
      instrumentId,
      channel: 'kiosk',
      submittedAt: new Date('2026-03-10T02:00:00Z'),
      answers: Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 4])),
      profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
      saran: null,
      completionSeconds: 60,
      flags: [],
    });
    await expect(db.units.update(unit.id, { name: 'Baru', timeZone: 'Asia/Jakarta' }, BY)).rejects.toMatchObject({ code: 'time_zone_locked' });
    expect(await db.units.byId(unit.id)).toEqual(unit);
    // The same zone again is no change, so other fields still save.
    expect(await db.units.update(unit.id, { name: 'Baru', timeZone: 'Asia/Makassar' }, BY)).toMatchObject({ name: 'Baru', timeZone: 'Asia/Makassar' });
    expect((await entries()).map((e) => e.action)).toEqual(['unit.update']);
  });
});
