import { define } from '../../internal/define.js';
import { ReperQrElement } from './qr.component.js';

export { ReperQrElement };
/** @deprecated Use `ReperQrElement` (every element class is named `Reper<Name>Element`). */
export const ReperQr = ReperQrElement;
/** @deprecated Use `ReperQrElement`. */
export type ReperQr = ReperQrElement;
export type { Ecc } from './matrix.js';

define('reper-qr', ReperQrElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-qr': ReperQrElement;
  }
}
