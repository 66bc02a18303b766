import { define } from '../../internal/define.js';
import { ReperFinderElement } from './finder.component.js';

export { ReperFinderElement };
export type { FinderLayout, ReperSearchDetail } from './finder.component.js';

define('reper-finder', ReperFinderElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-finder': ReperFinderElement;
  }
}
