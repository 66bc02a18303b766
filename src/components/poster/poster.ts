import { define } from '../../internal/define.js';
import { ReperPoster } from './poster.component.js';
// The poster draws its code with <reper-qr>.
import '../qr/qr.js';

export { ReperPoster };
export type { PosterSize } from './poster.component.js';

define('reper-poster', ReperPoster);

declare global {
  interface HTMLElementTagNameMap {
    'reper-poster': ReperPoster;
  }
}
