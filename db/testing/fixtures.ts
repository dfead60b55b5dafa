/**
 * Test and benchmark data: a small directory (organisation, units in the three Indonesian time
 * zones, services) and seeded random responses with blanks, flags and every channel.
 */
import { SKM_2017 } from '../../survey-kit/index';
import type { Answers, Channel, IndonesianTimeZone, Score } from '../../survey-kit/types';
import { CHANNELS } from '../../survey-kit/types';
import type { Database, NewResponse, ResponseFlag, Service, Unit } from '../repositories';
import type { Rng } from './random';

export interface Directory {
  organisationId: number;
  instrumentId: number;
  elements: readonly string[];
  units: Unit[];
  /** Services per unit id. */
  services: Map<number, Service[]>;
}

export async function createDirectory(
  db: Database,
  options: { units?: number; servicesPerUnit?: number; zones?: readonly IndonesianTimeZone[]; prefix?: string } = {},
): Promise<Directory> {
  const zones = options.zones ?? ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
  const prefix = options.prefix ?? 'test';
  const org = await db.organisations.create({ slug: `${prefix}-org`, name: `Org ${prefix}` });
  const stored = await db.instruments.byCode(SKM_2017.code);
  if (!stored) throw new Error('built-in instrument missing');
  const units: Unit[] = [];
  const services = new Map<number, Service[]>();
  for (let u = 0; u < (options.units ?? 3); u++) {
    const unit = await db.units.create({
      organisationId: org.id,
      slug: `${prefix}-unit-${u}`,
      name: `Unit ${u}`,
      timeZone: zones[u % zones.length]!,
    });
    units.push(unit);
    const list: Service[] = [];
    for (let s = 0; s < (options.servicesPerUnit ?? 3); s++) {
      list.push(await db.services.create({ unitId: unit.id, slug: `svc-${s}`, name: `Service ${s}` }));
    }
    services.set(unit.id, list);
  }
  return { organisationId: org.id, instrumentId: stored.id, elements: stored.instrument.elements.map((e) => e.code), units, services };
}

export interface ResponseSpread {
  /** First and last instant (UTC ms) of the submissions. */
  fromMs: number;
  toMs: number;
  /** Share of answers left blank. */
  blankRate?: number;
  /** Share of responses without a service. */
  noServiceRate?: number;
}

const SCORE_WEIGHTS = [3, 10, 52, 35];
const SCORES: readonly Score[] = [1, 2, 3, 4];
const CHANNEL_WEIGHTS = [45, 30, 15, 10];

/** One random response of the directory; `index` makes the clientId unique and stable. */
export function randomResponse(rng: Rng, dir: Directory, spread: ResponseSpread, index: number, prefix = 'r'): NewResponse {
  const unit = rng.pick(dir.units);
  const services = dir.services.get(unit.id) ?? [];
  const serviceId = services.length === 0 || rng.next() < (spread.noServiceRate ?? 0.1) ? null : rng.pick(services).id;
  const channel: Channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
  const answers: Answers = {};
  for (const code of dir.elements) {
    answers[code] = rng.next() < (spread.blankRate ?? 0.03) ? null : rng.weighted(SCORES, SCORE_WEIGHTS);
  }
  const flags: ResponseFlag[] = [];
  if (rng.next() < 0.04) flags.push('fast');
  if (rng.next() < 0.02) flags.push('straightline');
  return {
    clientId: `${prefix}-${index}`,
    unitId: unit.id,
    serviceId,
    instrumentId: dir.instrumentId,
    channel,
    deviceId: channel === 'kiosk' ? rng.int(1, 5) : null,
    submittedAt: new Date(spread.fromMs + Math.floor(rng.next() * (spread.toMs - spread.fromMs + 1))),
    answers,
    profile: {
      jenisKelamin: rng.next() < 0.1 ? null : rng.pick(['L', 'P'] as const),
      usia: rng.next() < 0.15 ? null : rng.int(17, 80),
      pendidikan: rng.next() < 0.2 ? null : rng.pick(['SD', 'SMP', 'SMA', 'D3', 'S1', 'S2'] as const),
      pekerjaan: rng.next() < 0.2 ? null : rng.pick(['PNS', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] as const),
      pekerjaanLainnya: null,
    },
    saran: rng.next() < 0.1 ? 'Pelayanan sudah baik' : null,
    completionSeconds: rng.int(20, 600),
    flags,
  };
}
