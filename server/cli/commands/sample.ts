/** `skm sample N`: the Krejcie–Morgan minimum sample. */
import { krejcieMorgan, t } from '../../../survey-kit';
import { checkPositiveInt, parseCommand, usageError } from '../context';
import type { CliContext } from '../context';
import { formatNumber } from '../format';

export async function sampleCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm sample';
  const args = parseCommand(ctx, command, argv, { json: { type: 'boolean' } }, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.sample'));
    return 0;
  }
  const raw = args.positionals[0];
  if (raw === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'N', command });
  const population = checkPositiveInt(ctx, 'N', raw);
  const sample = krejcieMorgan(population);
  if (args.flag('json')) ctx.out(JSON.stringify({ population, sample }));
  else {
    ctx.out(
      t(ctx.lang, 'cli.sample.result', {
        population: formatNumber(ctx.lang, population, 0),
        sample: formatNumber(ctx.lang, sample, 0),
      }),
    );
  }
  return 0;
}
