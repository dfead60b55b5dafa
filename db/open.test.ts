import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from '../survey-kit/index';
import { openSqliteDatabase, sqlitePath } from './open';
import { tempDir, type TempDir } from './testing/temp';

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

describe('openDatabase', () => {
  it('creates the parent folder and sets the pragmas a durable WAL database needs', async () => {
    dir = tempDir();
    const file = dir.file('nested/deeper/puas.db');
    const db = await openSqliteDatabase({ url: `sqlite:${file}` });
    try {
      expect(existsSync(file)).toBe(true);
      expect(db.url).toBe(`sqlite:${file}`);
      expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      await db.close();
    }
  });

  it('stores the built-in instruments once, however often it is opened', async () => {
    dir = tempDir();
    const url = `file:${dir.file('puas.db')}`;
    for (let i = 0; i < 2; i++) {
      const db = await openSqliteDatabase({ url });
      try {
        for (const builtIn of BUILT_IN_INSTRUMENTS) {
          const stored = await db.instruments.byCode(builtIn.code);
          expect(stored?.builtIn).toBe(true);
          expect(stored?.instrument.elements.map((e) => e.code)).toEqual(builtIn.elements.map((e) => e.code));
        }
        expect(db.sqlite.prepare('SELECT count(*) AS n FROM instruments').get()).toEqual({ n: BUILT_IN_INSTRUMENTS.length });
      } finally {
        await db.close();
      }
    }
  });

  it('uses DATABASE_URL when no url is given', async () => {
    dir = tempDir();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = dir.file('from-env.db');
    try {
      const db = await openSqliteDatabase();
      await db.close();
      expect(existsSync(dir.file('from-env.db'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });

  it('opens an in-memory database for tests', async () => {
    const db = await openSqliteDatabase({ url: ':memory:' });
    expect(await db.responses.count()).toBe(0);
    await db.close();
    await db.close(); // closing twice is harmless
  });

  it('reads the file path out of the accepted url forms', () => {
    expect(sqlitePath('./data/puas.db')).toBe('./data/puas.db');
    expect(sqlitePath('sqlite:./data/puas.db')).toBe('./data/puas.db');
    expect(sqlitePath('file:/var/puas.db')).toBe('/var/puas.db');
    expect(sqlitePath('file:///var/puas.db')).toBe('/var/puas.db');
    expect(sqlitePath('sqlite::memory:')).toBe(':memory:');
    expect(() => sqlitePath('sqlite:')).toThrow();
  });
});
