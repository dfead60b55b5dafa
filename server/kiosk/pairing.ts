/**
 * Pairing a kiosk, shared by `skm kiosk pair` and the admin API: an operator makes a code for a
 * unit (and optionally a service), the tablet redeems it for its device credential.
 */
import type { AuditStamp, Database, Device, Service, Unit } from '../../db/repositories';
import { localDay } from '../../survey-kit/time/index';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import type { Instrument } from '../../survey-kit/types';
import { hashCredential, newCredential } from './credentials';
import { hashPairingCode, newPairingCode, normalisePairingCode, PAIRING_TTL_MINUTES } from './pairing-code';
import { hashPin, newPin } from './pin';

/** Bounds of the kiosk timeouts, in seconds (the same as the survey element accepts sensibly). */
export const IDLE_SECONDS = { min: 5, max: 3600, default: 60 } as const;
export const THANKS_SECONDS = { min: 2, max: 600, default: 8 } as const;
export const NAME_MAX = 80;

export interface PairingRequest {
  unit: string;
  service?: string | undefined;
  name?: string | undefined;
  /** Staff exit PIN (4–8 digits, already checked); a random one is made when absent. */
  pin?: string | undefined;
  idleSeconds?: number | undefined;
  thanksSeconds?: number | undefined;
  ttlMinutes?: number | undefined;
}

export interface CreatedPairing {
  /** Shown once, e.g. "K7M-Q2X"; only its hash is stored. */
  code: string;
  expiresAt: Date;
  unit: Unit;
  service: Service | null;
  name: string;
  /** The PIN made for this pairing; null when the operator chose one. */
  generatedPin: string | null;
  idleSeconds: number;
  thanksSeconds: number;
}

export type PairingLookup = { ok: true; pairing: CreatedPairing } | { ok: false; missing: 'unit' | 'service' };

/** `by`: who asked (the code's creation is audited with it). */
export async function createPairing(db: Database, request: PairingRequest, now: Date, by?: AuditStamp): Promise<PairingLookup> {
  const unit = await db.units.bySlug(request.unit);
  if (!unit) return { ok: false, missing: 'unit' };
  let service: Service | null = null;
  if (request.service !== undefined) {
    service = (await db.services.bySlug(unit.id, request.service)) ?? null;
    if (!service) return { ok: false, missing: 'service' };
  }
  const name = request.name?.trim() || `Kiosk ${(await db.devices.list(unit.id)).length + 1}`;
  const generatedPin = request.pin === undefined ? newPin() : null;
  const exitPinHash = await hashPin(request.pin ?? generatedPin!);
  const idleSeconds = request.idleSeconds ?? IDLE_SECONDS.default;
  const thanksSeconds = request.thanksSeconds ?? THANKS_SECONDS.default;
  const expiresAt = new Date(now.getTime() + (request.ttlMinutes ?? PAIRING_TTL_MINUTES) * 60_000);

  // A collision with a live code is one in millions; draw again rather than fail.
  for (let attempt = 0; ; attempt++) {
    const code = newPairingCode();
    try {
      await db.devices.createPairingCode({
        codeHash: hashPairingCode(normalisePairingCode(code)!),
        unitId: unit.id,
        serviceId: service?.id ?? null,
        deviceName: name,
        exitPinHash,
        idleSeconds,
        thanksSeconds,
        expiresAt,
        createdAt: now,
      }, by);
      return { ok: true, pairing: { code, expiresAt, unit, service, name, generatedPin, idleSeconds, thanksSeconds } };
    } catch (err) {
      if (attempt >= 5 || (err as { code?: unknown }).code !== 'duplicate') throw err;
    }
  }
}

/** What a paired kiosk needs to run: who it is, where it stands, its timeouts and questionnaire. */
export interface KioskConfig {
  device: { id: number; name: string };
  unit: { slug: string; name: string };
  service: { slug: string; name: string } | null;
  settings: { idleSeconds: number; thanksSeconds: number };
  /** The instrument of the unit's period in force today, else the 2017 one. */
  instrument: Instrument;
}

export interface PairedKiosk extends KioskConfig {
  /** The bearer secret; the server keeps only its hash, so this is the only time it is seen. */
  credential: string;
}

export async function kioskConfig(db: Database, device: Device, now: Date): Promise<KioskConfig> {
  const unit = await db.units.byId(device.unitId);
  if (!unit) throw new Error(`device ${device.id}: unit ${device.unitId} missing`);
  const services = device.serviceId === null ? [] : await db.services.listByUnit(unit.id);
  const service = services.find((s) => s.id === device.serviceId) ?? null;
  const period = await db.periods.current(unit.id, localDay(now, unit.timeZone));
  const stored = period ? await db.instruments.byId(period.instrumentId) : undefined;
  return {
    device: { id: device.id, name: device.name },
    unit: { slug: unit.slug, name: unit.name },
    service: service ? { slug: service.slug, name: service.name } : null,
    settings: { idleSeconds: device.idleSeconds, thanksSeconds: device.thanksSeconds },
    instrument: stored?.instrument ?? SKM_2017,
  };
}

export type RedeemOutcome = { ok: true; paired: PairedKiosk } | { ok: false; reason: 'malformed' | 'unknown' | 'expired' | 'used' };

/** Redeems what the tablet typed. */
export async function redeemPairing(db: Database, typed: string, now: Date): Promise<RedeemOutcome> {
  const normalised = normalisePairingCode(typed);
  if (normalised === null) return { ok: false, reason: 'malformed' };
  const credential = newCredential();
  const result = await db.devices.redeemPairingCode(hashPairingCode(normalised), hashCredential(credential), now);
  if (!result.ok) return result;
  return { ok: true, paired: { credential, ...(await kioskConfig(db, result.device, now)) } };
}
