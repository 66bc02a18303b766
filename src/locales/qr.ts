import type { LocaleTable } from '../internal/i18n.js';
import en from './en/qr.json';
import hu from './hu/qr.json';
import ro from './ro/qr.json';
import uk from './uk/qr.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
