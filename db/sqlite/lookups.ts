/**
 * Per-connection caches of rows that never change once created (a unit's time zone, a service's
 * unit, an instrument's element codes), so that storing a response costs no extra reads.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { localDay, monthStart } from '../../survey-kit/index';
import type { Day, Instrument } from '../../survey-kit/types';
import { DbError } from '../errors';
import type { InstrumentRow, Service, Unit } from '../schema/sqlite';

const HOUR_MS = 3_600_000;
const MAX_CACHED = 200_000;

export interface InstrumentShape {
  code: string;
  /** Element codes in the instrument's order. */
  elements: readonly string[];
  elementSet: ReadonlySet<string>;
}

export class Lookups {
  private readonly unitZones = new Map<number, string>();
  private readonly serviceUnits = new Map<number, number>();
  private readonly instrumentShapes = new Map<number, InstrumentShape>();
  private readonly dayCache = new Map<string, Map<number, Day>>();
  private readonly months = new Map<Day, Day>();
  private readonly unitStmt: BetterSqlite3.Statement<[number], Pick<Unit, 'timeZone'>>;
  private readonly serviceStmt: BetterSqlite3.Statement<[number], Pick<Service, 'unitId'>>;
  private readonly instrumentStmt: BetterSqlite3.Statement<[number], Pick<InstrumentRow, 'code'> & { definition: string }>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.unitStmt = sqlite.prepare('SELECT time_zone AS timeZone FROM units WHERE id = ?');
    this.serviceStmt = sqlite.prepare('SELECT unit_id AS unitId FROM services WHERE id = ?');
    this.instrumentStmt = sqlite.prepare('SELECT code, definition FROM instruments WHERE id = ?');
  }

  unitTimeZone(unitId: number): string {
    let zone = this.unitZones.get(unitId);
    if (zone === undefined) {
      zone = this.unitStmt.get(unitId)?.timeZone;
      if (zone === undefined) throw new DbError('unknown_unit', `No unit with id ${unitId}`, { unitId });
      this.unitZones.set(unitId, zone);
    }
    return zone;
  }

  serviceUnit(serviceId: number): number {
    let unitId = this.serviceUnits.get(serviceId);
    if (unitId === undefined) {
      unitId = this.serviceStmt.get(serviceId)?.unitId;
      if (unitId === undefined) throw new DbError('unknown_service', `No service with id ${serviceId}`, { serviceId });
      this.serviceUnits.set(serviceId, unitId);
    }
    return unitId;
  }

  instrument(instrumentId: number): InstrumentShape {
    let shape = this.instrumentShapes.get(instrumentId);
    if (!shape) {
      const row = this.instrumentStmt.get(instrumentId);
      if (!row) throw new DbError('unknown_instrument', `No instrument with id ${instrumentId}`, { instrumentId });
      const definition = JSON.parse(row.definition) as Instrument;
      const elements = definition.elements.map((e) => e.code);
      shape = { code: row.code, elements, elementSet: new Set(elements) };
      this.instrumentShapes.set(instrumentId, shape);
    }
    return shape;
  }

  /** The first day of the month of `day` (memoised: called for every stored response). */
  monthOf(day: Day): Day {
    let month = this.months.get(day);
    if (month === undefined) {
      month = monthStart(day);
      if (this.months.size >= MAX_CACHED) this.months.clear();
      this.months.set(day, month);
    }
    return month;
  }

  /** Built-in definitions may be refreshed at start-up; drop what was read before. */
  forgetInstruments(): void {
    this.instrumentShapes.clear();
  }

  /**
   * `localDay` memoised per clock hour: an hour whose first and last millisecond fall on the same
   * local day lies wholly in it (local days only move forward), so its answer is reused; an hour
   * that straddles a local midnight (zones with half-hour offsets) is never cached.
   */
  localDay(instant: Date, timeZone: string): Day {
    const ms = instant.getTime();
    if (!Number.isFinite(ms)) throw new DbError('invalid_date', 'submittedAt is not a valid date');
    let zoneCache = this.dayCache.get(timeZone);
    if (!zoneCache) {
      zoneCache = new Map();
      this.dayCache.set(timeZone, zoneCache);
    }
    const hour = Math.floor(ms / HOUR_MS);
    const cached = zoneCache.get(hour);
    if (cached !== undefined) return cached;
    const first = localDay(new Date(hour * HOUR_MS), timeZone);
    const last = localDay(new Date(hour * HOUR_MS + HOUR_MS - 1), timeZone);
    if (first !== last) return localDay(instant, timeZone);
    if (zoneCache.size >= MAX_CACHED) zoneCache.clear();
    zoneCache.set(hour, first);
    return first;
  }
}
