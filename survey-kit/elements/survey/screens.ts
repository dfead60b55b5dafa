/** The screens around the questions: start, suggestion box, thank-you, and the idle warning. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/index';
import { face } from './faces';
import { SARAN_MAX } from './model';

export type Msg = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `questions` counts every screen to answer (elements, profile fields, suggestion); null without an instrument. */
export function renderStart(msg: Msg, questions: number | null, onStart: () => void): TemplateResult {
  if (questions === null) return html`<p class="lead">${msg('survey.unavailable')}</p>`;
  return html`<div class="center">
    ${face(4)}
    <h1 id="h" tabindex="-1" part="heading">${msg('survey.title')}</h1>
    <p class="lead">${msg('survey.start.lead', { count: questions })}</p>
    <p class="hint">${msg('survey.start.hint')}</p>
    <button type="button" class="btn primary big solo" @click=${onStart}>${msg('survey.start.button')}</button>
  </div>`;
}

/** `countdown` is null when the screen stays (phone); a number of seconds on a kiosk. */
export function renderThanks(msg: Msg, notice: string, countdown: number | null, onDone: () => void): TemplateResult {
  return html`<div class="center">
    ${face(4)}
    <h1 id="h" tabindex="-1" part="heading">${msg('survey.thanks.heading')}</h1>
    ${notice ? html`<p class="notice" role="alert">${notice}</p>` : html`<p class="lead">${msg('survey.thanks.body')}</p>`}
    ${countdown !== null
      ? html`<button type="button" class="btn primary big solo" @click=${onDone}>${msg('survey.thanks.done')}</button>
          <p class="hint">${msg('survey.thanks.resetIn', { seconds: countdown })}</p>`
      : nothing}
  </div>`;
}

export function renderIdle(msg: Msg, seconds: number, onContinue: () => void): TemplateResult {
  return html`<div class="overlay">
    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-h" aria-describedby="idle-b">
      <h2 id="idle-h">${msg('survey.idle.heading')}</h2>
      <p id="idle-b" class="lead">${msg('survey.idle.body', { seconds })}</p>
      <button type="button" class="btn primary big solo" @click=${onContinue}>${msg('survey.idle.continue')}</button>
    </div>
  </div>`;
}

export function renderSaran(msg: Msg, saran: string, onInput: (saran: string) => void): TemplateResult {
  return html`<h2 id="h" tabindex="-1" part="heading">${msg('survey.saran.heading')}</h2>
    <p class="hint" id="saran-hint">${msg('survey.saran.hint')}</p>
    <textarea
      aria-labelledby="h"
      aria-describedby="saran-hint saran-count"
      maxlength=${SARAN_MAX}
      .value=${saran}
      @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="saran-count">${msg('survey.saran.counter', { count: saran.length, max: SARAN_MAX })}</p>`;
}
