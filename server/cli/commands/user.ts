/**
 * `skm user create|list|disable|enable|password`: staff accounts from the machine's own terminal.
 * The command line runs as the machine's administrator (no sign-in); its changes are audited as "cli".
 */
import { t } from '../../../survey-kit';
import type { Database, User } from '../../../db/repositories';
import { createAccount, isRole, USERNAME_PATTERN } from '../../auth/accounts';
import { CLI_STAMP } from '../../auth/audit';
import { passwordMessage } from '../../auth/http';
import { hashPassword, passwordProblem } from '../../auth/password';
import { normaliseUsername } from '../../auth/service';
import { CliError, parseCommand, required, runError, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';

export async function userCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'create|list|disable|enable|password', command: 'skm user' });
  if (sub === '--help' || sub === '-h') {
    ctx.out(t(ctx.lang, 'auth.cli.help'));
    return 0;
  }
  switch (sub) {
    case 'create':
      return create(ctx, rest);
    case 'list':
      return list(ctx, rest);
    case 'disable':
    case 'enable':
      return toggle(ctx, sub, rest);
    case 'password':
      return password(ctx, rest);
    default:
      throw usageError(ctx, 'cli.unknownCommand', { command: `user ${sub}` });
  }
}

/** `--unit` may be repeated; parseCommand keeps one value per option, so units are taken out first. */
function takeUnits(argv: readonly string[]): { units: string[]; rest: string[]; missing: boolean } {
  const units: string[] = [];
  const rest: string[] = [];
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--unit') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) missing = true;
      else units.push(value);
      i++;
    } else if (arg.startsWith('--unit=')) units.push(arg.slice('--unit='.length));
    else rest.push(arg);
  }
  return { units, rest, missing };
}

/** Every refused field on its own line. */
function fieldErrors(ctx: CliContext, fields: Record<string, string>): CliError {
  return new CliError(Object.entries(fields).map(([field, message]) => t(ctx.lang, 'cli.error', { message: `${field}: ${message}` })));
}

async function readPassword(ctx: CliContext, username: string): Promise<string> {
  const secret = ctx.readSecret ? await ctx.readSecret(t(ctx.lang, 'auth.cli.passwordPrompt', { username })) : null;
  if (secret === null || secret === '') throw runError(ctx, 'auth.cli.noPassword');
  return secret;
}

async function create(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm user create';
  const { units, rest, missing } = takeUnits(argv);
  if (missing) throw usageError(ctx, 'cli.missingValue', { option: '--unit' });
  const args = parseCommand(ctx, command, rest, { username: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'auth.cli.help'));
    return 0;
  }
  const username = normaliseUsername(required(ctx, args, 'username', command));
  const role = required(ctx, args, 'role', command).trim().toLowerCase();
  // Refuse what can be refused before asking for a password.
  if (!USERNAME_PATTERN.test(username)) throw fieldErrors(ctx, { username: t(ctx.lang, 'auth.username.invalid') });
  if (!isRole(role)) throw fieldErrors(ctx, { role: t(ctx.lang, 'auth.role.invalid') });
  const secret = await readPassword(ctx, username);
  return withDatabase(ctx, async (db) => {
    const result = await createAccount(
      db,
      { username, role, password: secret, displayName: args.string('name'), units },
      { ...CLI_STAMP, at: ctx.now() },
      ctx.lang,
    );
    if (!result.ok) throw fieldErrors(ctx, result.fields);
    const unitList = result.units.length > 0 ? t(ctx.lang, 'auth.cli.createdUnits', { units: result.units.join(', ') }) : '';
    ctx.out(t(ctx.lang, 'auth.cli.created', { username: result.user.username, role: result.user.role, units: unitList }));
    return 0;
  });
}

async function unitSlugs(db: Database, user: User): Promise<string[]> {
  const units = await Promise.all((await db.users.unitIds(user.id)).map((id) => db.units.byId(id)));
  return units.flatMap((u) => (u ? [u.slug] : [])).sort();
}

async function list(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const args = parseCommand(ctx, 'skm user list', argv, { json: { type: 'boolean' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'auth.cli.help'));
    return 0;
  }
  return withDatabase(ctx, async (db) => {
    const rows = await Promise.all((await db.users.list()).map(async (u) => ({ user: u, units: await unitSlugs(db, u) })));
    if (args.flag('json')) {
      const json = rows.map(({ user, units }) => ({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        units,
        mustChangePassword: user.mustChangePassword,
        disabledAt: user.disabledAt?.toISOString() ?? null,
      }));
      ctx.out(JSON.stringify(json, null, 2));
      return 0;
    }
    if (rows.length === 0) {
      ctx.out(t(ctx.lang, 'auth.cli.none'));
      return 0;
    }
    const status = (u: User) =>
      t(ctx.lang, u.disabledAt ? 'auth.cli.status.disabled' : u.mustChangePassword ? 'auth.cli.status.mustChange' : 'auth.cli.status.active');
    const header = (['username', 'name', 'role', 'units', 'status'] as const).map((k) => t(ctx.lang, `auth.cli.col.${k}`));
    const body = rows.map(({ user, units }) => [user.username, user.displayName, user.role, units.join(', ') || '–', status(user)]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    ctx.out(line(header));
    ctx.out(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of body) ctx.out(line(row));
    return 0;
  });
}

async function findUser(ctx: CliContext, db: Database, name: string): Promise<User> {
  const user = await db.users.byUsername(normaliseUsername(name));
  if (!user) throw runError(ctx, 'auth.user.notFound', { username: name });
  return user;
}

/** The one NAME of `skm user disable|enable|password NAME`; null after printing the help. */
function accountName(ctx: CliContext, command: string, argv: readonly string[]): string | null {
  const args = parseCommand(ctx, command, argv, {}, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'auth.cli.help'));
    return null;
  }
  const name = args.positionals[0];
  if (name === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'NAME', command });
  return name;
}

async function toggle(ctx: CliContext, sub: 'disable' | 'enable', argv: readonly string[]): Promise<number> {
  const name = accountName(ctx, `skm user ${sub}`, argv);
  if (name === null) return 0;
  return withDatabase(ctx, async (db) => {
    const user = await findUser(ctx, db, name);
    const stamp = { ...CLI_STAMP, at: ctx.now() };
    if (sub === 'disable') {
      if (!(await db.users.disable(user.id, ctx.now(), stamp))) throw runError(ctx, 'auth.cli.alreadyDisabled', { username: user.username });
      ctx.out(t(ctx.lang, 'auth.cli.disabled', { username: user.username }));
    } else {
      if (!(await db.users.enable(user.id, stamp))) throw runError(ctx, 'auth.cli.notDisabled', { username: user.username });
      ctx.out(t(ctx.lang, 'auth.cli.enabled', { username: user.username }));
    }
    return 0;
  });
}

async function password(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const name = accountName(ctx, 'skm user password', argv);
  if (name === null) return 0;
  return withDatabase(ctx, async (db) => {
    const user = await findUser(ctx, db, name);
    const secret = await readPassword(ctx, user.username);
    const problem = passwordProblem(secret, user.username);
    if (problem) throw fieldErrors(ctx, { password: passwordMessage(ctx.lang, problem) });
    const at = ctx.now();
    await db.users.setPassword(user.id, { passwordHash: await hashPassword(secret), mustChangePassword: false, at }, { ...CLI_STAMP, at });
    ctx.out(t(ctx.lang, 'auth.cli.passwordSet', { username: user.username }));
    return 0;
  });
}
