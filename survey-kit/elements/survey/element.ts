import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Instrument, Lang, Score } from '../../types';
import { t, type CitizenMessageKey as MessageKey } from '../../i18n/citizen';
import { surveyStyles } from './styles';
import { renderProfileStep, type ProfileHost } from './profile';
import { KioskClock } from './clock';
import { renderIdle, renderProgress, renderQuestion, renderSaran, renderStart, renderThanks, type Msg } from './screens';
import {
  buildCompletion,
  buildSteps,
  canAdvance,
  emptyState,
  parseAge,
  type ProfileField,
  type Step,
  type SurveyCompletion,
  type SurveyState,
} from './model';

export type ResetReason = 'idle' | 'thanks' | 'done' | 'api';
type Screen = 'start' | 'step' | 'thanks';

// Long enough to see the chosen answer highlighted, short enough not to feel slow.
const ADVANCE_DELAY_MS = 280;

const langConverter = {
  fromAttribute: (v: string | null): Lang => (v !== null && v.toLowerCase().startsWith('en') ? 'en' : 'id'),
  toAttribute: (v: Lang): string => v,
};

/**
 * `<skm-survey>`: one survey, one question per screen, for kiosks and phones.
 *
 * @property {Instrument} instrument - the questionnaire (also settable as a JSON `instrument` attribute)
 * @property {'id'|'en'} lang - display language (attribute `lang`; Bahasa Indonesia by default)
 * @property {boolean} largeText - large-text mode (attribute `large-text`)
 * @property {string} unitName - name of the service unit shown at the top (attribute `unit-name`)
 * @property {boolean} noProfile - leave out the profile step (attribute `no-profile`)
 * @property {boolean} noSaran - leave out the suggestion box (attribute `no-saran`)
 * @property {number} idleTimeout - seconds without interaction before an unfinished survey is discarded; 0 = never (attribute `idle-timeout`)
 * @property {number} thanksTimeout - seconds the thank-you screen stays before starting over; 0 = stays (attribute `thanks-timeout`)
 * @property {string} notice - a message shown on the thank-you screen (e.g. a rejected submission), rendered as text
 *
 * @fires skm-start - the respondent pressed Start
 * @fires skm-complete - detail: `SurveyCompletion` (answers, profile, saran, startedAt, completionSeconds)
 * @fires skm-reset - detail: `{ reason: 'idle' | 'thanks' | 'done' | 'api' }`; every answer has been cleared
 *
 * @csspart topbar - the row with the unit name, language and text-size switches
 * @csspart progress - progress text and bar
 * @csspart heading - the question or screen heading
 * @csspart choices - a group of answer buttons
 * @csspart choice - one answer button
 * @csspart nav - the back / next row
 */
export class SkmSurvey extends LitElement {
  static override styles = surveyStyles;
  static override properties = {
    instrument: { type: Object },
    lang: { reflect: true, converter: langConverter },
    largeText: { type: Boolean, attribute: 'large-text', reflect: true },
    unitName: { type: String, attribute: 'unit-name' },
    noProfile: { type: Boolean, attribute: 'no-profile' },
    noSaran: { type: Boolean, attribute: 'no-saran' },
    idleTimeout: { type: Number, attribute: 'idle-timeout' },
    thanksTimeout: { type: Number, attribute: 'thanks-timeout' },
    notice: { type: String },
    _screen: { state: true },
    _index: { state: true },
    _s: { state: true },
    _ageDraft: { state: true },
    _ageError: { state: true },
  };

  declare instrument: Instrument | undefined;
  declare lang: Lang;
  declare largeText: boolean;
  declare unitName: string;
  declare noProfile: boolean;
  declare noSaran: boolean;
  declare idleTimeout: number;
  declare thanksTimeout: number;
  declare notice: string;
  declare _screen: Screen;
  declare _index: number;
  declare _s: SurveyState;
  declare _ageDraft: string;
  declare _ageError: boolean;

  private _steps: Step[] = [];
  private _initial: { lang: Lang; largeText: boolean } | null = null;
  private _advanceTimer: ReturnType<typeof setTimeout> | undefined;
  private _focusPending = false;
  private readonly _clock: KioskClock;

