/**
 * Recounts every rollup row from the raw responses and lists the rows whose stored counts differ
 * (a missing or extra row counts as zeros on its missing side). Empty when consistent.
 * The recount mirrors migrations 0002 and 0006, which rebuilt the rollups with the same grouping.
 */
import { AGE_BANDS, NOT_GIVEN, PROFILE_FIELDS } from '../../../survey-kit/profile/index';
import type { TallyMismatch, TallyRepository } from '../../repositories';
import type { ProfileRollupRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { hasFlag } from './scan';

const KEY = ['unit_id', 'service_id', 'channel', 'grain', 'bucket'] as const;

/** The four key variants of every detail-per-day row: detail/unit level × day/month grain. */
function keyed(detail: string, counts: readonly string[]): string {
  const c = counts.join(', ');
  const month = `substr(local_day, 1, 8) || '01'`;
  return `SELECT unit_id, service_id, channel, 'D' AS grain, local_day AS bucket, ${c} FROM ${detail}
    UNION ALL SELECT unit_id, service_id, channel, 'M', ${month}, ${c} FROM ${detail}
    UNION ALL SELECT unit_id, 0, '*', 'D', local_day, ${c} FROM ${detail}
    UNION ALL SELECT unit_id, 0, '*', 'M', ${month}, ${c} FROM ${detail}`;
}

const TEXT_COLUMNS = new Set(['channel', 'grain', 'bucket', 'element_code', 'field', 'value']);

interface Rollup {
  table: string;
  key: readonly string[];
  counts: readonly string[];
  /** SELECT of the recounted rows: key columns then counts. */
  recount: string;
}

/**
 * The recount goes to a temporary table with the rollup's key, so both comparisons are index
 * lookups: stored rows against the recount, then recounted rows missing from the stored ones.
 */
function statements(r: Rollup): { setup: string; compare: string; cleanup: string } {
  const temp = `temp.expected_${r.table}`;
  // Declared types give the columns the stored table's affinity, so the joins can use both keys.
  const type = (c: string) => (TEXT_COLUMNS.has(c) ? 'TEXT' : 'INTEGER');
  const columns = [...r.key, ...r.counts].map((c) => `${c} ${type(c)} NOT NULL`).join(', ');
  const on = r.key.map((k) => `t.${k} = e.${k}`).join(' AND ');
  const differs = r.counts.map((c) => `coalesce(t.${c}, 0) <> coalesce(e.${c}, 0)`).join(' OR ');
  const select = (keyAlias: string) =>
    [
      ...r.key.map((k) => `${keyAlias}.${k} AS ${k}`),
      ...r.counts.map((c) => `coalesce(t.${c}, 0) AS s_${c}`),
      ...r.counts.map((c) => `coalesce(e.${c}, 0) AS e_${c}`),
    ].join(', ');
  return {
    setup: `DROP TABLE IF EXISTS ${temp};
      CREATE TABLE ${temp} (${columns}, PRIMARY KEY (${r.key.join(', ')})) WITHOUT ROWID;
      INSERT INTO ${temp} ${r.recount};`,
    compare: `SELECT ${select('t')} FROM ${r.table} t LEFT JOIN ${temp} e ON ${on} WHERE ${differs}
      UNION ALL
      SELECT ${select('e')} FROM ${temp} e LEFT JOIN ${r.table} t ON ${on} WHERE t.${r.key[0]} IS NULL AND (${differs})
      ORDER BY ${r.key.map((_, i) => i + 1).join(', ')}`,
    cleanup: `DROP TABLE IF EXISTS ${temp}`,
  };
}

const TALLY_COUNTS = ['n1', 'n2', 'n3', 'n4', 'blank'] as const;
const TALLIES = statements({
  table: 'answer_tallies',
  key: [...KEY, 'element_code'],
  counts: TALLY_COUNTS,
  recount: `WITH detail AS (
     SELECT r.unit_id, coalesce(r.service_id, 0) AS service_id, r.channel, r.local_day, a.element_code,
       count(*) FILTER (WHERE a.score = 1) AS n1, count(*) FILTER (WHERE a.score = 2) AS n2,
       count(*) FILTER (WHERE a.score = 3) AS n3, count(*) FILTER (WHERE a.score = 4) AS n4,
       count(*) FILTER (WHERE a.score IS NULL) AS blank
     FROM responses r JOIN response_answers a ON a.response_id = r.id
     GROUP BY 1, 2, 3, 4, 5
   )
   SELECT unit_id, service_id, channel, grain, bucket, element_code, sum(n1), sum(n2), sum(n3), sum(n4), sum(blank)
   FROM (${keyed('detail', ['element_code', ...TALLY_COUNTS])}) GROUP BY 1, 2, 3, 4, 5, 6`,
});

const ROLLUP_COUNTS = ['respondents', 'flagged_fast', 'flagged_straightline'] as const;
const ROLLUPS = statements({
  table: 'response_rollups',
  key: KEY,
  counts: ROLLUP_COUNTS,
  recount: `WITH detail AS (
     SELECT r.unit_id, coalesce(r.service_id, 0) AS service_id, r.channel, r.local_day,
       count(*) AS respondents, count(*) FILTER (WHERE ${hasFlag('fast')}) AS flagged_fast,
       count(*) FILTER (WHERE ${hasFlag('straightline')}) AS flagged_straightline
     FROM responses r GROUP BY 1, 2, 3, 4
   )
   SELECT unit_id, service_id, channel, grain, bucket, sum(respondents), sum(flagged_fast), sum(flagged_straightline)
   FROM (${keyed('detail', ROLLUP_COUNTS)}) GROUP BY 1, 2, 3, 4, 5`,
});

/**
 * The age band of `usia` in SQL, from survey-kit's AGE_BANDS (upper bounds only, like `ageBand`).
 * Migration 0006 wrote the same bands out by hand: this recount is what notices if they part.
 */
const AGE_BAND_SQL = `CASE WHEN r.usia IS NULL THEN '${NOT_GIVEN}' ${AGE_BANDS.map(([code, , hi]) =>
  hi === null ? `ELSE '${code}'` : `WHEN r.usia <= ${hi} THEN '${code}'`,
).join(' ')} END`;

/** Each profile field's counted value over `responses r`, as survey-kit `profileValues` gives it. */
const PROFILE_VALUE_SQL: Record<ProfileRollupRow['field'], string> = {
  sex: `coalesce(r.jenis_kelamin, '${NOT_GIVEN}')`,
  age: AGE_BAND_SQL,
  education: `coalesce(r.pendidikan, '${NOT_GIVEN}')`,
  occupation: `coalesce(r.pekerjaan, '${NOT_GIVEN}')`,
};

const PROFILE_COUNTS = ['respondents'] as const;
const PROFILES = statements({
  table: 'profile_rollups',
  key: [...KEY, 'field', 'value'],
  counts: PROFILE_COUNTS,
  recount: `WITH detail AS (
     ${PROFILE_FIELDS.map(
       (field) => `SELECT r.unit_id, coalesce(r.service_id, 0) AS service_id, r.channel, r.local_day, '${field}' AS field,
         ${PROFILE_VALUE_SQL[field]} AS value, count(*) AS respondents
       FROM responses r GROUP BY 1, 2, 3, 4, 6`,
     ).join('\n     UNION ALL ')}
   )
   SELECT unit_id, service_id, channel, grain, bucket, field, value, sum(respondents)
   FROM (${keyed('detail', ['field', 'value', ...PROFILE_COUNTS])}) GROUP BY 1, 2, 3, 4, 5, 6, 7`,
});

type Row = Record<string, string | number>;

type Extra = 'element' | 'profile' | 'none';

function mismatch(row: Row, counts: readonly string[], extra: Extra): TallyMismatch {
  const pick = (prefix: string) => Object.fromEntries(counts.map((c) => [c, Number(row[`${prefix}_${c}`])]));
  const found: TallyMismatch = {
    unitId: Number(row.unit_id),
    serviceId: Number(row.service_id),
    channel: String(row.channel),
    grain: row.grain === 'M' ? 'M' : 'D',
    bucket: String(row.bucket),
    elementCode: extra === 'element' ? String(row.element_code) : null,
    stored: pick('s'),
    recounted: pick('e'),
  };
  if (extra === 'profile') found.profile = { field: String(row.field) as ProfileRollupRow['field'], value: String(row.value) };
  return found;
}

export function verifyQuery(ctx: SqliteContext): TallyRepository['verify'] {
  return async () => {
    // One read transaction: both recounts see the same snapshot even while writers continue (WAL).
    const compare = (s: ReturnType<typeof statements>): Row[] => {
      ctx.sqlite.exec(s.setup);
      try {
        return ctx.sqlite.prepare(s.compare).all() as Row[];
      } finally {
        ctx.sqlite.exec(s.cleanup);
      }
    };
    const run = ctx.sqlite.transaction(() => [
      ...compare(TALLIES).map((r) => mismatch(r, TALLY_COUNTS, 'element')),
      ...compare(ROLLUPS).map((r) => mismatch(r, ROLLUP_COUNTS, 'none')),
      ...compare(PROFILES).map((r) => mismatch(r, PROFILE_COUNTS, 'profile')),
    ]);
    return run.deferred();
  };
}
