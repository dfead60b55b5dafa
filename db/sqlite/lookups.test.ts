import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../survey-kit/index';
import { seededRng } from '../testing/random';
import { Lookups } from './lookups';

describe('Lookups.localDay', () => {
  it('agrees with survey-kit localDay, also where hours straddle a local midnight', () => {
    const sqlite = new BetterSqlite3(':memory:');
    sqlite.exec('CREATE TABLE units (id, time_zone); CREATE TABLE services (id, unit_id); CREATE TABLE instruments (id, code, definition)');
    const lookups = new Lookups(sqlite);
    const rng = seededRng(99);
    // Jakarta was UTC+7:30 before 1964, India is UTC+5:30: their midnights fall mid-hour.
    const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Kolkata'];
    const ranges = [
      [Date.UTC(1955, 0, 1), Date.UTC(1966, 0, 1)],
      [Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1)],
    ] as const;
    for (let i = 0; i < 20_000; i++) {
      const [from, to] = rng.pick(ranges);
      const zone = rng.pick(zones);
      // Half of the instants within a minute of a whole hour, where a cache would go wrong first.
      let ms = from + Math.floor(rng.next() * (to - from));
      if (i % 2 === 0) ms = Math.round(ms / 3_600_000) * 3_600_000 + rng.int(-60_000, 60_000);
      const at = new Date(ms);
      expect(lookups.localDay(at, zone), `${at.toISOString()} ${zone}`).toBe(localDay(at, zone));
    }
    sqlite.close();
  });
});
