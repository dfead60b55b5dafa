/**
 * Migrations: a new file gets the whole history; a file made by any earlier prefix of the history,
 * holding data, is brought up to date with its data intact and its rollups consistent.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay, SKM_2017 } from '../survey-kit/index';
import { CHANNELS } from '../survey-kit/types';
import { openSqliteDatabase, SQLITE_MIGRATIONS } from './open';
import { seededRng } from './testing/random';
import { tempDir, type TempDir } from './testing/temp';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}
const journal = JSON.parse(readFileSync(join(SQLITE_MIGRATIONS, 'meta/_journal.json'), 'utf8')) as Journal;

/** The migration that rebuilt the rollups from the raw responses. */
const BACKFILL = '0002_backfill_rollups';

/** Tables of the first migration, which every earlier file has; their rows must survive. */
const CORE_TABLES = ['organisations', 'units', 'services', 'survey_periods', 'responses', 'response_answers'];

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

/** A migrations folder holding only the first `k` migrations. */
function historyPrefix(k: number): string {
  const folder = dir!.file(`migrations-${k}`);
  cpSync(SQLITE_MIGRATIONS, folder, { recursive: true });
  const truncated = { ...journal, entries: journal.entries.slice(0, k) };
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(truncated, null, 2));
  return folder;
}

const tableExists = (sqlite: BetterSqlite3.Database, name: string): boolean =>
  sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

/** Data written with plain SQL against the schema of the first migration, as an old release would. */
function fillOldDatabase(sqlite: BetterSqlite3.Database): number {
  const rng = seededRng(14);
  sqlite.exec(`INSERT INTO organisations (id, slug, name) VALUES (1, 'o', 'Organisasi')`);
  const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
  zones.forEach((zone, i) =>
    sqlite.prepare(`INSERT INTO units (id, organisation_id, slug, name, time_zone) VALUES (?, 1, ?, ?, ?)`).run(i + 1, `u${i}`, `Unit ${i}`, zone),
  );
  sqlite.exec(`INSERT INTO services (id, unit_id, slug, name, standard_days) VALUES (1, 1, 'siup', 'SIUP', 5), (2, 2, 'imb', 'IMB', 21)`);
  sqlite.prepare(`INSERT INTO instruments (id, code, definition, built_in) VALUES (1, ?, ?, 1)`).run(SKM_2017.code, JSON.stringify(SKM_2017));
  sqlite.exec(`INSERT INTO survey_periods (organisation_id, unit_id, name, start_day, end_day, instrument_id)
    VALUES (1, NULL, 'Tahun 2026', '2026-01-01', '2026-12-31', 1)`);
  const insert = sqlite.prepare(`INSERT INTO responses (client_id, unit_id, service_id, instrument_id, channel, submitted_at, local_day, usia, flags)
    VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`);
  const answer = sqlite.prepare('INSERT INTO response_answers (response_id, element_code, score) VALUES (?, ?, ?)');
  const count = 400;
  for (let i = 0; i < count; i++) {
    const unitId = rng.int(1, 3);
    const serviceId = unitId === 3 || rng.next() < 0.2 ? null : unitId;
    const at = new Date(Date.UTC(2025, 11, 1) + rng.int(0, 120 * 24) * 3_600_000);
    const flags = rng.next() < 0.1 ? 'fast' : rng.next() < 0.05 ? 'fast,straightline' : null;
    const id = Number(
      insert.run(`old-${i}`, unitId, serviceId, rng.pick(CHANNELS), at.getTime(), localDay(at, zones[unitId - 1]!), rng.int(18, 70), flags).lastInsertRowid,
    );
    for (const e of SKM_2017.elements) answer.run(id, e.code, rng.next() < 0.05 ? null : rng.int(1, 4));
  }
  return count;
}

type Snapshot = Record<string, Record<string, unknown>[]>;

const snapshot = (sqlite: BetterSqlite3.Database): Snapshot =>
  Object.fromEntries(CORE_TABLES.map((t) => [t, sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all() as Record<string, unknown>[]]));

/** `after` restricted to the columns `before` had: later migrations may add columns. */
function sameColumns(before: Snapshot, after: Snapshot): Snapshot {
  return Object.fromEntries(
    Object.entries(after).map(([table, rows]) => {
      const columns = Object.keys(before[table]?.[0] ?? {});
      return [table, rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])))];
    }),
  );
}

describe('migrations', () => {
  it('form a history in order, each applied once', () => {
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    journal.entries.forEach((entry, i) => {
      expect(entry.idx).toBe(i);
      if (i > 0) expect(entry.when).toBeGreaterThan(journal.entries[i - 1]!.when);
    });
  });

  it('build the whole schema in an empty file', async () => {
    dir = tempDir();
    const db = await openSqliteDatabase({ url: dir.file('new.db') });
    try {
      for (const table of [...CORE_TABLES, 'instruments', 'answer_tallies', 'response_rollups']) expect(tableExists(db.sqlite, table)).toBe(true);
      expect(db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
      expect(await db.tallies.verify()).toEqual([]);
    } finally {
      await db.close();
    }
  });

  // Every proper prefix of the history: 1 .. n-1 migrations applied, then the rest at open.
  for (let k = 1; k < journal.entries.length; k++) {
    it(`bring a file made with the first ${k} migration(s) up to date, data intact`, async () => {
      dir = tempDir();
      const file = dir.file(`old-${k}.db`);
      const old = new BetterSqlite3(file);
      migrate(drizzle({ client: old }), { migrationsFolder: historyPrefix(k) });
      const stored = old.transaction(() => fillOldDatabase(old))();
      if (tableExists(old, 'answer_tallies')) {
        const applied = journal.entries.slice(0, k).map((e) => e.tag);
        if (applied.includes(BACKFILL)) {
          // Releases after the backfill kept their rollups in step: recount as they would have.
          for (const statement of readFileSync(join(SQLITE_MIGRATIONS, `${BACKFILL}.sql`), 'utf8').split('--> statement-breakpoint')) {
            old.exec(statement);
          }
        } else {
          // Before the backfill, the rollups were incomplete: migrating must rebuild them.
          old.exec(`INSERT INTO answer_tallies VALUES (1, 0, '*', 'M', '2026-01-01', 'waktu', 99, 0, 0, 0, 0)`);
        }
      }
      const before = snapshot(old);
      old.close();

      const db = await openSqliteDatabase({ url: file });
      try {
        expect(sameColumns(before, snapshot(db.sqlite))).toEqual(before);
        expect(db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: journal.entries.length });
        expect(await db.responses.count()).toBe(stored);
        expect(await db.tallies.verify()).toEqual([]);
        for (const unitIds of [null, [1], [2, 3]]) {
          const scope = { unitIds, from: '2025-12-15', to: '2026-03-20' };
          expect(await db.tallies.read(scope)).toEqual(await db.tallies.scan(scope));
        }
        // The migrated file takes new responses like a new one.
        const created = await db.responses.submit({
          clientId: 'after-migration',
          unitId: 1,
          serviceId: 1,
          instrumentId: 1,
          channel: 'paper',
          submittedAt: new Date('2026-02-02T03:00:00Z'),
          answers: Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 4 as const])),
          profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
          saran: null,
          completionSeconds: null,
          flags: [],
        });
        expect(created.created).toBe(true);
        expect(await db.tallies.verify()).toEqual([]);
      } finally {
        await db.close();
      }
    });
  }
});
