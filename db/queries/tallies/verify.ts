/**
 * Recounts every rollup row from the raw responses and lists the rows whose stored counts differ
 * (a missing or extra row counts as zeros on its missing side). Empty when consistent.
 * The recount mirrors migration 0002, which rebuilt the rollups with the same grouping.
 */
import type { TallyMismatch, TallyRepository } from '../../repositories';
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

function compare(table: string, key: readonly string[], counts: readonly string[], expected: string): string {
  const on = key.map((k) => `t.${k} = e.${k}`).join(' AND ');
  const keys = key.map((k) => `coalesce(t.${k}, e.${k}) AS ${k}`).join(', ');
  const stored = counts.map((c) => `coalesce(t.${c}, 0) AS s_${c}`).join(', ');
  const recounted = counts.map((c) => `coalesce(e.${c}, 0) AS e_${c}`).join(', ');
  const differs = counts.map((c) => `coalesce(t.${c}, 0) <> coalesce(e.${c}, 0)`).join(' OR ');
  return `${expected}
    SELECT ${keys}, ${stored}, ${recounted}
    FROM ${table} t FULL OUTER JOIN expected e ON ${on}
    WHERE ${differs}
    ORDER BY 1, 2, 3, 4, 5${key.length > 5 ? ', 6' : ''}`;
}

const TALLY_COUNTS = ['n1', 'n2', 'n3', 'n4', 'blank'] as const;
const TALLY_SQL = compare(
  'answer_tallies',
  [...KEY, 'element_code'],
  TALLY_COUNTS,
  `WITH detail AS (
     SELECT r.unit_id, coalesce(r.service_id, 0) AS service_id, r.channel, r.local_day, a.element_code,
       count(*) FILTER (WHERE a.score = 1) AS n1, count(*) FILTER (WHERE a.score = 2) AS n2,
       count(*) FILTER (WHERE a.score = 3) AS n3, count(*) FILTER (WHERE a.score = 4) AS n4,
       count(*) FILTER (WHERE a.score IS NULL) AS blank
     FROM responses r JOIN response_answers a ON a.response_id = r.id
     GROUP BY 1, 2, 3, 4, 5
   ), expected AS (
     SELECT unit_id, service_id, channel, grain, bucket, element_code,
       sum(n1) AS n1, sum(n2) AS n2, sum(n3) AS n3, sum(n4) AS n4, sum(blank) AS blank
     FROM (${keyed('detail', ['element_code', ...TALLY_COUNTS])}) GROUP BY 1, 2, 3, 4, 5, 6
   )`,
);

const ROLLUP_COUNTS = ['respondents', 'flagged_fast', 'flagged_straightline'] as const;
const ROLLUP_SQL = compare(
  'response_rollups',
  KEY,
  ROLLUP_COUNTS,
  `WITH detail AS (
     SELECT r.unit_id, coalesce(r.service_id, 0) AS service_id, r.channel, r.local_day,
       count(*) AS respondents, count(*) FILTER (WHERE ${hasFlag('fast')}) AS flagged_fast,
       count(*) FILTER (WHERE ${hasFlag('straightline')}) AS flagged_straightline
     FROM responses r GROUP BY 1, 2, 3, 4
   ), expected AS (
     SELECT unit_id, service_id, channel, grain, bucket,
       sum(respondents) AS respondents, sum(flagged_fast) AS flagged_fast, sum(flagged_straightline) AS flagged_straightline
     FROM (${keyed('detail', ROLLUP_COUNTS)}) GROUP BY 1, 2, 3, 4, 5
   )`,
);

type Row = Record<string, string | number>;

function mismatch(row: Row, counts: readonly string[], withElement: boolean): TallyMismatch {
  const pick = (prefix: string) => Object.fromEntries(counts.map((c) => [c, Number(row[`${prefix}_${c}`])]));
  return {
    unitId: Number(row.unit_id),
    serviceId: Number(row.service_id),
    channel: String(row.channel),
    grain: row.grain === 'M' ? 'M' : 'D',
    bucket: String(row.bucket),
    elementCode: withElement ? String(row.element_code) : null,
    stored: pick('s'),
    recounted: pick('e'),
  };
}

export function verifyQuery(ctx: SqliteContext): TallyRepository['verify'] {
  return async () => {
    // One read transaction: both recounts see the same snapshot even while writers continue (WAL).
    const run = ctx.sqlite.transaction(() => [
      ...(ctx.statement(TALLY_SQL).all() as Row[]).map((r) => mismatch(r, TALLY_COUNTS, true)),
      ...(ctx.statement(ROLLUP_SQL).all() as Row[]).map((r) => mismatch(r, ROLLUP_COUNTS, false)),
    ]);
    return run.deferred();
  };
}
