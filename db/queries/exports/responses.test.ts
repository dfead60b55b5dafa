import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEP25_2004, SKM_2017 } from '../../../survey-kit/index';
import type { Answers, Score } from '../../../survey-kit/types';
import { readdirSync, readlinkSync } from 'node:fs';
import { openDatabase } from '../../open';
import { tempDir } from '../../testing/temp';
import type { Database, ExportFilter, ExportRow, NewResponse } from '../../repositories';

let db: Database;
let ids: { jakarta: number; makassar: number; izin: number; other: number; i2017: number; i2004: number };

const NO_PROFILE = { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null } as const;
const answers2017 = (score: Score | null): Answers => Object.fromEntries(SKM_2017.elements.map((e) => [e.code, score]));

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
  const jakarta = await db.units.create({ organisationId: org.id, slug: 'loket-jakarta', name: 'Jakarta', timeZone: 'Asia/Jakarta' });
  const makassar = await db.units.create({ organisationId: org.id, slug: 'loket-makassar', name: 'Makassar', timeZone: 'Asia/Makassar' });
  const izin = await db.services.create({ unitId: makassar.id, slug: 'izin', name: 'Izin' });
  const other = await db.services.create({ unitId: makassar.id, slug: 'lain', name: 'Lain' });
  const i2017 = (await db.instruments.byCode(SKM_2017.code))!.id;
  const i2004 = (await db.instruments.byCode(KEP25_2004.code))!.id;
  ids = { jakarta: jakarta.id, makassar: makassar.id, izin: izin.id, other: other.id, i2017, i2004 };
});
afterEach(() => db.close());

function response(clientId: string, at: string, extra: Partial<NewResponse> = {}): NewResponse {
  return {
    clientId,
    unitId: ids.makassar,
    serviceId: ids.izin,
    instrumentId: ids.i2017,
    channel: 'kiosk',
    submittedAt: new Date(at),
    answers: answers2017(3),
    profile: NO_PROFILE,
    saran: null,
    completionSeconds: 42.5,
    flags: [],
    ...extra,
  };
}

async function collect(filter: ExportFilter, chunkSize?: number): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const row of db.exports.responses(filter, chunkSize ? { chunkSize } : undefined)) rows.push(row);
  return rows;
}

const ALL: ExportFilter = { unitIds: null, from: '2026-01-01', to: '2026-12-31' };

