import { define } from '../../internal/define.js';
import { ReperProviderElement } from './provider.component.js';

export { ReperProviderElement };

define('reper-provider', ReperProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-provider': ReperProviderElement;
  }
}
