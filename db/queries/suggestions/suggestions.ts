/**
 * Respondents' suggestions (responses.saran) read from the raw rows, newest first, with the same
 * scope filter as the exports and an optional word search. Each word of the search must appear
 * somewhere in the suggestion (LIKE, so ASCII letters match case-insensitively); `%`, `_` and `\`
 * in a word are matched literally. The words go in as one JSON array, so one prepared statement
 * serves any number of them.
 */
import { SUGGESTION_MAX_PAGE_SIZE, SUGGESTION_PAGE_SIZE } from '../../contracts/dashboard';
import type { SuggestionQuery, SuggestionRepository, SuggestionRow, TallyScope } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';
import { checkScope, rawFilter, unitFilter, type Filter } from '../tallies/scope';

/** As read: the instant is stored as epoch milliseconds. */
type StoredRow = Omit<SuggestionRow, 'submittedAt'> & { submittedAt: number };

/** Whitespace only is no suggestion: tabs, line breaks, (no-break and ideographic) spaces. */
const GIVEN = `r.saran IS NOT NULL AND trim(r.saran, char(9, 10, 11, 12, 13, 32, 160, 12288)) <> ''`;

const MATCHES_EVERY_WORD = `NOT EXISTS (SELECT 1 FROM json_each(?) w WHERE r.saran NOT LIKE w.value ESCAPE '\\')`;

const COLUMNS = `r.id AS responseId, r.client_id AS clientId, u.slug AS unit, s.slug AS service, r.channel AS channel,
  r.local_day AS localDay, r.submitted_at AS submittedAt, r.saran AS saran, c.id AS complaintId`;

const FROM = `responses r
  JOIN units u ON u.id = r.unit_id
  LEFT JOIN services s ON s.id = r.service_id
  LEFT JOIN complaints c ON c.source_response_id = r.id`;

/** The LIKE pattern of each word of a search: anywhere in the text, wildcards taken literally. */
export function searchPatterns(search: string | undefined): string[] {
  const words = (search ?? '').split(/\s+/u).filter((w) => w.length > 0);
  return [...new Set(words)].map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
}

/** The scope's WHERE over `responses r`, as the exports build it. */
function scopeFilter(scope: TallyScope): Filter {
  const unit = unitFilter(scope, 'r.unit_id');
  const raw = rawFilter(scope);
  return {
    sql: `${unit.sql} AND r.local_day BETWEEN ? AND ? AND ${raw.sql}`,
    params: [...unit.params, scope.from, scope.to, ...raw.params],
  };
}

function wholeNumber(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
}

/** The page asked for, within bounds: pages from 1, page sizes 1..SUGGESTION_MAX_PAGE_SIZE. */
export function pageOf(query: Pick<SuggestionQuery, 'page' | 'pageSize'>): { page: number; pageSize: number } {
  return {
    page: Math.max(1, wholeNumber(query.page, 1)),
    pageSize: Math.min(SUGGESTION_MAX_PAGE_SIZE, Math.max(1, wholeNumber(query.pageSize, SUGGESTION_PAGE_SIZE))),
  };
}

const toRow = (row: StoredRow): SuggestionRow => ({ ...row, submittedAt: new Date(row.submittedAt) });

export function suggestionQueries(ctx: SqliteContext): SuggestionRepository {
  return {
    async search(query) {
      const { page, pageSize } = pageOf(query);
      if (!checkScope(query)) return { rows: [], total: 0, page, pageSize };
      const scope = scopeFilter(query);
      const where = `${scope.sql} AND ${GIVEN} AND ${MATCHES_EVERY_WORD}`;
      const params = [...scope.params, JSON.stringify(searchPatterns(query.search))];
      const { total } = ctx.statement(`SELECT count(*) AS total FROM responses r WHERE ${where}`).get(params) as { total: number };
      const rows =
        total === 0
          ? []
          : (ctx
              .statement(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY r.submitted_at DESC, r.id DESC LIMIT ? OFFSET ?`)
              .all(...params, pageSize, (page - 1) * pageSize) as StoredRow[]);
      return { rows: rows.map(toRow), total, page, pageSize };
    },

    async byResponseId(responseId) {
      const row = ctx.statement(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = ? AND ${GIVEN}`).get(responseId) as StoredRow | undefined;
      return row && toRow(row);
    },
  };
}