describe('exports.responses', () => {
  it('yields every field of a response, with nulls for what was not given', async () => {
    const answers = { ...answers2017(4), biaya: null, waktu: 1 as Score };
    await db.responses.insertMany([
      response('r1', '2026-03-10T02:00:00Z', {
        answers,
        profile: { jenisKelamin: 'P', usia: 34, pendidikan: 'S1', pekerjaan: 'LAINNYA', pekerjaanLainnya: 'Petani' },
        saran: '=1+1; "kutip"\nbaris',
        flags: ['fast', 'straightline'],
        channel: 'qr',
      }),
      response('r2', '2026-03-10T03:00:00Z', { serviceId: null, completionSeconds: null }),
    ]);
    const [first, second] = await collect(ALL);
    expect(first).toEqual({
      id: expect.any(Number),
      clientId: 'r1',
      unit: 'loket-makassar',
      service: 'izin',
      instrument: SKM_2017.code,
      channel: 'qr',
      submittedAt: '2026-03-10T02:00:00.000Z',
      localDay: '2026-03-10',
      profile: { jenisKelamin: 'P', usia: 34, pendidikan: 'S1', pekerjaan: 'LAINNYA', pekerjaanLainnya: 'Petani' },
      answers,
      saran: '=1+1; "kutip"\nbaris',
      completionSeconds: 42.5,
      flags: ['fast', 'straightline'],
    });
    expect(second).toMatchObject({ clientId: 'r2', service: null, profile: NO_PROFILE, saran: null, completionSeconds: null, flags: [] });
  });

  it('counts days inclusively in each unit’s own time zone', async () => {
    await db.responses.insertMany([
      // 31 March 16:30 UTC is 1 April 00:30 in Makassar (UTC+8) but still 31 March 23:30 in Jakarta.
      response('mks-apr', '2026-03-31T16:30:00Z'),
      response('jkt-mar', '2026-03-31T16:30:00Z', { unitId: ids.jakarta, serviceId: null }),
      response('mks-mar', '2026-03-31T15:59:00Z'),
      response('mks-mar1', '2026-02-28T16:00:00Z'),
    ]);
    const march = await collect({ unitIds: null, from: '2026-03-01', to: '2026-03-31' });
    expect(march.map((r) => r.clientId)).toEqual(['jkt-mar', 'mks-mar', 'mks-mar1']);
    const april1 = await collect({ unitIds: null, from: '2026-04-01', to: '2026-04-01' });
    expect(april1.map((r) => [r.clientId, r.localDay])).toEqual([['mks-apr', '2026-04-01']]);
  });

  it('filters by unit, service (or none recorded) and channel', async () => {
    await db.responses.insertMany([
      response('a', '2026-05-01T02:00:00Z'),
      response('b', '2026-05-01T02:01:00Z', { serviceId: ids.other, channel: 'paper' }),
      response('c', '2026-05-01T02:02:00Z', { serviceId: null, channel: 'paper' }),
      response('d', '2026-05-01T02:03:00Z', { unitId: ids.jakarta, serviceId: null, channel: 'paper' }),
    ]);
    const clientIds = async (filter: Partial<ExportFilter>) => (await collect({ ...ALL, ...filter })).map((r) => r.clientId);
    expect(await clientIds({ unitIds: [ids.makassar] })).toEqual(['a', 'b', 'c']);
    expect(await clientIds({ unitIds: [ids.jakarta, ids.makassar] })).toEqual(['a', 'b', 'c', 'd']);
    expect(await clientIds({ unitIds: [] })).toEqual([]);
    expect(await clientIds({ unitIds: [ids.makassar], serviceId: ids.other })).toEqual(['b']);
    expect(await clientIds({ unitIds: [ids.makassar], serviceId: null })).toEqual(['c']);
    expect(await clientIds({ channel: 'paper' })).toEqual(['b', 'c', 'd']);
    expect(await clientIds({ unitIds: [ids.makassar], channel: 'paper', serviceId: null })).toEqual(['c']);
  });

  it('reads in chunks in id order, skipping rows outside the filter between chunks', async () => {
    const batch: NewResponse[] = [];
    for (let i = 0; i < 50; i++) {
      batch.push(response(`r${i}`, `2026-06-01T0${i % 2}:00:00Z`, i % 3 === 0 ? { unitId: ids.jakarta, serviceId: null } : {}));
    }
    await db.responses.insertMany(batch);
    const expected = batch.filter((_, i) => i % 3 !== 0).map((r) => r.clientId);
    for (const chunkSize of [1, 2, 7, 1000]) {
      const rows = await collect({ ...ALL, unitIds: [ids.makassar] }, chunkSize);
      expect(rows.map((r) => r.clientId), `chunk ${chunkSize}`).toEqual(expected);
      expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
    }
  });

  it('leaves the connection free between chunks and ignores responses stored after the start', async () => {
    await db.responses.insertMany(Array.from({ length: 10 }, (_, i) => response(`old${i}`, '2026-07-01T02:00:00Z')));
    const seen: string[] = [];
    let stored = 0;
    for await (const row of db.exports.responses(ALL, { chunkSize: 3 })) {
      seen.push(row.clientId);
      // A submission while the export is under way: it must neither fail nor join the export.
      if (seen.length % 3 === 0) await db.responses.submit(response(`new${stored++}`, '2026-07-01T03:00:00Z'));
    }
    expect(stored).toBeGreaterThan(0);
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => `old${i}`));
  });

  it('stops reading when the consumer stops', async () => {
    await db.responses.insertMany(Array.from({ length: 20 }, (_, i) => response(`x${i}`, '2026-07-01T02:00:00Z')));
    const seen: string[] = [];
    for await (const row of db.exports.responses(ALL, { chunkSize: 4 })) {
      seen.push(row.clientId);
      if (seen.length === 5) break;
    }
    expect(seen).toHaveLength(5);
    expect(await db.responses.count()).toBe(20);
  });

  it('rejects malformed days and yields nothing for an empty range', async () => {
    await db.responses.insertMany([response('a', '2026-05-01T02:00:00Z')]);
    await expect(collect({ unitIds: null, from: '2026-02-30', to: '2026-03-01' })).rejects.toMatchObject({ code: 'invalid_day' });
    expect(await collect({ unitIds: null, from: '2026-06-01', to: '2026-05-01' })).toEqual([]);
  });
});

