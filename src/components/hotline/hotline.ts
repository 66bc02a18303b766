import { define } from '../../internal/define.js';
import { ReperHotlineElement } from './hotline.component.js';

export { ReperHotlineElement };

define('reper-hotline', ReperHotlineElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-hotline': ReperHotlineElement;
  }
}
