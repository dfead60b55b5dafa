/** The SQLite implementation of every repository, wired over one connection. */
import type BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sessionQueries } from '../queries/accounts/sessions';
import { userQueries } from '../queries/accounts/users';
import { auditQueries } from '../queries/audit/audit';
import { deviceQueries } from '../queries/devices/devices';
import { dashboardQueries } from '../queries/dashboard/dashboard';
import { elementCodesQuery, exportResponsesQuery } from '../queries/exports/responses';
import { followUpQueries } from '../queries/followups/followups';
import { instrumentQueries } from '../queries/instruments/instruments';
import { periodQueries } from '../queries/periods/periods';
import { countQuery } from '../queries/responses/count';
import { insertManyQuery } from '../queries/responses/insert-many';
import { GroupCommit } from '../queries/responses/group-commit';
import { receiptQuery } from '../queries/responses/receipt';
import { submitQuery } from '../queries/responses/submit';
import { submitBatchQuery } from '../queries/responses/submit-batch';
import { suggestionQueries } from '../queries/suggestions/suggestions';
import { organisationQueries } from '../queries/setup/organisations';
import { serviceQueries } from '../queries/setup/services';
import { unitQueries } from '../queries/setup/units';
import { readQuery } from '../queries/tallies/read';
import { scanQuery } from '../queries/tallies/scan';
import { verifyQuery } from '../queries/tallies/verify';
import { complaintQueries } from '../queries/complaints/complaints';
import { tokenQueries } from '../queries/tokens/tokens';
import { servedQueries } from '../queries/population/served';
import { transactionQueries } from '../queries/population/transactions';
import { integrationKeyQueries } from '../queries/integrations/keys';
import { calendarQueries } from '../queries/calendar/edits';
import type { Repositories } from '../repositories';
import * as schema from '../schema/sqlite';
import { statementCache, type SqliteContext } from './context';
import { Lookups } from './lookups';

export function sqliteContext(sqlite: BetterSqlite3.Database): SqliteContext {
  return { sqlite, orm: drizzle({ client: sqlite, schema }), lookups: new Lookups(sqlite), statement: statementCache(sqlite) };
}

export function sqliteRepositories(ctx: SqliteContext): Repositories {
  const submitBatch = submitBatchQuery(ctx);
  const group = new GroupCommit(submitBatch);
  return {
    audit: auditQueries(ctx),
    devices: deviceQueries(ctx),
    exports: { elementCodes: elementCodesQuery(ctx), responses: exportResponsesQuery(ctx) },
    organisations: organisationQueries(ctx),
    units: unitQueries(ctx),
    services: serviceQueries(ctx),
    instruments: instrumentQueries(ctx),
    periods: periodQueries(ctx),
    responses: {
      submit: submitQuery(ctx),
      insertMany: insertManyQuery(ctx),
      submitBatch,
      accept: (submission) => group.accept(submission),
      receipt: receiptQuery(ctx),
      count: countQuery(ctx),
    },
    tallies: { read: readQuery(ctx), scan: scanQuery(ctx), verify: verifyQuery(ctx) },
    dashboard: dashboardQueries(ctx),
    suggestions: suggestionQueries(ctx),
    tokens: tokenQueries(ctx),
    users: userQueries(ctx),
    sessions: sessionQueries(ctx),
    served: servedQueries(ctx),
    transactions: transactionQueries(ctx),
    integrationKeys: integrationKeyQueries(ctx),
    calendar: calendarQueries(ctx),
    complaints: complaintQueries(ctx),
    followUps: followUpQueries(ctx),
  };
}
