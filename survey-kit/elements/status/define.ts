/** Registers `<skm-status>`; importing it twice is harmless. */
import { SkmStatus } from './element';

export { SkmStatus };

if (!customElements.get('skm-status')) customElements.define('skm-status', SkmStatus);

declare global {
  interface HTMLElementTagNameMap {
    'skm-status': SkmStatus;
  }
}