  constructor() {
    super();
    this.lang = 'id';
    this.largeText = false;
    this.unitName = '';
    this.noProfile = false;
    this.noSaran = false;
    this.idleTimeout = 0;
    this.thanksTimeout = 0;
    this.notice = '';
    this._screen = 'start';
    this._index = 0;
    this._s = emptyState();
    this._ageDraft = '';
    this._ageError = false;
    this._clock = new KioskClock(this, {
      screen: () => this._screen,
      idleTimeout: () => this.idleTimeout,
      thanksTimeout: () => this.thanksTimeout,
      startChanged: () => this._initial !== null && (this.lang !== this._initial.lang || this.largeText !== this._initial.largeText),
      reset: (reason) => this.reset(reason),
      root: () => this.renderRoot,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._advanceTimer);
  }

  /** Clears every answer and returns to the start screen (language and text size back to their initial values). */
  reset(reason: ResetReason = 'api'): void {
    clearTimeout(this._advanceTimer);
    this._s = emptyState();
    this._ageDraft = '';
    this._ageError = false;
    this._index = 0;
    this._screen = 'start';
    this._clock.restart();
    this.notice = '';
    if (this._initial) {
      this.lang = this._initial.lang;
      this.largeText = this._initial.largeText;
    }
    this._focusPending = reason !== 'api';
    this.dispatchEvent(new CustomEvent('skm-reset', { detail: { reason }, bubbles: true, composed: true }));
  }

  /** Leaves the start screen and shows the first question. */
  start(): void {
    this._s = { ...emptyState(), startedAt: new Date() };
    this._go('step', 0);
    this.dispatchEvent(new CustomEvent('skm-start', { bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._initial === null) this._initial = { lang: this.lang, largeText: this.largeText };
    if (changed.has('instrument') || changed.has('noProfile') || changed.has('noSaran')) {
      this._steps = this.instrument ? buildSteps(this.instrument, { profile: !this.noProfile, saran: !this.noSaran }) : [];
      if (this._index >= this._steps.length) this._index = 0;
    }
  }

  protected override updated(): void {
    if (!this._focusPending) return;
    this._focusPending = false;
    this.renderRoot.querySelector<HTMLElement>('#h')?.focus();
  }

  private _go(screen: Screen, index = 0): void {
    clearTimeout(this._advanceTimer);
    this._screen = screen;
    this._index = index;
    this._ageError = false;
    this._clock.restart();
    this._focusPending = true;
  }

  private get _step(): Step | undefined {
    return this._steps[this._index];
  }

  private _isLast(): boolean {
    return this._index === this._steps.length - 1;
  }

  private _next(): void {
    const step = this._step;
    if (!step || !canAdvance(step, this._s)) return;
    if (step.kind === 'profile' && step.field === 'usia' && !this._commitAge()) return;
    if (this._isLast()) this._complete();
    else this._go('step', this._index + 1);
  }

  private _back(): void {
    if (this._index === 0) this._go('start');
    else this._go('step', this._index - 1);
  }

  private _commitAge(): boolean {
    if (this._ageDraft.trim() === '') {
      // Emptied after an earlier answer: nothing given now, so nothing is kept.
      this._setProfile('usia', null);
      return true;
    }
    const age = parseAge(this._ageDraft);
    if (age === null) {
      this._ageError = true;
      return false;
    }
    this._setProfile('usia', age);
    return true;
  }

  private _setAnswer(code: string, score: Score | null): void {
    this._s = { ...this._s, answers: { ...this._s.answers, [code]: score } };
  }

  private _setProfile(field: ProfileField, value: string | number | null): void {
    this._s = { ...this._s, profile: { ...this._s.profile, [field]: value } };
  }

  /** Chosen by click/Enter/Space: record it and move on (the last screen waits for Send). */
  private _pickAndAdvance(apply: () => void): void {
    apply();
    clearTimeout(this._advanceTimer);
    if (this._isLast()) return;
    const index = this._index;
    this._advanceTimer = setTimeout(() => {
      if (this._screen === 'step' && this._index === index) this._next();
    }, ADVANCE_DELAY_MS);
  }

  /** "Tidak ingin menjawab": recorded as not given, never as a default value. */
  private _decline(field: ProfileField): void {
    this._setProfile(field, null);
    if (field === 'usia') this._ageDraft = '';
    if (this._isLast()) this._complete();
    else this._go('step', this._index + 1);
  }

  private _profileHost: ProfileHost = {
    msg: (key, params) => this._msg(key, params),
    pick: (field, value) => this._pickAndAdvance(() => this._setProfile(field, value)),
    check: (field, value) => this._setProfile(field, value),
    decline: (field) => this._decline(field),
    setAgeDraft: (v) => {
      this._ageDraft = v;
      this._ageError = false;
    },
    submitAge: () => this._next(),
  };

  private _complete(): void {
    if (!this.instrument) return;
    const detail: SurveyCompletion = buildCompletion(this.instrument, this._s, new Date());
    // The next person must never see these answers: drop them before anything else happens.
    this._s = emptyState();
    this._ageDraft = '';
    this._go('thanks');
    this._clock.thanksShown();
    this.dispatchEvent(new CustomEvent<SurveyCompletion>('skm-complete', { detail, bubbles: true, composed: true }));
  }

  private _msg(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  override render(): TemplateResult {
    const msg: Msg = (key, params) => this._msg(key, params);
    const other: Lang = this.lang === 'id' ? 'en' : 'id';
    return html`<div class="wrap" lang=${this.lang}>
      <div class="topbar" part="topbar">
        ${this._screen === 'step' ? renderProgress(msg, this._index + 1, this._steps.length) : html`<p class="org">${this.unitName}</p>`}
        <button type="button" class="tool" lang=${other} @click=${() => (this.lang = other)}>${this._msg('survey.lang.switch')}</button>
        <button type="button" class="tool" aria-pressed=${this.largeText ? 'true' : 'false'} @click=${() => (this.largeText = !this.largeText)}>
          <span class="narrow-only" aria-hidden="true">A+</span><span class="narrow-sr">${this._msg('survey.largeText')}</span>
        </button>
      </div>
      <p class="sr" aria-live="polite">${this._screen === 'step' ? this._msg('survey.progressLive', { current: this._index + 1, total: this._steps.length }) : ''}</p>
      ${this._screen === 'start'
        ? renderStart(msg, this.instrument ? this._steps.length : null, () => this.start())
        : this._screen === 'thanks'
          ? renderThanks(msg, this.notice, this.thanksTimeout > 0 ? (this._clock.countdown ?? this.thanksTimeout) : null, () => this.reset('done'))
          : this._renderStep(msg)}
      ${this._screen === 'step' && this._clock.countdown !== null ? renderIdle(msg, this._clock.countdown, () => this._clock.dismiss()) : nothing}
    </div>`;
  }

  private _renderStep(msg: Msg): TemplateResult {
    const step = this._step;
    if (!step) return html``;
    const last = this._isLast();
    let body: TemplateResult;
    let optional = false;
    let given = true;
    if (step.kind === 'question') {
      const el = step.element;
      const chosen = this._s.answers[el.code];
      optional = el.optional === true;
      given = chosen !== undefined && chosen !== null;
      body = renderQuestion(msg, this.lang, el, chosen, {
        onPick: (score) => this._pickAndAdvance(() => this._setAnswer(el.code, score)),
        onCheck: (score) => this._setAnswer(el.code, score),
      });
    } else if (step.kind === 'profile') {
      body = renderProfileStep(this._profileHost, step.field, this._s.profile[step.field], this._ageDraft, this._ageError);
      given = this._s.profile[step.field] != null || (step.field === 'usia' && this._ageDraft.trim() !== '');
    } else {
      body = renderSaran(msg, this._s.saran, (saran) => (this._s = { ...this._s, saran }));
    }
    const skippable = step.kind === 'profile' || (step.kind === 'question' && optional);
    const nextLabel: MessageKey = last ? 'survey.send' : skippable && !given ? 'survey.skip' : 'survey.next';
    return html`${body}
      <div class="nav" part="nav">
        <button type="button" class="btn" @click=${() => this._back()}>${this._msg('survey.back')}</button>
        <button type="button" class="btn primary" ?disabled=${!canAdvance(step, this._s)} @click=${() => this._next()}>${this._msg(nextLabel)}</button>
      </div>`;
  }
}
