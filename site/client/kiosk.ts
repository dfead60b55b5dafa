/**
 * The kiosk page (/kiosk): a pairing screen until the tablet holds a device credential, then the
 * unattended survey of its unit with the device's own timeouts. Reports in (heartbeat) with the
 * queue counts; a revoked credential brings the pairing screen back, and the staff menu (PIN)
 * unpairs. Neither ever deletes a queued response: they wait for the next pairing.
 */
import { isMessageKey, t } from '../../survey-kit/i18n/citizen';
import type { Lang } from '../../survey-kit/types';
import { kioskApi } from './kiosk-api';
import { staffMenu } from './kiosk-staff';
import { forgetKiosk, placeOf, readKiosk, saveConfig, saveKiosk, type KioskConfig, type StoredKiosk } from './kiosk-store';
import { mountSurveyPage, type MountedSurvey } from './mount';
import { openQueue } from './queue';

const HEARTBEAT_MS = 60_000;
/** Settings changed on the server (`skm kiosk set`) reach a running kiosk this often. */
const REFRESH_MS = 10 * 60_000;
/** After the sender was refused but /me still accepts the credential, try sending again this much later. */
const RECHECK_MS = 30_000;

export type PairingNotice = 'revoked' | 'unpaired' | null;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`kiosk page: #${id} missing`);
  return el as T;
}

