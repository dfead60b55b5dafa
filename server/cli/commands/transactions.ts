/** `skm transactions import --unit SLUG FILE`: a licensing system's export of service transactions, all or nothing. */
import { basename } from 'node:path';
import { t } from '../../../survey-kit';
import { CLI_STAMP } from '../../auth/audit';
import { readTable } from '../../import/read-table';
import { batchLabel, issueLine, storeTransactions } from '../../population/import';
import { checkTransactionTable } from '../../population/read-transactions';
import { checkSlug, CliError, parseCommand, required, usageError } from '../context';
import type { CliContext } from '../context';
import { findUnit, withDatabase } from '../database';
import { oneLine, readTableOrFail } from './shared';

const OPTIONS = { unit: { type: 'string' }, json: { type: 'boolean' } } as const;

export async function transactionsCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    ctx.out(t(ctx.lang, 'population.cli.help'));
    return 0;
  }
  if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'import', command: 'skm transactions' });
  if (sub !== 'import') throw usageError(ctx, 'cli.unknownCommand', { command: `transactions ${sub}` });
  const command = 'skm transactions import';
  const args = parseCommand(ctx, command, rest, OPTIONS, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'population.cli.help'));
    return 0;
  }
  const unitSlug = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const file = args.positionals[0];
  if (file === undefined) throw usageError(ctx, 'cli.missingArgument', { what: ctx.lang === 'id' ? 'BERKAS' : 'FILE', command });

  const table = await readTableOrFail(ctx, () => readTable(file));
  return withDatabase(ctx, async (db) => {
    const unit = await findUnit(ctx, db, unitSlug);
    const at = ctx.now();
    const parsed = checkTransactionTable(unit, await db.services.listByUnit(unit.id), table);
    const stored = await storeTransactions(db, parsed, { source: 'import', batch: batchLabel('cli', basename(file), at) }, { ...CLI_STAMP, at });
    if (!stored.ok) {
      throw new CliError([...stored.issues.map((i) => oneLine(issueLine(ctx.lang, i))), t(ctx.lang, 'population.cli.rejected', { count: stored.issues.length })]);
    }
    if (args.flag('json')) ctx.out(JSON.stringify({ unit: unit.slug, ...stored.result }));
    else ctx.out(t(ctx.lang, 'population.cli.done', { ...stored.result, unit: unit.slug }));
    return 0;
  });
}
