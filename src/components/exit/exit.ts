import { define } from '../../internal/define.js';
import { ReperExitElement } from './exit.component.js';

export { ReperExitElement };
export type { ExitTrigger, ExitVariant, ExitShortcut, ReperExitEventDetail } from './exit.component.js';

define('reper-exit', ReperExitElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-exit': ReperExitElement;
  }
}
