/** Dispatches `skm <command>`; returns the exit code instead of exiting (tests call it too). */
import { t } from '../../survey-kit';
import type { Lang } from '../../survey-kit';
import { ikmCommand } from './commands/ikm';
import { importCommand } from './commands/import';
import { sampleCommand } from './commands/sample';
import { talliesCommand } from './commands/tallies';
import { serviceCommand, unitCommand } from './commands/unit';
import { CliError, usageError } from './context';
import type { CliContext } from './context';

const COMMANDS: Readonly<Record<string, (ctx: CliContext, argv: readonly string[]) => Promise<number>>> = {
  ikm: ikmCommand,
  import: importCommand,
  sample: sampleCommand,
  unit: unitCommand,
  service: serviceCommand,
  tallies: talliesCommand,
};

export interface RunIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
}

/**
 * The language is read before anything else so that even an error about the other arguments
 * is in the requested language. `--lang` is accepted anywhere on the line.
 */
function readLang(argv: readonly string[]): { lang: Lang; invalid?: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    return value === 'id' || value === 'en' ? { lang: value } : { lang: 'id', invalid: value };
  }
  return { lang: 'id' };
}

export async function run(argv: readonly string[], io: RunIo): Promise<number> {
  const { lang, invalid } = readLang(argv);
  const ctx: CliContext = { lang, out: io.out, err: io.err, env: io.env, now: io.now ?? (() => new Date()) };
  try {
    if (invalid !== undefined) throw usageError(ctx, 'cli.invalidLang', { value: invalid });
    const [command, ...rest] = argv;
    const isLangOption = command === '--lang' || command?.startsWith('--lang=');
    if (isLangOption) {
      // `skm --lang en ikm …`: the language came first.
      const skip = command === '--lang' ? 2 : 1;
      if (argv.length < skip) throw usageError(ctx, 'cli.missingValue', { option: '--lang' });
      return await run([...argv.slice(skip), ...argv.slice(0, skip)], io);
    }
    if (command === undefined) throw usageError(ctx, 'cli.noCommand');
    if (command === '--help' || command === '-h' || command === 'help') {
      ctx.out(t(lang, 'cli.help.main'));
      return 0;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw usageError(ctx, 'cli.unknownCommand', { command });
    return await handler(ctx, rest);
  } catch (err) {
    if (err instanceof CliError) {
      for (const line of err.lines) ctx.err(line);
      return err.exitCode;
    }
    ctx.err(t(lang, 'cli.error', { message: t(lang, 'cli.unexpected', { detail: (err as Error).message ?? String(err) }) }));
    if (io.env.SKM_DEBUG) ctx.err((err as Error).stack ?? '');
    return 1;
  }
}
