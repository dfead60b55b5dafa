/**
 * Wires a survey page: every completed response goes into the device queue first, then the
 * sender takes over; the status mark shows what is still waiting.
 */
import '../../survey-kit/elements/survey/define';
import '../../survey-kit/elements/status/define';
import type { SurveyCompletion } from '../../survey-kit/elements/survey/model';
import { t } from '../../survey-kit/i18n/citizen';
import { newResponseId, openQueue, type ResponseBody, type ResponseChannel } from './queue';
import { Sync } from './sync';
import { registerShellCache } from './shell-cache';
import { KIOSK_CREDENTIAL_KEY } from './kiosk-store';

export { KIOSK_CREDENTIAL_KEY };

export interface MountedSurvey {
  sync: Sync;
}

export interface MountOptions {
  /** A kiosk's device credential, read before each send (default: the stored one). */
  credential?: () => string | null;
  /** The server refused the kiosk's credential: sending is held (see Sync.resume). */
  onUnauthorized?: () => void;
}

function readCredential(): string | null {
  try {
    return localStorage.getItem(KIOSK_CREDENTIAL_KEY);
  } catch {
    return null;
  }
}

export function mountSurveyPage(root: HTMLElement, options: MountOptions = {}): Promise<MountedSurvey> {
  const survey = root.querySelector('skm-survey');
  const status = root.querySelector('skm-status');
  if (!survey) throw new Error('mountSurveyPage: no <skm-survey> inside the root');
  const unit = root.dataset['unit'] ?? '';
  const service = root.dataset['service'] || undefined;
  const channel = (root.dataset['channel'] ?? 'qr') as ResponseChannel;
  const token = new URL(location.href).searchParams.get('token') ?? undefined;

  const sync = openQueue().then((store) => new Sync({ store, credential: channel === 'kiosk' ? (options.credential ?? readCredential) : undefined, lang: () => survey.lang }));
  let lastId: string | null = null;

  // Listen at once: the queue opens asynchronously, but no answer may be lost meanwhile.
  survey.addEventListener('skm-complete', (ev) => {
    const d = (ev as CustomEvent<SurveyCompletion>).detail;
    // Only the API's fields: it answers 400 to any unknown one.
    const body: ResponseBody = { id: newResponseId(), unit, channel, answers: d.answers, startedAt: d.startedAt };
    // Measured here, start to send: a response that waits in the queue keeps its true duration.
    body.completionSeconds = d.completionSeconds;
    if (d.profile) body.profile = d.profile;
    if (d.saran) body.saran = d.saran;
    if (service) body.service = service;
    if (token) body.token = token;
    lastId = body.id;
    void sync.then((s) => s.submit(body, d.completionSeconds));
  });
  survey.addEventListener('skm-reset', () => {
    lastId = null;
  });

  if (status) {
    status.lang = survey.lang;
    new MutationObserver(() => (status.lang = survey.lang)).observe(survey, { attributes: true, attributeFilter: ['lang'] });
  }

  return sync.then((s) => {
    s.subscribe((e) => {
      if (e.type === 'status' && status) {
        status.online = e.status.online;
        status.waiting = e.status.waiting;
        status.rejected = e.status.rejected;
      } else if (e.type === 'rejected' && e.item.id === lastId) {
        survey.notice = t(survey.lang, 'survey.rejected', { message: e.item.message });
      } else if (e.type === 'unauthorized') {
        options.onUnauthorized?.();
      }
    });
    s.start();
    if (document.readyState === 'complete') void registerShellCache();
    else window.addEventListener('load', () => void registerShellCache(), { once: true });
    return { sync: s };
  });
}
