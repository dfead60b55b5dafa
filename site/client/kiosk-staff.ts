/**
 * The staff menu of a paired kiosk: a small button in a corner opens a PIN dialog; the right PIN
 * (checked by the server, throttled there) shows the device and its queue and lets staff unpair
 * it. Unpairing first sends what is waiting with the current credential; what cannot be sent
 * stays queued for the next pairing.
 */
import { t } from '../../survey-kit/i18n/citizen';
import type { Lang } from '../../survey-kit/types';
import { kioskApi } from './kiosk-api';
import { placeOf, type StoredKiosk } from './kiosk-store';
import type { Sync } from './sync';

/** Sending the queue before unpairing may take this long at most. */
const FLUSH_LIMIT_MS = 20_000;

export interface StaffHost {
  lang(): Lang;
  kiosk(): StoredKiosk | null;
  sync(): Sync | null;
  /** Staff unpaired the kiosk (the server retired its credential). */
  unpaired(): void;
  /** The server no longer accepts the credential. */
  revoked(): void;
}

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`kiosk page: #${id} missing`);
  return found as T;
}

export function staffMenu(host: StaffHost): void {
  const open = el<HTMLButtonElement>('staff-open');
  const dialog = el<HTMLDialogElement>('staff');
  const pinForm = el<HTMLFormElement>('staff-pin');
  const pin = el<HTMLInputElement>('staff-pin-input');
  const enter = el<HTMLButtonElement>('staff-enter');
  const error = el('staff-error');
  const panel = el('staff-panel');
  const busy = el('staff-busy');
  const unpair = el<HTMLButtonElement>('staff-unpair');
  let verifiedPin: string | null = null;

  const close = () => {
    verifiedPin = null;
    pin.value = '';
    if (dialog.open) dialog.close();
  };

  open.addEventListener('click', () => {
    verifiedPin = null;
    pin.value = '';
    error.textContent = '';
    busy.textContent = '';
    pinForm.hidden = false;
    panel.hidden = true;
    enter.disabled = false;
    unpair.disabled = false;
    dialog.showModal();
    pin.focus();
  });
  el('staff-cancel').addEventListener('click', close);
  el('staff-close').addEventListener('click', close);
  // Nothing about the kiosk stays on screen for the next citizen.
  dialog.addEventListener('close', () => {
    verifiedPin = null;
    pin.value = '';
  });

  /** Shows why a call failed; a refused credential means the kiosk was revoked. */
  const failed = (status: number, message: string | undefined): void => {
    if (status === 401) {
      close();
      host.revoked();
      return;
    }
    error.textContent = status === 0 ? t(host.lang(), 'kiosk.staff.offline') : (message ?? `HTTP ${status}`);
  };

  pinForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const kiosk = host.kiosk();
    if (!kiosk || enter.disabled) return;
    enter.disabled = true;
    error.textContent = '';
    const r = await kioskApi.exit(kiosk.credential, pin.value, false, host.lang());
    enter.disabled = false;
    if (r.status !== 204) {
      failed(r.status, r.message);
      pin.select();
      return;
    }
    verifiedPin = pin.value;
    pin.value = '';
    const lang = host.lang();
    const status = host.sync()?.status;
    el('staff-device').textContent = t(lang, 'kiosk.staff.device', { name: kiosk.config.device.name });
    el('staff-place').textContent = t(lang, 'kiosk.staff.place', { place: placeOf(kiosk.config) });
    el('staff-queue').textContent = t(lang, 'kiosk.staff.queue', { waiting: status?.waiting ?? 0, rejected: status?.rejected ?? 0 });
    pinForm.hidden = true;
    panel.hidden = false;
    unpair.focus();
  });

  unpair.addEventListener('click', async () => {
    const kiosk = host.kiosk();
    if (!kiosk || verifiedPin === null || unpair.disabled) return;
    unpair.disabled = true;
    error.textContent = '';
    busy.textContent = t(host.lang(), 'kiosk.staff.sending');
    const sync = host.sync();
    if (sync) await Promise.race([sync.flush({ force: true }), new Promise((r) => setTimeout(r, FLUSH_LIMIT_MS))]);
    const r = await kioskApi.exit(kiosk.credential, verifiedPin, true, host.lang());
    busy.textContent = '';
    unpair.disabled = false;
    if (r.status === 204) {
      close();
      host.unpaired();
    } else {
      failed(r.status, r.message);
    }
  });
}
