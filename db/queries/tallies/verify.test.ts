/**
 * The profile rollups three ways: kept by the write path, rebuilt by migration 0006 from raw rows
 * an older release stored, and recounted by `verify` — all three must agree, and `verify` must
 * find a tampered row.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, SKM_2017 } from '../../../survey-kit/index';
import { CHANNELS, type Profile } from '../../../survey-kit/types';
import { openSqliteDatabase, SQLITE_MIGRATIONS, type SqliteDatabase } from '../../open';
import type { NewResponse } from '../../repositories';
import { seededRng } from '../../testing/random';
import { tempDir, type TempDir } from '../../testing/temp';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
/** Ages at and around every band edge, with the band each must be counted in. */
const AGE_BAND: ReadonlyMap<number | null, string> = new Map<number | null, string>([
  [null, '-'],
  [0, '<20'],
  [17, '<20'],
  [19, '<20'],
  [20, '20-29'],
  [29, '20-29'],
  [30, '30-39'],
  [49, '40-49'],
  [50, '50-59'],
  [59, '50-59'],
  [60, '60+'],
  [99, '60+'],
]);
const SCORES = [1, 2, 3, 4] as const;
const SEXES = [null, 'L', 'P'] as const;
const EDUCATION = [null, 'SD', 'SMA', 'D4', 'S3'] as const;
const OCCUPATIONS = [null, 'PNS', 'TNI', 'LAINNYA'] as const;

type RollupRow = { unit_id: number; service_id: number; channel: string; grain: string; bucket: string; field: string; value: string; respondents: number };

const rollups = (sqlite: BetterSqlite3.Database): RollupRow[] =>
  sqlite.prepare('SELECT * FROM profile_rollups ORDER BY unit_id, grain, channel, service_id, bucket, field, value').all() as RollupRow[];

/** Units 1..3 (one per zone); service 1 of unit 1, service 2 of unit 2, unit 3 has none. */
function makeResponses(instrumentId: number): NewResponse[] {
  const rng = seededRng(2006);
  const ages = [...AGE_BAND.keys()];
  return Array.from({ length: 480 }, (_, i): NewResponse => {
    const unitId = rng.int(1, 3);
    const profile: Profile = {
      jenisKelamin: rng.pick(SEXES),
      usia: rng.pick(ages),
      pendidikan: rng.pick(EDUCATION),
      pekerjaan: rng.pick(OCCUPATIONS),
      pekerjaanLainnya: null,
    };
    return {
      clientId: `p-${i}`,
      unitId,
      serviceId: unitId === 3 || rng.next() < 0.2 ? null : unitId,
      instrumentId,
      channel: rng.pick(CHANNELS),
      // Around the turn of the year, at any hour: local days and months differ from UTC ones.
      submittedAt: new Date(Date.UTC(2025, 11, 20) + rng.int(0, 40 * 24) * 3_600_000 + rng.int(0, 59) * 60_000),
      answers: Object.fromEntries(SKM_2017.elements.map((e) => [e.code, rng.next() < 0.05 ? null : rng.pick(SCORES)])),
      profile,
      saran: null,
      completionSeconds: null,
      flags: [],
    };
  });
}

let dir: TempDir;
let written: SqliteDatabase;
let inputs: NewResponse[];

beforeAll(async () => {
  dir = tempDir();
  written = await openSqliteDatabase({ url: ':memory:' });
  const org = await written.organisations.create({ slug: 'o', name: 'Organisasi' });
  for (const [i, zone] of ZONES.entries()) await written.units.create({ organisationId: org.id, slug: `u${i}`, name: `Unit ${i}`, timeZone: zone });
  await written.services.create({ unitId: 1, slug: 'siup', name: 'SIUP' });
  await written.services.create({ unitId: 2, slug: 'imb', name: 'IMB' });
  const instrument = await written.instruments.byCode(SKM_2017.code);
  inputs = makeResponses(instrument!.id);
  // Both write paths: a batch, then one by one.
  await written.responses.insertMany(inputs.slice(0, 400));
  for (const r of inputs.slice(400)) await written.responses.submit(r);
});
afterAll(async () => {
  await written.close();
  dir.remove();
});

