/**
 * What every `skm` command receives, and the argument checks they share. Commands never write
 * to process streams directly, so that tests can run them in process as well as in a child.
 */
import { parseArgs } from 'node:util';
import { isValidDay, t, TIME_ZONES } from '../../survey-kit';
import type { IndonesianTimeZone, Lang, MessageKey, MessageParams } from '../../survey-kit';

export interface CliContext {
  lang: Lang;
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** One line of secret input (a password): hidden on a terminal, else stdin's first line; null = none. */
  readSecret?(prompt: string): Promise<string | null>;
}

/** Ends a command: every line goes to stderr, the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly exitCode: number = 1,
  ) {
    super(lines.join('\n'));
    this.name = 'CliError';
  }
}

/** A one-line problem with the command line itself (exit code 2, as usual for usage errors). */
export function usageError(ctx: CliContext, key: MessageKey, params?: MessageParams): CliError {
  return new CliError([t(ctx.lang, 'cli.error', { message: t(ctx.lang, key, params) })], 2);
}

/** A one-line problem found while running (exit code 1). */
export function runError(ctx: CliContext, key: MessageKey, params?: MessageParams): CliError {
  return new CliError([t(ctx.lang, 'cli.error', { message: t(ctx.lang, key, params) })], 1);
}

export type OptionSpec = Readonly<Record<string, { type: 'string' | 'boolean' }>>;

export interface ParsedArgs {
  help: boolean;
  positionals: string[];
  string(name: string): string | undefined;
  flag(name: string): boolean;
}

// --lang is taken out of the arguments by run() before a command parses them.
const GLOBAL: OptionSpec = { help: { type: 'boolean' } };

/**
 * node:util parseArgs in non-strict mode, with the strict checks redone here so that every
 * message comes from the catalogue (parseArgs' own errors are English only).
 */
export function parseCommand(
  ctx: CliContext,
  command: string,
  args: readonly string[],
  options: OptionSpec,
  maxPositionals: number,
): ParsedArgs {
  const spec = { ...GLOBAL, ...options };
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...spec, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (positionals.length >= maxPositionals) throw usageError(ctx, 'cli.unexpectedArgument', { value: token.value, command });
      positionals.push(token.value);
      continue;
    }
    const def = spec[token.name];
    if (!def) throw usageError(ctx, 'cli.unknownOption', { option: token.rawName, command });
    if (def.type === 'boolean') {
      if (token.value !== undefined) throw usageError(ctx, 'cli.unexpectedValue', { option: token.rawName });
      values.set(token.name, true);
    } else {
      // Non-strict parseArgs takes the next argument even when it is another option.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
        throw usageError(ctx, 'cli.missingValue', { option: token.rawName });
      }
      values.set(token.name, token.value);
    }
  }
  return {
    help: values.get('help') === true,
    positionals,
    string: (name) => {
      const v = values.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    flag: (name) => values.get(name) === true,
  };
}

export function required(ctx: CliContext, args: ParsedArgs, name: string, command: string): string {
  const v = args.string(name);
  if (v === undefined) throw usageError(ctx, 'cli.missingOption', { option: `--${name}`, command });
  return v;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function checkSlug(ctx: CliContext, option: string, value: string): string {
  if (!SLUG.test(value)) throw usageError(ctx, 'cli.invalidSlug', { option, value });
  return value;
}

export function checkTimeZone(ctx: CliContext, value: string): IndonesianTimeZone {
  const tz = TIME_ZONES.find((z) => z === value);
  if (!tz) throw usageError(ctx, 'cli.invalidTimeZone', { value, values: TIME_ZONES.join(', ') });
  return tz;
}

export function checkPositiveInt(ctx: CliContext, option: string, value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw usageError(ctx, 'cli.invalidPositive', { option, value });
  return n;
}

export function checkDay(ctx: CliContext, option: string, value: string): string {
  if (!isValidDay(value)) throw usageError(ctx, 'cli.invalidDay', { option, value });
  return value;
}

export function checkName(ctx: CliContext, value: string): string {
  const name = value.trim();
  if (name === '') throw usageError(ctx, 'cli.emptyName');
  return name;
}
