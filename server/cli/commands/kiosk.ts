/** `skm kiosk pair | list | revoke`: pairing kiosk tablets from the server's terminal. */
import { t } from '../../../survey-kit';
import type { Database, Device, DeviceSettings } from '../../../db/repositories';
import { CLI_STAMP } from '../../auth/audit';
import { createPairing, IDLE_SECONDS, NAME_MAX, THANKS_SECONDS } from '../../kiosk/pairing';
import { PAIRING_TTL_MINUTES } from '../../kiosk/pairing-code';
import { hashPin, isValidPin } from '../../kiosk/pin';
import { isLocalUrl, normaliseBaseUrl } from '../../qr/link';
import { checkName, checkPositiveInt, checkSlug, parseCommand, required, runError, usageError } from '../context';
import type { CliContext } from '../context';
import { findUnit, withDatabase } from '../database';

export async function kioskCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'pair') return pair(ctx, rest);
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'revoke') return revoke(ctx, rest);
  if (sub === 'set') return set(ctx, rest);
  if (sub === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'pair|list|set|revoke', command: 'skm kiosk' });
  if (sub === '--help' || sub === '-h') {
    ctx.out(t(ctx.lang, 'kiosk.help'));
    return 0;
  }
  throw usageError(ctx, 'cli.unknownCommand', { command: `kiosk ${sub}` });
}

function seconds(ctx: CliContext, option: string, value: string | undefined, bounds: { min: number; max: number }): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= bounds.min && n <= bounds.max)) throw usageError(ctx, 'kiosk.cli.invalidSeconds', { option, value, ...bounds });
  return n;
}

/** --base-url, else PUAS_PUBLIC_URL, else where the server listens by default (then a warning follows). */
function baseUrl(ctx: CliContext, option: string | undefined): string {
  for (const [raw, key] of [[option, 'qr.cli.invalidBaseUrl'], [ctx.env.PUAS_PUBLIC_URL, 'qr.cli.invalidEnvUrl']] as const) {
    if (raw === undefined || raw.trim() === '') continue;
    const base = normaliseBaseUrl(raw);
    if (base === null) throw usageError(ctx, key, { value: raw });
    return base;
  }
  const host = ctx.env.HOST && ctx.env.HOST !== '0.0.0.0' && ctx.env.HOST !== '::' ? ctx.env.HOST : 'localhost';
  const port = ctx.env.PORT && /^\d+$/.test(ctx.env.PORT) ? ctx.env.PORT : '3000';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

const ZONE_NAMES: Readonly<Record<string, string>> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** "2026-03-10 10:15 WITA": the unit's wall-clock time, which is what the operator's watch shows. */
export function localTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}

async function pair(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm kiosk pair';
  const args = parseCommand(
    ctx,
    command,
    argv,
    {
      unit: { type: 'string' },
      service: { type: 'string' },
      name: { type: 'string' },
      pin: { type: 'string' },
      idle: { type: 'string' },
      thanks: { type: 'string' },
      'base-url': { type: 'string' },
    },
    0,
  );
  if (args.help) {
    ctx.out(t(ctx.lang, 'kiosk.help'));
    return 0;
  }
  const unit = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const serviceArg = args.string('service');
  const service = serviceArg === undefined ? undefined : checkSlug(ctx, '--service', serviceArg);
  const nameArg = args.string('name');
  const name = nameArg === undefined ? undefined : checkName(ctx, nameArg);
  if (name !== undefined && name.length > NAME_MAX) throw usageError(ctx, 'kiosk.cli.nameTooLong', { max: NAME_MAX });
  const pin = args.string('pin');
  if (pin !== undefined && !isValidPin(pin)) throw usageError(ctx, 'kiosk.cli.invalidPin');
  const idleSeconds = seconds(ctx, '--idle', args.string('idle'), IDLE_SECONDS);
  const thanksSeconds = seconds(ctx, '--thanks', args.string('thanks'), THANKS_SECONDS);
  const url = `${baseUrl(ctx, args.string('base-url'))}/kiosk`;

  return withDatabase(ctx, async (db) => {
    const result = await createPairing(db, { unit, service, name, pin, idleSeconds, thanksSeconds }, ctx.now(), CLI_STAMP);
    if (!result.ok) {
      throw result.missing === 'unit'
        ? runError(ctx, 'paper.unitNotFound', { unit })
        : runError(ctx, 'paper.serviceNotFound', { unit, service: service ?? '' });
    }
    const p = result.pairing;
    const lang = ctx.lang;
    ctx.out(t(lang, 'kiosk.cli.code', { code: p.code }));
    ctx.out(t(lang, 'kiosk.cli.expires', { time: localTime(p.expiresAt, p.unit.timeZone), minutes: PAIRING_TTL_MINUTES }));
    ctx.out(
      t(lang, 'kiosk.cli.target', {
        unit: `${p.unit.slug} (${p.unit.name})`,
        service: p.service ? t(lang, 'kiosk.cli.serviceSuffix', { service: `${p.service.slug} (${p.service.name})` }) : '',
        name: p.name,
        idle: p.idleSeconds,
        thanks: p.thanksSeconds,
      }),
    );
    ctx.out(t(lang, 'kiosk.cli.open', { url }));
    if (p.generatedPin !== null) ctx.out(t(lang, 'kiosk.cli.pin', { pin: p.generatedPin }));
    if (isLocalUrl(url)) ctx.err(t(lang, 'kiosk.cli.localWarning', { url }));
    return 0;
  });
}

