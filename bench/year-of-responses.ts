/**
 * A deterministic, realistic year of responses for the benchmark: offices of different sizes in
 * the three time zones, a few services each with a dominant one, busy weekdays and quiet weekends,
 * office hours, seasonal swings, a few blanks (more on "biaya"), a few quality flags.
 * Responses come in time order, as they would arrive.
 */
import type { Rng } from '../db/testing/random';
import type { NewResponse } from '../db/repositories';
import { addDays, dayStartUtc, weekday } from '../survey-kit/index';
import type { Answers, Channel, Day, Score } from '../survey-kit/types';

export interface BenchUnit {
  id: number;
  timeZone: string;
  serviceIds: readonly number[];
  /** Share of all responses. */
  weight: number;
  /** Score weights 1..4: each office has its own quality. */
  scoreWeights: readonly number[];
}

const MONTH_FACTOR = [0.9, 0.95, 1.05, 0.75, 1.0, 1.05, 1.1, 1.0, 1.0, 1.05, 1.1, 1.2];
const WEEKDAY_FACTOR = [0.1, 1, 1, 1, 1, 0.9, 0.25]; // Sunday … Saturday
const SERVICE_WEIGHTS = [40, 25, 15, 12, 8];
const CHANNELS: readonly Channel[] = ['kiosk', 'qr', 'paper', 'online'];
const CHANNEL_WEIGHTS = [40, 35, 15, 10];
const SCORES: readonly Score[] = [1, 2, 3, 4];
const HOUR_MS = 3_600_000;

/** Responses per local day of the year, summing to exactly `total` (largest remainder). */
export function dailyCounts(firstDay: Day, days: number, total: number): number[] {
  const weights = Array.from({ length: days }, (_, i) => {
    const day = addDays(firstDay, i);
    return (MONTH_FACTOR[Number(day.slice(5, 7)) - 1] ?? 1) * (WEEKDAY_FACTOR[weekday(day)] ?? 1);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (missing-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

export interface YearSpec {
  rng: Rng;
  units: readonly BenchUnit[];
  instrumentId: number;
  elements: readonly string[];
  firstDay: Day;
  days: number;
  total: number;
}

/** Yields the year's responses in batches of `batchSize`, in time order. */
export function* yearOfResponses(spec: YearSpec, batchSize: number): Generator<NewResponse[]> {
  const { rng, units } = spec;
  const unitWeights = units.map((u) => u.weight);
  const counts = dailyCounts(spec.firstDay, spec.days, spec.total);
  const midnight = new Map<string, number>();
  let batch: NewResponse[] = [];
  let serial = 0;
  for (let d = 0; d < spec.days; d++) {
    const day = addDays(spec.firstDay, d);
    for (let n = 0; n < counts[d]!; n++) {
      const unit = rng.weighted(units, unitWeights);
      const key = `${unit.timeZone} ${day}`;
      let start = midnight.get(key);
      if (start === undefined) {
        start = dayStartUtc(day, unit.timeZone).getTime();
        midnight.set(key, start);
      }
      // Office hours, 08:00 to 16:59 local time.
      const at = start + 8 * HOUR_MS + Math.floor(rng.next() * 9 * HOUR_MS);
      const answers: Answers = {};
      for (const code of spec.elements) {
        const blankRate = code === 'biaya' ? 0.1 : 0.02;
        answers[code] = rng.next() < blankRate ? null : rng.weighted(SCORES, unit.scoreWeights);
      }
      const straight = rng.next() < 0.02;
      if (straight) for (const code of spec.elements) if (answers[code] !== null) answers[code] = 4;
      const flags: ('fast' | 'straightline')[] = [];
      if (rng.next() < 0.04) flags.push('fast');
      if (straight) flags.push('straightline');
      const channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
      batch.push({
        clientId: `bench-${serial++}`,
        unitId: unit.id,
        serviceId: rng.next() < 0.08 ? null : rng.weighted(unit.serviceIds, SERVICE_WEIGHTS.slice(0, unit.serviceIds.length)),
        instrumentId: spec.instrumentId,
        channel,
        deviceId: channel === 'kiosk' ? rng.int(1, 4) : null,
        submittedAt: new Date(at),
        answers,
        profile: {
          jenisKelamin: rng.next() < 0.1 ? null : rng.next() < 0.52 ? 'L' : 'P',
          usia: rng.next() < 0.15 ? null : rng.int(17, 75),
          pendidikan: rng.next() < 0.2 ? null : rng.weighted(['SD', 'SMP', 'SMA', 'D3', 'S1', 'S2'] as const, [5, 10, 40, 10, 30, 5]),
          pekerjaan: rng.next() < 0.2 ? null : rng.weighted(['PNS', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] as const, [15, 40, 35, 10]),
          pekerjaanLainnya: null,
        },
        saran: rng.next() < 0.08 ? 'Antrian perlu dipercepat' : null,
        completionSeconds: flags.includes('fast') ? rng.int(8, 25) : rng.int(40, 400),
        flags,
      });
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
