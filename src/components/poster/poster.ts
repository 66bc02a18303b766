import { define } from '../../internal/define.js';
import { ReperPosterElement } from './poster.component.js';
// The poster draws its code with <reper-qr>.
import '../qr/qr.js';

export { ReperPosterElement };
/** @deprecated Use `ReperPosterElement` (every element class is named `Reper<Name>Element`). */
export const ReperPoster = ReperPosterElement;
/** @deprecated Use `ReperPosterElement`. */
export type ReperPoster = ReperPosterElement;
export type { PosterSize } from './poster.component.js';

define('reper-poster', ReperPosterElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-poster': ReperPosterElement;
  }
}
