/** `skm complaints purge`: erases complainants' contacts past their organisation's retention period now (the server also does it daily). */
import { t } from '../../../survey-kit';
import { CLI_STAMP } from '../../auth/audit';
import { purgeContacts } from '../../complaints/retention';
import { parseCommand, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';

export async function complaintsCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    ctx.out(t(ctx.lang, 'complaints.cli.help'));
    return 0;
  }
  if (sub !== 'purge') {
    if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'purge', command: 'skm complaints' });
    throw usageError(ctx, 'cli.unknownCommand', { command: `complaints ${sub}` });
  }
  const args = parseCommand(ctx, 'skm complaints purge', rest, { json: { type: 'boolean' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'complaints.cli.help'));
    return 0;
  }
  return withDatabase(ctx, async (db) => {
    const results = await purgeContacts(db, ctx.now(), CLI_STAMP);
    if (args.flag('json')) ctx.out(JSON.stringify({ organisations: results }));
    else for (const r of results) ctx.out(t(ctx.lang, 'complaints.cli.purged', { organisation: r.organisation, count: r.erased, days: r.retentionDays }));
    return 0;
  });
}
