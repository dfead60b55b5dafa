/** The screens: start, a question, the suggestion box, thank-you, and the idle warning. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ElementDef, Lang, Score } from '../../types';
import type { CitizenMessageKey as MessageKey } from '../../i18n/citizen';
import { face } from './faces';
import { choiceGroup } from './choices';
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

export function renderProgress(msg: Msg, current: number, total: number): TemplateResult {
  return html`<div class="progress" part="progress">
    <span aria-hidden="true">${msg('survey.progress', { current, total })}</span>
    <span class="bar" aria-hidden="true"><span style="width:${(current / total) * 100}%"></span></span>
  </div>`;
}

/** One element: the question as the heading, the four labels (from the instrument) with a face each. */
export function renderQuestion(
  msg: Msg,
  lang: Lang,
  el: ElementDef,
  chosen: Score | null | undefined,
  on: { onPick: (score: Score) => void; onCheck: (score: Score) => void },
): TemplateResult {
  const optional = el.optional === true;
  return html`<h2 id="h" tabindex="-1" part="heading">${el.question[lang]}</h2>
    ${optional ? html`<p class="hint" id="opt">${msg('survey.optional')}</p>` : nothing}
    ${choiceGroup({
      choices: el.labels.map((l, i) => ({ value: String(i + 1), label: l[lang], icon: face((i + 1) as Score) })),
      selected: chosen === undefined || chosen === null ? undefined : String(chosen),
      labelledBy: 'h',
      describedBy: optional ? 'opt' : undefined,
      className: 'answers',
      onPick: (v) => on.onPick(Number(v) as Score),
      onCheck: (v) => on.onCheck(Number(v) as Score),
    })}`;
}
