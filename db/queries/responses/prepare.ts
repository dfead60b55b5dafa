/**
 * Turns a NewResponse into the values stored for it, after checking what the database alone
 * cannot (answers match the instrument, the service belongs to the unit) and deriving the local
 * day from the unit's time zone.
 */
import { CHANNELS } from '../../../survey-kit/index';
import type { Channel, Day, Score } from '../../../survey-kit/types';
import { DbError } from '../../errors';
import type { NewResponse, ResponseFlag } from '../../repositories';
import type { NewResponseRow } from '../../schema/sqlite';
import type { Lookups } from '../../sqlite/lookups';
import { profileKey } from './profile-counts';

const FLAGS: readonly ResponseFlag[] = ['fast', 'straightline'];

export interface PreparedResponse {
  clientId: string;
  unitId: number;
  /** The service id, or 0 for "no service recorded" (the rollup key's convention). */
  serviceKey: number;
  channel: Channel;
  localDay: Day;
  month: Day;
  /** Element codes of the instrument, in order (shared by every response of the instrument). */
  elements: readonly string[];
  /** Score per element of `elements`; null = blank. */
  scores: readonly (Score | null)[];
  fast: boolean;
  straightline: boolean;
  /** The profile value counted per field (profile_rollups), in survey-kit PROFILE_FIELDS order. */
  profile: readonly string[];
  /** Positional values for INSERT_RESPONSE_COLUMNS. */
  values: readonly unknown[];
}

/** Column order of `values`; names from the schema's SQL names. */
export const INSERT_RESPONSE_COLUMNS = [
  'client_id',
  'unit_id',
  'service_id',
  'instrument_id',
  'channel',
  'device_id',
  'submitted_at',
  'local_day',
  'jenis_kelamin',
  'usia',
  'pendidikan',
  'pekerjaan',
  'pekerjaan_lainnya',
  'saran',
  'completion_seconds',
  'flags',
] as const;

type ScoreValue = Score | null;
const isScore = (v: unknown): v is ScoreValue => v === null || v === 1 || v === 2 || v === 3 || v === 4;

export function prepareResponse(lookups: Lookups, input: NewResponse): PreparedResponse {
  if (!CHANNELS.includes(input.channel)) {
    throw new DbError('invalid_channel', `Unknown channel "${String(input.channel)}"`, { channel: input.channel });
  }
  const timeZone = lookups.unitTimeZone(input.unitId);
  if (input.serviceId !== null && lookups.serviceUnit(input.serviceId) !== input.unitId) {
    throw new DbError('service_of_other_unit', `Service ${input.serviceId} does not belong to unit ${input.unitId}`, {
      serviceId: input.serviceId,
      unitId: input.unitId,
    });
  }
  const shape = lookups.instrument(input.instrumentId);
  const given = Object.keys(input.answers);
  const unknown = given.filter((code) => !shape.elementSet.has(code));
  const missing = shape.elements.filter((code) => !Object.prototype.hasOwnProperty.call(input.answers, code));
  if (unknown.length > 0 || missing.length > 0) {
    throw new DbError('answers_mismatch', `Answers do not match instrument ${shape.code}`, { unknown, missing });
  }
  const scores = shape.elements.map((code) => {
    const score = input.answers[code];
    if (!isScore(score)) throw new DbError('invalid_score', `Score of ${code} must be 1–4 or blank`, { code, score });
    return score;
  });
  for (const flag of input.flags) {
    if (!FLAGS.includes(flag)) throw new DbError('invalid_flag', `Unknown flag "${String(flag)}"`, { flag });
  }
  const localDay = lookups.localDay(input.submittedAt, timeZone);
  const flags = [...new Set(input.flags)];
  const p = input.profile;
  const row = {
    clientId: input.clientId,
    unitId: input.unitId,
    serviceId: input.serviceId,
    instrumentId: input.instrumentId,
    channel: input.channel,
    deviceId: input.deviceId ?? null,
    submittedAt: input.submittedAt,
    localDay,
    jenisKelamin: p.jenisKelamin,
    usia: p.usia,
    pendidikan: p.pendidikan,
    pekerjaan: p.pekerjaan,
    pekerjaanLainnya: p.pekerjaanLainnya,
    saran: input.saran,
    completionSeconds: input.completionSeconds,
    flags: flags.length > 0 ? flags.join(',') : null,
  } satisfies NewResponseRow;
  return {
    clientId: input.clientId,
    unitId: input.unitId,
    serviceKey: input.serviceId ?? 0,
    channel: input.channel,
    localDay,
    month: lookups.monthOf(localDay),
    elements: shape.elements,
    scores,
    fast: flags.includes('fast'),
    straightline: flags.includes('straightline'),
    profile: profileKey(p),
    values: [
      row.clientId,
      row.unitId,
      row.serviceId,
      row.instrumentId,
      row.channel,
      row.deviceId,
      row.submittedAt.getTime(),
      row.localDay,
      row.jenisKelamin,
      row.usia,
      row.pendidikan,
      row.pekerjaan,
      row.pekerjaanLainnya,
      row.saran,
      row.completionSeconds,
      row.flags,
    ],
  };
}
