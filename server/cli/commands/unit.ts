/** `skm unit add` and `skm service add`: setting up an office from a terminal. */
import { t } from '../../../survey-kit';
import type { IndonesianTimeZone } from '../../../survey-kit';
import type { Database, Organisation } from '../../../db/repositories';
import { checkName, checkPositiveInt, checkSlug, checkTimeZone, parseCommand, required, runError, usageError } from '../context';
import type { CliContext } from '../context';
import { findUnit, withDatabase } from '../database';

const DEFAULT_ORG_SLUG = 'organisasi';

export async function unitCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  return subcommand(ctx, 'unit', argv, 'cli.help.unit', unitAdd);
}

export async function serviceCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  return subcommand(ctx, 'service', argv, 'cli.help.service', serviceAdd);
}

async function subcommand(
  ctx: CliContext,
  group: 'unit' | 'service',
  argv: readonly string[],
  help: 'cli.help.unit' | 'cli.help.service',
  add: (ctx: CliContext, argv: readonly string[]) => Promise<number>,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'add') return add(ctx, rest);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'add', command: `skm ${group}` });
    ctx.out(t(ctx.lang, help));
    return 0;
  }
  throw usageError(ctx, 'cli.unknownCommand', { command: `${group} ${sub}` });
}

async function unitAdd(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm unit add';
  const args = parseCommand(ctx, command, argv, { slug: { type: 'string' }, name: { type: 'string' }, tz: { type: 'string' }, org: { type: 'string' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.unit'));
    return 0;
  }
  const slug = checkSlug(ctx, '--slug', required(ctx, args, 'slug', command));
  const name = checkName(ctx, required(ctx, args, 'name', command));
  const tzArg = args.string('tz');
  const tz = tzArg === undefined ? undefined : checkTimeZone(ctx, tzArg);
  const orgSlug = args.string('org');
  if (orgSlug !== undefined) checkSlug(ctx, '--org', orgSlug);

  return withDatabase(ctx, async (db) => {
    if (await db.units.bySlug(slug)) throw runError(ctx, 'cli.unitExists', { slug });
    const org = await organisationFor(ctx, db, orgSlug, tz);
    const timeZone = tz ?? (org.defaultTimeZone as IndonesianTimeZone);
    const unit = await db.units.create({ organisationId: org.id, slug, name, timeZone });
    ctx.out(t(ctx.lang, 'cli.unit.created', { slug: unit.slug, name: unit.name, org: org.slug, tz: unit.timeZone }));
    return 0;
  });
}

/** The named organisation; else the only real (non-demo) one; else a new default one. */
async function organisationFor(
  ctx: CliContext,
  db: Database,
  slug: string | undefined,
  tz: IndonesianTimeZone | undefined,
): Promise<Organisation> {
  if (slug !== undefined) {
    const org = await db.organisations.bySlug(slug);
    if (!org) throw runError(ctx, 'cli.orgNotFound', { org: slug });
    return org;
  }
  const real = (await db.organisations.list()).filter((o) => !o.isDemo);
  if (real.length > 1) throw runError(ctx, 'cli.orgAmbiguous', { orgs: real.map((o) => o.slug).join(', ') });
  if (real[0]) return real[0];
  // The demo organisation may hold the default slug; a real office gets its own.
  const taken = await db.organisations.bySlug(DEFAULT_ORG_SLUG);
  const org = await db.organisations.create({
    slug: taken ? `${DEFAULT_ORG_SLUG}-1` : DEFAULT_ORG_SLUG,
    name: t(ctx.lang, 'cli.org.defaultName'),
    defaultTimeZone: tz ?? 'Asia/Jakarta',
  });
  ctx.out(t(ctx.lang, 'cli.org.created', { slug: org.slug, name: org.name }));
  return org;
}

async function serviceAdd(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm service add';
  const args = parseCommand(
    ctx,
    command,
    argv,
    { unit: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' }, 'standard-days': { type: 'string' } },
    0,
  );
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.service'));
    return 0;
  }
  const unitSlug = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const slug = checkSlug(ctx, '--slug', required(ctx, args, 'slug', command));
  const name = checkName(ctx, required(ctx, args, 'name', command));
  const daysArg = args.string('standard-days');
  const standardDays = daysArg === undefined ? null : checkPositiveInt(ctx, '--standard-days', daysArg);

  return withDatabase(ctx, async (db) => {
    const unit = await findUnit(ctx, db, unitSlug);
    if (await db.services.bySlug(unit.id, slug)) throw runError(ctx, 'cli.serviceExists', { slug, unit: unit.slug });
    const service = await db.services.create({ unitId: unit.id, slug, name, standardDays });
    const days = service.standardDays === null ? '' : t(ctx.lang, 'cli.service.days', { days: service.standardDays });
    ctx.out(t(ctx.lang, 'cli.service.created', { slug: service.slug, name: service.name, unit: unit.slug, days }));
    return 0;
  });
}
