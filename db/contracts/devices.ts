/** Repository interfaces of kiosk devices and their pairing codes. */
import type { Device, NewDevice, NewPairingCode, PairingCode } from '../schema/sqlite';
import type { AuditStamp } from './accounts';

/** Why a pairing code did not pair a device. */
export type RedeemFailure = 'unknown' | 'expired' | 'used';

export type RedeemResult = { ok: true; device: Device } | { ok: false; reason: RedeemFailure };

/** What a kiosk reports about its offline queue. */
export interface DeviceCounts {
  waiting: number;
  rejected: number;
}

/** Settings of a paired device that can change without pairing it again. */
export interface DeviceSettings {
  name?: string;
  serviceId?: number | null;
  idleSeconds?: number;
  thanksSeconds?: number;
  exitPinHash?: string | null;
}

export interface DeviceRepository {
  create(input: NewDevice): Promise<Device>;
  byId(id: number): Promise<Device | undefined>;
  /** The device whose bearer credential hashes to `hash`, revoked or not (the caller decides). */
  byCredentialHash(hash: string): Promise<Device | undefined>;
  list(unitId?: number): Promise<Device[]>;
  /** Marks the device revoked; false when it did not exist or was already revoked. Audited with `by`. */
  revoke(id: number, at: Date, by?: AuditStamp): Promise<boolean>;
  /** Records that the device was heard from at `at`, with its queue counts when given; false for an unknown device. */
  heartbeat(id: number, at: Date, counts?: DeviceCounts): Promise<boolean>;
  /** Changes the given settings; the updated device, or undefined when it does not exist. */
  updateSettings(id: number, settings: DeviceSettings): Promise<Device | undefined>;
  /** Stores a pairing code (already hashed). Throws a DbError on an unknown unit or a taken hash. Audited with `by` (never the hashes). */
  createPairingCode(input: NewPairingCode, by?: AuditStamp): Promise<PairingCode>;
  /**
   * Pairs a device with the code hashing to `codeHash`, in one transaction: the code is marked
   * used and the device created with the code's unit, service, name, PIN and timeouts. A code
   * pairs at most one device, also when two tablets race with it.
   */
  redeemPairingCode(codeHash: string, credentialHash: string, at: Date): Promise<RedeemResult>;
}