describe('exports.responses on a database file', () => {
  /** Open descriptors of this process on `file` (Linux): one per connection. */
  const handles = (file: string) =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;

  it('reads through a connection of its own, released when the export ends or is abandoned', async () => {
    await db.close();
    const dir = tempDir('puas-export-');
    const file = dir.file('export.db');
    db = await openDatabase({ url: file });
    try {
      const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
      const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket' });
      ids = { ...ids, makassar: unit.id, izin: (await db.services.create({ unitId: unit.id, slug: 'izin', name: 'Izin' })).id };
      await db.responses.insertMany(Array.from({ length: 9 }, (_, i) => response(`f${i}`, '2026-07-01T02:00:00Z')));
      const base = handles(file);
      const seen: string[] = [];
      for await (const row of db.exports.responses(ALL, { chunkSize: 2 })) {
        seen.push(row.clientId);
        expect(handles(file)).toBe(base + 1);
        // The application's own connection writes meanwhile (WAL: the export reads its snapshot per chunk).
        if (seen.length === 4) await db.responses.submit(response('late', '2026-07-01T03:00:00Z'));
      }
      expect(seen).toEqual(Array.from({ length: 9 }, (_, i) => `f${i}`));
      // SQLite keeps one closed connection's descriptor for reuse while another connection holds
      // locks on the file (POSIX locks are per process): so at most one more, and never growing.
      const after = handles(file);
      expect(after).toBeLessThanOrEqual(base + 1);
      for (let run = 0; run < 3; run++) {
        for await (const row of db.exports.responses(ALL, { chunkSize: 2 })) if (row.clientId === 'f2') break;
        for await (const _ of db.exports.responses(ALL, { chunkSize: 4 })) continue;
      }
      expect(handles(file)).toBe(after);
    } finally {
      await db.close();
      dir.remove();
    }
  });
});

describe('exports.elementCodes', () => {
  it('lists the elements of the instruments answered in the filter, oldest instrument first', async () => {
    expect(await db.exports.elementCodes(ALL)).toEqual([]);
    await db.responses.insertMany([response('a', '2026-05-01T02:00:00Z')]);
    const codes2017 = SKM_2017.elements.map((e) => e.code);
    expect(await db.exports.elementCodes(ALL)).toEqual(codes2017);
    const answers2004 = Object.fromEntries(KEP25_2004.elements.map((e) => [e.code, 2 as Score]));
    await db.responses.insertMany([response('b', '2026-05-02T02:00:00Z', { instrumentId: ids.i2004, answers: answers2004 })]);
    const both = await db.exports.elementCodes(ALL);
    const first = ids.i2017 < ids.i2004 ? codes2017 : KEP25_2004.elements.map((e) => e.code);
    expect(both.slice(0, first.length)).toEqual(first);
    expect(new Set(both)).toEqual(new Set([...codes2017, ...KEP25_2004.elements.map((e) => e.code)]));
    expect(await db.exports.elementCodes({ ...ALL, from: '2026-05-02' })).toEqual(KEP25_2004.elements.map((e) => e.code));
  });
});
