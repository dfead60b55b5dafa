/** How a kiosk looks on the devices page: online or not, and how long ago it was heard from. */

/** A kiosk heard from less than this long ago counts as online (it beats every minute). */
export const ONLINE_WITHIN_MS = 3 * 60_000;

export type DeviceStatus = 'online' | 'offline' | 'revoked';

export function deviceStatus(device: { lastSeenAt: Date | null; revokedAt: Date | null }, now: Date): DeviceStatus {
  if (device.revokedAt) return 'revoked';
  if (!device.lastSeenAt) return 'offline';
  const age = now.getTime() - device.lastSeenAt.getTime();
  return age < ONLINE_WITHIN_MS ? 'online' : 'offline';
}

export type AgeUnit = 'now' | 'minutes' | 'hours' | 'days';

/** "How long ago", in the largest whole unit (under a minute, and a clock slightly ahead, is "now"). */
export function age(at: Date, now: Date): { unit: AgeUnit; n: number } {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return { unit: 'now', n: 0 };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.floor(hours / 24) };
}
