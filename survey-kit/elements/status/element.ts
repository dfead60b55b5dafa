import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../types';
import { statusParts } from './text';
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
    const p = statusParts(lang, this);
    return html`<span class="mark ${this.online ? 'online' : 'offline'}" part="mark" role="status" lang=${lang}>
      <span class="dot" aria-hidden="true"></span>
      <span>${p.connection}</span>
      <span aria-hidden="true">·</span>
      <span>${p.queue}</span>
      ${p.rejected ? html`<span class="rejected">· ${p.rejected}</span>` : nothing}
    </span>`;
  }
}
