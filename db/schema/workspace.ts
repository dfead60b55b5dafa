/** Tables of the secretariat workspace (issue 4): the respondent-profile rollup behind the dashboard. */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Respondents per profile value, same key as response_rollups plus (field, value), updated in the
 * same transaction as every response. field ∈ survey-kit PROFILE_FIELDS; value is the code counted
 * by survey-kit `profileValues` ('-' = not given; age is stored as its band). WITHOUT ROWID
 * (hand-added to migration 0006).
 */
export const profileRollups = sqliteTable(
  'profile_rollups',
  {
    unitId: integer('unit_id').notNull(),
    serviceId: integer('service_id').notNull(),
    channel: text('channel').notNull(),
    grain: text('grain', { enum: ['D', 'M'] }).notNull(),
    bucket: text('bucket').notNull(),
    field: text('field', { enum: ['sex', 'age', 'education', 'occupation'] }).notNull(),
    value: text('value').notNull(),
    respondents: integer('respondents').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.grain, t.channel, t.serviceId, t.bucket, t.field, t.value] })],
);

export type ProfileRollupRow = typeof profileRollups.$inferSelect;
