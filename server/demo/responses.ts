/**
 * Deterministic demo responses: office days only, 08:00–16:00 local time, scores drawn from a
 * latent satisfaction per element (so elements differ: waktu weaker, biaya strong), a mood per
 * respondent (answers of one person correlate), a slow improvement of completion time over the
 * months, a few blanks, profiles with "not given", and occasional suggestions.
 */
import { addDays, dayStartUtc } from '../../survey-kit/index';
import type {
  Answers,
  Channel,
  Day,
  Education,
  Occupation,
  Profile,
  Score,
  Sex,
} from '../../survey-kit/types';
import type { ResponseFlag } from '../../db/repositories';
import {
  DEMO_FIRST_DAY,
  DEMO_HOLIDAYS,
  DEMO_LAST_DAY,
  DEMO_UNITS,
  ELEMENT_MEANS,
  OTHER_OCCUPATIONS,
  SARAN,
  type DemoUnit,
} from './office';
import { Prng } from './prng';

export const DEMO_SEED = 20170614;

/** A demo response before database ids are known. */
export interface DemoResponse {
  clientId: string;
  unitSlug: string;
  serviceSlug: string;
  channel: Channel;
  submittedAt: Date;
  answers: Answers;
  profile: Profile;
  saran: string | null;
  completionSeconds: number | null;
  flags: ResponseFlag[];
}

const WEEKDAY_FACTOR = [0, 1.15, 1.05, 1, 1, 0.8, 0] as const;
/** Seasonal demand by month (January first): a year-end rush, a quiet fasting/Lebaran month. */
const MONTH_FACTOR = [0.9, 0.95, 1, 0.85, 1, 1, 1.05, 1, 1, 1.05, 1.1, 1.15] as const;

function isOfficeDay(day: Day): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !DEMO_HOLIDAYS.has(day);
}

function monthsSinceStart(day: Day): number {
  return (Number(day.slice(0, 4)) - 2025) * 12 + Number(day.slice(5, 7)) - 1;
}

function toScore(latent: number): Score {
  if (latent < 1.5) return 1;
  if (latent < 2.5) return 2;
  if (latent < 3.5) return 3;
  return 4;
}

const SEXES: readonly (readonly [Sex | null, number])[] = [['L', 54], ['P', 41], [null, 5]];
const EDUCATION: readonly (readonly [Education | null, number])[] = [
  ['SD', 3], ['SMP', 6], ['SMA', 34], ['D1', 1], ['D2', 1], ['D3', 10], ['D4', 3], ['S1', 28], ['S2', 6], ['S3', 1], [null, 7],
];
const OCCUPATION: readonly (readonly [Occupation | null, number])[] = [
  ['PNS', 8], ['TNI', 1], ['POLRI', 1], ['SWASTA', 30], ['WIRAUSAHA', 35], ['LAINNYA', 13], [null, 12],
];

function profile(rng: Prng): Profile {
  const pekerjaan = rng.weighted(OCCUPATION);
  return {
    jenisKelamin: rng.weighted(SEXES),
    usia: rng.chance(0.08) ? null : Math.max(17, Math.min(75, Math.round(38 + 11 * rng.gauss()))),
    pendidikan: rng.weighted(EDUCATION),
    pekerjaan,
    pekerjaanLainnya: pekerjaan === 'LAINNYA' && rng.chance(0.6) ? rng.pick(OTHER_OCCUPATIONS) : null,
  };
}

function answers(rng: Prng, unit: DemoUnit, day: Day, channel: Channel, codes: readonly string[]): Answers {
  const out: Answers = {};
  const mood = 0.35 * rng.gauss();
  const months = monthsSinceStart(day);
  for (const code of codes) {
    const blankChance = (code === 'pengaduan' ? 0.05 : 0.008) * (channel === 'paper' ? 2 : 1);
    if (rng.chance(blankChance)) {
      out[code] = null;
      continue;
    }
    // The office worked on its completion times: "waktu" improves a little every month.
    const trend = code === 'waktu' ? 0.012 * months : 0.003 * months;
    const latent = (ELEMENT_MEANS[code] ?? 3) + unit.quality + trend + mood + 0.5 * rng.gauss();
    out[code] = toScore(latent);
  }
  return out;
}

/** Minutes after local midnight: most visitors come in the morning, none before 08:00 or after 16:00. */
function minuteOfDay(rng: Prng): number {
  const morning = rng.chance(0.62);
  const minute = morning ? rng.int(8 * 60, 12 * 60 - 1) : rng.int(13 * 60, 16 * 60 - 1);
  return minute;
}

export interface GenerateOptions {
  /** Element codes of the instrument, in its order. */
  elementCodes: readonly string[];
  seed?: number;
  firstDay?: Day;
  lastDay?: Day;
}

/** Yields the demo responses in time order; the same options always yield the same responses. */
export function* generateDemoResponses(options: GenerateOptions): Generator<DemoResponse> {
  const rng = new Prng(options.seed ?? DEMO_SEED);
  const last = options.lastDay ?? DEMO_LAST_DAY;
  for (let day = options.firstDay ?? DEMO_FIRST_DAY; day <= last; day = addDays(day, 1)) {
    if (!isOfficeDay(day)) continue;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const demand = WEEKDAY_FACTOR[weekday]! * MONTH_FACTOR[Number(day.slice(5, 7)) - 1]!;
    for (const unit of DEMO_UNITS) {
      const mean = unit.perDay * demand;
      const count = Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.gauss()));
      const start = dayStartUtc(day, unit.timeZone).getTime();
      const minutes = Array.from({ length: count }, () => minuteOfDay(rng)).sort((a, b) => a - b);
      for (const minute of minutes) {
        const channel = rng.weighted(unit.channels);
        const straightline = channel === 'kiosk' && rng.chance(0.03);
        const given = straightline
          ? Object.fromEntries(options.elementCodes.map((c) => [c, 4 as Score]))
          : answers(rng, unit, day, channel, options.elementCodes);
        const completionSeconds =
          channel === 'paper' ? null : straightline ? rng.int(9, 24) : Math.round(Math.exp(4.4 + 0.45 * rng.gauss()));
        const flags: ResponseFlag[] = [];
        if (completionSeconds !== null && completionSeconds < 30) flags.push('fast');
        if (straightline) flags.push('straightline');
        yield {
          clientId: rng.uuid(),
          unitSlug: unit.slug,
          serviceSlug: rng.weighted(unit.services.map((s) => [s.slug, s.share] as const)),
          channel,
          submittedAt: new Date(start + minute * 60_000 + rng.int(0, 59) * 1000),
          answers: given,
          profile: profile(rng),
          saran: rng.chance(0.05) ? rng.pick(SARAN) : null,
          completionSeconds,
          flags,
        };
      }
    }
  }
}
