import type { LocaleTable } from '../internal/i18n.js';
import en from './en/hotline.json';
import hu from './hu/hotline.json';
import ro from './ro/hotline.json';
import uk from './uk/hotline.json';

export default { ro, hu, en, uk } satisfies LocaleTable;
