import { define } from '../../internal/define.js';
import { ReperKioskElement } from './kiosk.component.js';

export { ReperKioskElement };
export type { KioskResetDetail, KioskView } from './kiosk.component.js';
export type { SyncOutcome } from './feed-sync.js';
export { parseKioskConfig, kioskConfigSchema, type KioskConfig } from './config.js';

define('reper-kiosk', ReperKioskElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-kiosk': ReperKioskElement;
  }
}
