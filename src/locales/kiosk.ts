import type { LocaleTable } from '../internal/i18n.js';
import en from './en/kiosk.json';
import hu from './hu/kiosk.json';
import ro from './ro/kiosk.json';
import uk from './uk/kiosk.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