/** A database file as the release before 0006 left it, holding `inputs` written with plain SQL. */
function oldDatabase(file: string, instrumentId: number): void {
  const journal = JSON.parse(readFileSync(join(SQLITE_MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const before = journal.entries.findIndex((e) => e.tag === '0006_workspace_indicators');
  expect(before).toBeGreaterThan(0);
  const folder = dir.file('migrations-before-0006');
  cpSync(SQLITE_MIGRATIONS, folder, { recursive: true });
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, before) }));
  const old = new BetterSqlite3(file);
  try {
    migrate(drizzle({ client: old }), { migrationsFolder: folder });
    old.transaction(() => {
      old.exec(`INSERT INTO organisations (id, slug, name) VALUES (1, 'o', 'Organisasi')`);
      ZONES.forEach((zone, i) =>
        old.prepare('INSERT INTO units (id, organisation_id, slug, name, time_zone) VALUES (?, 1, ?, ?, ?)').run(i + 1, `u${i}`, `Unit ${i}`, zone),
      );
      old.exec(`INSERT INTO services (id, unit_id, slug, name) VALUES (1, 1, 'siup', 'SIUP'), (2, 2, 'imb', 'IMB')`);
      old.prepare('INSERT INTO instruments (id, code, definition, built_in) VALUES (?, ?, ?, 1)').run(instrumentId, SKM_2017.code, JSON.stringify(SKM_2017));
      const insert = old.prepare(`INSERT INTO responses (client_id, unit_id, service_id, instrument_id, channel, submitted_at, local_day,
        jenis_kelamin, usia, pendidikan, pekerjaan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const answer = old.prepare('INSERT INTO response_answers (response_id, element_code, score) VALUES (?, ?, ?)');
      for (const r of inputs) {
        const p = r.profile;
        const day = localDay(r.submittedAt, ZONES[r.unitId - 1]!);
        const id = insert.run(r.clientId, r.unitId, r.serviceId, instrumentId, r.channel, r.submittedAt.getTime(), day, p.jenisKelamin, p.usia, p.pendidikan, p.pekerjaan).lastInsertRowid;
        for (const [code, score] of Object.entries(r.answers)) answer.run(id, code, score);
      }
    })();
    // That release kept the other rollups in step: recount them as it would have.
    for (const statement of readFileSync(join(SQLITE_MIGRATIONS, '0002_backfill_rollups.sql'), 'utf8').split('--> statement-breakpoint')) old.exec(statement);
  } finally {
    old.close();
  }
}

describe('profile rollups', () => {
  it('count every field of every response in its value, ages in their bands', () => {
    const totals = written.sqlite
      .prepare(`SELECT field, value, sum(respondents) AS n FROM profile_rollups WHERE grain = 'M' AND channel = '*' GROUP BY field, value`)
      .all() as { field: string; value: string; n: number }[];
    const expected = new Map<string, number>();
    const add = (field: string, value: string) => expected.set(`${field}=${value}`, (expected.get(`${field}=${value}`) ?? 0) + 1);
    for (const { profile: p } of inputs) {
      add('sex', p.jenisKelamin ?? '-');
      add('age', AGE_BAND.get(p.usia)!);
      add('education', p.pendidikan ?? '-');
      add('occupation', p.pekerjaan ?? '-');
    }
    expect(new Map(totals.map((t) => [`${t.field}=${t.value}`, t.n]))).toEqual(expected);
  });

  it('rebuilt by migration 0006 from an older file equal those kept by the write path', async () => {
    const file = dir.file('old.db');
    const instrument = await written.instruments.byCode(SKM_2017.code);
    oldDatabase(file, instrument!.id);
    const migrated = await openSqliteDatabase({ url: file });
    try {
      const expected = rollups(written.sqlite);
      expect(expected.length).toBeGreaterThan(100);
      expect(rollups(migrated.sqlite)).toEqual(expected);
      expect(await migrated.tallies.verify()).toEqual([]);
    } finally {
      await migrated.close();
    }
  });

  it('verify finds nothing when consistent, and every tampered profile row', async () => {
    expect(await written.tallies.verify()).toEqual([]);
    const [first, second] = written.sqlite
      .prepare(`SELECT * FROM profile_rollups WHERE unit_id = 2 AND grain = 'D' AND channel = 'qr' AND field = 'age' ORDER BY bucket, value LIMIT 2`)
      .all() as RollupRow[];
    written.sqlite.exec('SAVEPOINT tamper');
    try {
      const key = 'unit_id = ? AND grain = ? AND channel = ? AND service_id = ? AND bucket = ? AND field = ? AND value = ?';
      const args = (r: RollupRow) => [r.unit_id, r.grain, r.channel, r.service_id, r.bucket, r.field, r.value];
      written.sqlite.prepare(`UPDATE profile_rollups SET respondents = respondents + 1 WHERE ${key}`).run(...args(first!));
      written.sqlite.prepare(`DELETE FROM profile_rollups WHERE ${key}`).run(...args(second!));
      written.sqlite.prepare(`INSERT INTO profile_rollups VALUES (3, 0, '*', 'M', '2031-01-01', 'sex', 'L', 4)`).run();
      const found = await written.tallies.verify();
      expect(found).toHaveLength(3);
      const at = (r: RollupRow) => ({ unitId: r.unit_id, serviceId: r.service_id, channel: r.channel, grain: r.grain, bucket: r.bucket, elementCode: null });
      expect(found).toContainEqual({
        ...at(first!),
        profile: { field: 'age', value: first!.value },
        stored: { respondents: first!.respondents + 1 },
        recounted: { respondents: first!.respondents },
      });
      expect(found).toContainEqual({
        ...at(second!),
        profile: { field: 'age', value: second!.value },
        stored: { respondents: 0 },
        recounted: { respondents: second!.respondents },
      });
      expect(found).toContainEqual({
        unitId: 3,
        serviceId: 0,
        channel: '*',
        grain: 'M',
        bucket: '2031-01-01',
        elementCode: null,
        profile: { field: 'sex', value: 'L' },
        stored: { respondents: 4 },
        recounted: { respondents: 0 },
      });
    } finally {
      written.sqlite.exec('ROLLBACK TO tamper; RELEASE tamper');
    }
    expect(await written.tallies.verify()).toEqual([]);
  });
});
