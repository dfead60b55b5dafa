/**
 * The look-ups every submission needs — the unit and service named by slug, the instrument of
 * the unit's period in force on a day — kept for a few seconds, so that a busy minute of
 * submissions costs a handful of reads instead of three per response. A change of a unit's
 * settings or of its periods is seen within CATALOG_TTL_MS. Unknown slugs are never cached (a
 * stream of made-up slugs must not grow memory).
 */
import type { Database, Service, Unit } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { localDay } from '../../survey-kit/time/index';
import type { Day, Instrument } from '../../survey-kit/types';

export const CATALOG_TTL_MS = 10_000;
const HOUR_MS = 3_600_000;
const MAX_ENTRIES = 5_000;

export interface InstrumentInForce {
  id: number;
  instrument: Instrument;
  codes: ReadonlySet<string>;
}

interface Entry<T> {
  value: T;
  until: number;
}

class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  async get(key: string, now: number, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    if (value === undefined) {
      this.entries.delete(key);
      return undefined;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, until: now + CATALOG_TTL_MS });
    return value;
  }
}

export class SubmissionCatalog {
  private readonly units = new TtlCache<Unit>();
  private readonly services = new TtlCache<Service>();
  private readonly instruments = new TtlCache<InstrumentInForce>();

  private readonly days = new Map<string, Day>();

  constructor(private readonly db: Database) {}

  /**
   * The local day of `now` in `timeZone`, memoised per clock hour (Intl formatting costs more than
   * the rest of a submission's checks): an hour whose first and last millisecond fall on the same
   * local day lies wholly in it; an hour straddling a local midnight is never memoised.
   */
  localDay(now: Date, timeZone: string): Day {
    const hour = Math.floor(now.getTime() / HOUR_MS);
    const key = `${timeZone}@${hour}`;
    const cached = this.days.get(key);
    if (cached !== undefined) return cached;
    const first = localDay(new Date(hour * HOUR_MS), timeZone);
    if (first !== localDay(new Date(hour * HOUR_MS + HOUR_MS - 1), timeZone)) return localDay(now, timeZone);
    if (this.days.size >= MAX_ENTRIES) this.days.clear();
    this.days.set(key, first);
    return first;
  }

  unit(slug: string, now: number): Promise<Unit | undefined> {
    return this.units.get(slug, now, () => this.db.units.bySlug(slug));
  }

  service(unitId: number, slug: string, now: number): Promise<Service | undefined> {
    return this.services.get(`${unitId}/${slug}`, now, () => this.db.services.bySlug(unitId, slug));
  }

  /** The instrument of the unit's period in force on `day`, or the 2017 instrument without one. */
  instrument(unitId: number, day: Day, now: number): Promise<InstrumentInForce | undefined> {
    return this.instruments.get(`${unitId}/${day}`, now, async () => {
      const period = await this.db.periods.current(unitId, day);
      const stored = period ? await this.db.instruments.byId(period.instrumentId) : await this.db.instruments.byCode(SKM_2017.code);
      if (!stored) return undefined;
      return { id: stored.id, instrument: stored.instrument, codes: new Set(stored.instrument.elements.map((e) => e.code)) };
    });
  }
}
