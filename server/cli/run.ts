/** Dispatches `skm <command>`; returns the exit code instead of exiting (tests call it too). */
import { t } from '../../survey-kit';
import type { Lang } from '../../survey-kit';
import { CliError, usageError } from './context';
import type { CliContext } from './context';

type Command = (ctx: CliContext, argv: readonly string[]) => Promise<number>;

// Loaded on demand: `skm sample` or `--help` should not pay for exceljs and the database driver.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  ikm: async () => (await import('./commands/ikm')).ikmCommand,
  import: async () => (await import('./commands/import')).importCommand,
  sample: async () => (await import('./commands/sample')).sampleCommand,
  unit: async () => (await import('./commands/unit')).unitCommand,
  service: async () => (await import('./commands/unit')).serviceCommand,
  tallies: async () => (await import('./commands/tallies')).talliesCommand,
  qr: async () => (await import('./commands/qr')).qrCommand,
  tokens: async () => (await import('./commands/tokens')).tokensCommand,
  kiosk: async () => (await import('./commands/kiosk')).kioskCommand,
  user: async () => (await import('./commands/user')).userCommand,
  complaints: async () => (await import('./commands/complaints')).complaintsCommand,
  transactions: async () => (await import('./commands/transactions')).transactionsCommand,
};

export interface RunIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
  readSecret?: (prompt: string) => Promise<string | null>;
}

/**
 * The language is read, and taken out of the arguments, before anything else, so that even an
 * error about the other arguments is in the requested language. `--lang` may stand anywhere.
 */
function takeLang(argv: readonly string[]): { lang: Lang; invalid?: string; missing?: boolean; rest: string[] } {
  const rest: string[] = [];
  let found: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) missing = true;
      else {
        found = value;
        i++;
      }
    } else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (found === undefined) return { lang: 'id', missing, rest };
  return found === 'id' || found === 'en' ? { lang: found, missing, rest } : { lang: 'id', invalid: found, rest };
}

export async function run(argv: readonly string[], io: RunIo): Promise<number> {
  const { lang, invalid, missing, rest: args } = takeLang(argv);
  const ctx: CliContext = { lang, out: io.out, err: io.err, env: io.env, now: io.now ?? (() => new Date()), ...(io.readSecret ? { readSecret: io.readSecret } : {}) };
  try {
    if (invalid !== undefined) throw usageError(ctx, 'cli.invalidLang', { value: invalid });
    if (missing) throw usageError(ctx, 'cli.missingValue', { option: '--lang' });
    const [command, ...rest] = args;
    if (command === undefined) throw usageError(ctx, 'cli.noCommand');
    if (command === '--help' || command === '-h' || command === 'help') {
      ctx.out(t(lang, 'cli.help.main'));
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw usageError(ctx, 'cli.unknownCommand', { command });
    return await (await load())(ctx, rest);
  } catch (err) {
    if (err instanceof CliError) {
      for (const line of err.lines) ctx.err(line);
      return err.exitCode;
    }
    const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
    ctx.err(t(lang, 'cli.error', { message: t(lang, 'cli.unexpected', { detail }) }));
    if (io.env.SKM_DEBUG) ctx.err((err as Error).stack ?? '');
    return 1;
  }
}
