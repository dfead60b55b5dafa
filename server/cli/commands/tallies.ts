/** `skm tallies verify`: the pre-aggregated tallies against a recount of the raw responses. */
import { t } from '../../../survey-kit';
import { CliError, parseCommand, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';

export async function talliesCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    ctx.out(t(ctx.lang, 'cli.help.tallies'));
    return 0;
  }
  if (sub !== 'verify') {
    if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'verify', command: 'skm tallies' });
    throw usageError(ctx, 'cli.unknownCommand', { command: `tallies ${sub}` });
  }
  const args = parseCommand(ctx, 'skm tallies verify', rest, { json: { type: 'boolean' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.tallies'));
    return 0;
  }
  return withDatabase(ctx, async (db) => {
    const mismatches = await db.tallies.verify();
    if (args.flag('json')) {
      ctx.out(JSON.stringify({ ok: mismatches.length === 0, mismatches }));
      return mismatches.length === 0 ? 0 : 1;
    }
    if (mismatches.length === 0) {
      ctx.out(t(ctx.lang, 'cli.verify.ok', { responses: await db.responses.count() }));
      return 0;
    }
    throw new CliError([
      t(ctx.lang, 'cli.verify.mismatch', { count: mismatches.length }),
      ...mismatches.map((m) =>
        t(ctx.lang, 'cli.verify.row', {
          unit: m.unitId,
          service: m.serviceId,
          channel: m.channel,
          grain: m.grain,
          bucket: m.bucket,
          element: m.elementCode ?? (m.profile ? `${m.profile.field}=${m.profile.value}` : '*'),
          stored: JSON.stringify(m.stored),
          recounted: JSON.stringify(m.recounted),
        }),
      ),
    ]);
  });
}
