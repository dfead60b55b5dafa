/**
 * What a paired kiosk keeps in localStorage: its device credential (under the key the sender
 * reads) and its configuration, so the survey starts again without a network after a reboot.
 * Forgetting them never touches the response queue, which lives in IndexedDB.
 */
import type { KioskConfig } from '../../server/kiosk/pairing';

export type { KioskConfig };
/** The device credential (read by the sender, site/client/sync.ts, before each request). */
export const KIOSK_CREDENTIAL_KEY = 'puas.kiosk.credential';
export const KIOSK_CONFIG_KEY = 'puas.kiosk.config';

export interface StoredKiosk {
  credential: string;
  config: KioskConfig;
}

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function isConfig(x: unknown): x is KioskConfig {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<KioskConfig>;
  return (
    typeof c.device?.id === 'number' &&
    typeof c.unit?.slug === 'string' &&
    typeof c.settings?.idleSeconds === 'number' &&
    typeof c.settings?.thanksSeconds === 'number' &&
    Array.isArray(c.instrument?.elements)
  );
}

export function readKiosk(): StoredKiosk | null {
  const credential = get(KIOSK_CREDENTIAL_KEY);
  const raw = get(KIOSK_CONFIG_KEY);
  if (!credential || !raw) return null;
  try {
    const config: unknown = JSON.parse(raw);
    return isConfig(config) ? { credential, config } : null;
  } catch {
    return null;
  }
}

export function saveKiosk(credential: string, config: KioskConfig): void {
  localStorage.setItem(KIOSK_CONFIG_KEY, JSON.stringify(config));
  localStorage.setItem(KIOSK_CREDENTIAL_KEY, credential);
}

export function saveConfig(config: KioskConfig): void {
  localStorage.setItem(KIOSK_CONFIG_KEY, JSON.stringify(config));
}

export function forgetKiosk(): void {
  try {
    localStorage.removeItem(KIOSK_CREDENTIAL_KEY);
    localStorage.removeItem(KIOSK_CONFIG_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The line at the top of the survey: the unit, and the service when the kiosk has one. */
export function placeOf(config: KioskConfig): string {
  return config.service ? `${config.unit.name} — ${config.service.name}` : config.unit.name;
}
