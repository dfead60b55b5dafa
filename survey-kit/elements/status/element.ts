import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../types';
import { t } from '../../i18n/index';
import { statusStyles } from './styles';

/**
 * `<skm-status>`: a small mark showing whether the device is online and how many responses
 * are still waiting to be sent. It only displays what it is given; the page feeds it from the
 * offline queue.
 *
 * @property {boolean} online - the server was reachable at the last attempt (attribute `online`)
 * @property {number} waiting - responses stored on the device, not yet acknowledged
 * @property {number} rejected - responses the server refused (kept on the device for review)
 * @property {'id'|'en'} lang - display language
 *
 * @csspart mark - the pill around the dot and text
 */
export class SkmStatus extends LitElement {
  static override styles = statusStyles;
  static override properties = {
    online: { type: Boolean, reflect: true },
    waiting: { type: Number },
    rejected: { type: Number },
    lang: { reflect: true },
  };

  declare online: boolean;
  declare waiting: number;
  declare rejected: number;
  declare lang: Lang;

  constructor() {
    super();
    this.online = true;
    this.waiting = 0;
    this.rejected = 0;
    this.lang = 'id';
  }

  override render(): TemplateResult {
    const lang: Lang = this.lang === 'en' ? 'en' : 'id';
    return html`<span class="mark ${this.online ? 'online' : 'offline'}" part="mark" role="status" lang=${lang}>
      <span class="dot" aria-hidden="true"></span>
      <span>${t(lang, this.online ? 'survey.status.online' : 'survey.status.offline')}</span>
      <span aria-hidden="true">·</span>
      <span>${this.waiting > 0 ? t(lang, 'survey.status.waiting', { count: this.waiting }) : t(lang, 'survey.status.allSent')}</span>
      ${this.rejected > 0 ? html`<span class="rejected">· ${t(lang, 'survey.status.rejected', { count: this.rejected })}</span>` : nothing}
    </span>`;
  }
}