async function list(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm kiosk list';
  const args = parseCommand(ctx, command, argv, { unit: { type: 'string' } }, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'kiosk.help'));
    return 0;
  }
  const unitArg = args.string('unit');
  const unitSlug = unitArg === undefined ? undefined : checkSlug(ctx, '--unit', unitArg);
  return withDatabase(ctx, async (db) => {
    const unit = unitSlug === undefined ? undefined : await findUnit(ctx, db, unitSlug);
    const devices = await db.devices.list(unit?.id);
    if (devices.length === 0) {
      ctx.out(t(ctx.lang, 'kiosk.cli.none'));
      return 0;
    }
    ctx.out(t(ctx.lang, 'kiosk.cli.header'));
    for (const d of devices) ctx.out(await row(ctx, db, d));
    return 0;
  });
}

async function row(ctx: CliContext, db: Database, d: Device): Promise<string> {
  const unit = await db.units.byId(d.unitId);
  const tz = unit?.timeZone ?? 'Asia/Jakarta';
  const service = d.serviceId === null || !unit ? undefined : (await db.services.listByUnit(unit.id)).find((s) => s.id === d.serviceId);
  return t(ctx.lang, 'kiosk.cli.row', {
    id: d.id,
    name: d.name,
    unit: unit?.slug ?? String(d.unitId),
    service: service?.slug ?? t(ctx.lang, 'kiosk.cli.allServices'),
    seen: d.lastSeenAt ? localTime(d.lastSeenAt, tz) : t(ctx.lang, 'kiosk.cli.never'),
    waiting: d.waiting,
    rejected: d.rejected,
    status: d.revokedAt ? t(ctx.lang, 'kiosk.cli.revokedAt', { time: localTime(d.revokedAt, tz) }) : t(ctx.lang, 'kiosk.cli.active'),
  });
}

async function revoke(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm kiosk revoke';
  const args = parseCommand(ctx, command, argv, {}, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'kiosk.help'));
    return 0;
  }
  const raw = args.positionals[0];
  if (raw === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'ID', command });
  const id = checkPositiveInt(ctx, 'ID', raw);
  return withDatabase(ctx, async (db) => {
    const device = await db.devices.byId(id);
    if (!device) throw runError(ctx, 'kiosk.cli.notFound', { id });
    const changed = await db.devices.revoke(id, ctx.now(), CLI_STAMP);
    ctx.out(t(ctx.lang, changed ? 'kiosk.cli.revoked' : 'kiosk.cli.alreadyRevoked', { id, name: device.name }));
    return 0;
  });
}

async function set(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm kiosk set';
  const args = parseCommand(ctx, command, argv, { name: { type: 'string' }, pin: { type: 'string' }, idle: { type: 'string' }, thanks: { type: 'string' } }, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'kiosk.help'));
    return 0;
  }
  const raw = args.positionals[0];
  if (raw === undefined) throw usageError(ctx, 'cli.missingArgument', { what: 'ID', command });
  const id = checkPositiveInt(ctx, 'ID', raw);
  const settings: DeviceSettings = {};
  const name = args.string('name');
  if (name !== undefined) {
    settings.name = checkName(ctx, name);
    if (settings.name.length > NAME_MAX) throw usageError(ctx, 'kiosk.cli.nameTooLong', { max: NAME_MAX });
  }
  const pin = args.string('pin');
  if (pin !== undefined && !isValidPin(pin)) throw usageError(ctx, 'kiosk.cli.invalidPin');
  const idle = seconds(ctx, '--idle', args.string('idle'), IDLE_SECONDS);
  if (idle !== undefined) settings.idleSeconds = idle;
  const thanks = seconds(ctx, '--thanks', args.string('thanks'), THANKS_SECONDS);
  if (thanks !== undefined) settings.thanksSeconds = thanks;
  if (pin !== undefined) settings.exitPinHash = await hashPin(pin);
  if (Object.keys(settings).length === 0) throw usageError(ctx, 'cli.missingArgument', { what: '--name|--pin|--idle|--thanks', command });
  return withDatabase(ctx, async (db) => {
    const device = await db.devices.updateSettings(id, settings);
    if (!device) throw runError(ctx, 'kiosk.cli.notFound', { id });
    ctx.out(t(ctx.lang, 'kiosk.cli.updated', { id, name: device.name, idle: device.idleSeconds, thanks: device.thanksSeconds }));
    return 0;
  });
}
