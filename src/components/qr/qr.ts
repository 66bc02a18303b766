import { define } from '../../internal/define.js';
import { ReperQr } from './qr.component.js';

export { ReperQr };
export type { Ecc } from './matrix.js';

define('reper-qr', ReperQr);

declare global {
  interface HTMLElementTagNameMap {
    'reper-qr': ReperQr;
  }
}