export function mountKioskPage(root: HTMLElement): void {
  const pairing = byId('pairing');
  const form = byId<HTMLFormElement>('pair-form');
  const input = byId<HTMLInputElement>('pair-code');
  const error = byId('pair-error');
  const submit = byId<HTMLButtonElement>('pair-submit');
  const notice = byId('pair-notice');
  const waiting = byId('pair-waiting');
  const langButton = byId<HTMLButtonElement>('pair-lang');
  const surveyRoot = byId('survey-root');
  const survey = surveyRoot.querySelector('skm-survey');
  if (!survey) throw new Error('kiosk page: <skm-survey> missing');

  const queue = openQueue();
  let lang: Lang = 'id';
  let kiosk: StoredKiosk | null = readKiosk();
  let mounted: MountedSurvey | null = null;
  let inProgress = false;
  let afterSurvey: (() => void) | null = null;
  let shownNotice: PairingNotice = null;
  let beatTimer: ReturnType<typeof setTimeout> | undefined;

  function translate(): void {
    document.documentElement.lang = lang;
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset['i18n'] ?? '';
      if (isMessageKey(key)) el.textContent = t(lang, key);
    }
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
      const key = el.dataset['i18nLabel'] ?? '';
      if (isMessageKey(key)) el.setAttribute('aria-label', t(lang, key));
    }
    langButton.textContent = t(lang, 'survey.lang.switch');
    langButton.lang = lang === 'id' ? 'en' : 'id';
    notice.textContent = shownNotice === 'revoked' ? t(lang, 'kiosk.pair.revoked') : shownNotice === 'unpaired' ? t(lang, 'kiosk.pair.unpaired') : '';
    notice.hidden = shownNotice === null;
    void showWaiting();
  }

  async function showWaiting(): Promise<void> {
    const { waiting: count } = await (await queue).counts();
    waiting.textContent = count > 0 ? t(lang, 'kiosk.pair.waiting', { count }) : '';
    waiting.hidden = count === 0;
  }

  function showPairing(why: PairingNotice): void {
    shownNotice = why;
    root.dataset['state'] = 'pairing';
    surveyRoot.hidden = true;
    pairing.hidden = false;
    error.textContent = '';
    translate();
    input.focus();
  }

  function applyConfig(config: KioskConfig): void {
    surveyRoot.dataset['unit'] = config.unit.slug;
    if (config.service) surveyRoot.dataset['service'] = config.service.slug;
    else delete surveyRoot.dataset['service'];
    if (JSON.stringify(survey!.instrument) !== JSON.stringify(config.instrument)) survey!.instrument = config.instrument;
    survey!.unitName = placeOf(config);
    survey!.idleTimeout = config.settings.idleSeconds;
    survey!.thanksTimeout = config.settings.thanksSeconds;
  }

  /** Between two respondents; right away when nobody is answering. */
  function betweenSurveys(fn: () => void): void {
    if (inProgress) afterSurvey = fn;
    else fn();
  }

  /** The server no longer knows this credential: forget it, keep every queued response. */
  function unpaired(why: Exclude<PairingNotice, null>): void {
    if (!kiosk) return;
    kiosk = null;
    forgetKiosk();
    mounted?.sync.stop();
    clearTimeout(beatTimer);
    if (why === 'unpaired') {
      // Staff asked for it at the tablet: a half-answered survey is discarded, as on idle.
      afterSurvey = null;
      inProgress = false;
      survey!.reset('api');
      showPairing(why);
    } else {
      betweenSurveys(() => showPairing(why));
    }
  }

  let refreshedAt = 0;

  async function refresh(): Promise<void> {
    if (!kiosk) return;
    refreshedAt = Date.now();
    const r = await kioskApi.me(kiosk.credential, lang);
    if (r.status === 401) unpaired('revoked');
    else if (r.status === 200 && r.data && kiosk) {
      const config = r.data;
      kiosk = { credential: kiosk.credential, config };
      saveConfig(config);
      betweenSurveys(() => applyConfig(config));
    }
  }

  /** The sender was refused: ask who we are; a 401 there too means revoked. */
  async function checkCredential(): Promise<void> {
    if (!kiosk) return;
    const r = await kioskApi.me(kiosk.credential, lang);
    if (r.status === 401) unpaired('revoked');
    else setTimeout(() => void mounted?.sync.resume(), RECHECK_MS);
  }

  /** Queue counts the server last heard; a change is reported soon, otherwise once a minute. */
  let reported = { waiting: -1, rejected: -1 };

  function heartbeat(delayMs: number): void {
    clearTimeout(beatTimer);
    beatTimer = setTimeout(async () => {
      if (!kiosk || !mounted) return;
      const counts = { waiting: mounted.sync.status.waiting, rejected: mounted.sync.status.rejected };
      const r = await kioskApi.heartbeat(kiosk.credential, counts, lang);
      if (r.status === 401) return unpaired('revoked');
      if (r.status === 204) reported = counts;
      if (r.status === 204 && Date.now() - refreshedAt > REFRESH_MS) void refresh();
      heartbeat(HEARTBEAT_MS);
    }, delayMs);
  }

  async function startSurvey(k: StoredKiosk): Promise<void> {
    applyConfig(k.config);
    root.dataset['state'] = 'survey';
    pairing.hidden = true;
    surveyRoot.hidden = false;
    survey!.addEventListener('skm-start', () => (inProgress = true));
    const ended = () => {
      inProgress = false;
      const next = afterSurvey;
      afterSurvey = null;
      next?.();
    };
    survey!.addEventListener('skm-reset', ended);
    mounted = await mountSurveyPage(surveyRoot, { credential: () => kiosk?.credential ?? null, onUnauthorized: () => void checkCredential() });
    // Responses held back by a revoked credential (older versions refused them) go out now.
    const store = await queue;
    for (const r of await store.rejected()) if (r.status === 401) await store.restore(r.id);
    void mounted.sync.flush({ force: true });
    mounted.sync.subscribe((e) => {
      if (e.type !== 'status' || !kiosk) return;
      if (e.status.waiting !== reported.waiting || e.status.rejected !== reported.rejected) heartbeat(1500);
    });
    heartbeat(1000);
    void refresh();
  }

  input.addEventListener('input', () => {
    const raw = input.value.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6);
    input.value = raw.length > 3 ? `${raw.slice(0, 3)}-${raw.slice(3)}` : raw;
    error.textContent = '';
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    submit.textContent = t(lang, 'kiosk.pair.busy');
    const r = input.value.trim() === '' ? { status: 400, message: t(lang, 'kiosk.api.codeMalformed') } : await kioskApi.pair(input.value, lang);
    if (r.status === 201 && 'data' in r && r.data) {
      const { credential, ...config } = r.data;
      saveKiosk(credential, config);
      // A fresh page mounts the survey once, with the new unit, and sends what was waiting.
      location.reload();
      return;
    }
    submit.disabled = false;
    submit.textContent = t(lang, 'kiosk.pair.submit');
    error.textContent = r.status === 0 ? t(lang, 'kiosk.pair.offline') : (r.message ?? `HTTP ${r.status}`);
    input.select();
  });

  langButton.addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
    translate();
  });

  staffMenu({
    lang: () => lang,
    kiosk: () => kiosk,
    sync: () => mounted?.sync ?? null,
    unpaired: () => unpaired('unpaired'),
    revoked: () => unpaired('revoked'),
  });

  if (kiosk) void startSurvey(kiosk);
  else showPairing(null);
}
