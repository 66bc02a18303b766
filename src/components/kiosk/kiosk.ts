import { define } from '../../internal/define.js';
import { ReperKioskElement } from './kiosk.component.js';

export { ReperKioskElement };
export type { KioskResetDetail, KioskView } from './kiosk.component.js';
export type { SyncOutcome } from './feed-sync.js';
export { parseKioskConfig, kioskConfigSchema, type KioskConfig } from './config.js';

// The kiosk renders these; defining them here keeps kiosk.component.ts free of side effects.
for (const [tag, ctor] of Object.entries(ReperKioskElement.dependencies)) define(tag, ctor);
define('reper-kiosk', ReperKioskElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-kiosk': ReperKioskElement;
  }
}
