/** Registers `<skm-survey>`; import this module once on a page (importing it twice is harmless). */
import { SkmSurvey } from './element';

export { SkmSurvey };
export type { SurveyCompletion, ResponseProfile } from './model';
export type { ResetReason } from './element';

if (!customElements.get('skm-survey')) customElements.define('skm-survey', SkmSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'skm-survey': SkmSurvey;
  }
}
