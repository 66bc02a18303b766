import type { ReactiveControllerHost } from 'lit';
import type { Lang } from './lang.js';
import { LangController } from './lang-controller.js';
import { lookup, overrideFor } from './strings.js';
import type { LocaleTable } from './i18n.js';

/**
 * A dependency-free translator with the same key format as the i18next one (`{{name}}`
 * interpolation, `_one`/`_few`/`_many`/`_other` plural suffixes through `Intl.PluralRules`).
 * Only `<reper-exit>` uses it: the quick exit must load alone within 12 KB, and i18next alone is
 * larger than that.
 */
export class LiteI18nController extends LangController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly ns: string,
    private readonly table: LocaleTable,
  ) {
    super(host);
  }

  t(key: string, options: Record<string, unknown> = {}): string {
    return this.tIn(this.lang, key, options);
  }

  tIn(lang: Lang, key: string, options: Record<string, unknown> = {}): string {
    let resolved = key;
    if (typeof options.count === 'number') {
      const suffix = new Intl.PluralRules(lang).select(options.count);
      resolved = lookup(this.table[lang], `${key}_${suffix}`) !== undefined ? `${key}_${suffix}` : `${key}_other`;
    }
    const text =
      overrideFor(lang, this.ns, resolved) ??
      asString(lookup(this.table[lang], resolved)) ??
      asString(lookup(this.table.ro, resolved)) ??
      key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in options ? String(options[name]) : m));
  }
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
