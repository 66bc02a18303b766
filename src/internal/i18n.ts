import type { ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, type Lang } from './lang.js';
import { LangController } from './lang-controller.js';
import { lookup, overrideFor, type Strings } from './strings.js';

/** Translations of one namespace in every shipped language. */
export type LocaleTable = Record<Lang, Strings>;

/** Values for `{{name}}` placeholders; `count` selects the plural form. */
export type TOptions = Record<string, unknown> & { count?: number };

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** `one`, `few`, `many`, `other`… for a count in a language (CLDR rules, through the browser). */
function pluralOf(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/**
 * Reper's one set of translation rules, the same for every element:
 *
 * - keys are dotted paths into the locale JSON (`neutral.title`);
 * - with a numeric `count`, the key gains the plural suffix `Intl.PluralRules` picks for the
 *   language (`results_one`, `results_few`, `results_many`, `results_other`), then `_other`, then
 *   the bare key;
 * - for each of those keys in turn, an override registered with `registerTranslations()` wins over
 *   the shipped table — plural keys included;
 * - a key missing in the language falls back to Romanian (with Romanian's plural rule), then to
 *   the key itself, so a gap shows a key, never an empty control;
 * - `{{name}}` is replaced with `options.name` (as text: lit renders it, nothing is parsed as
 *   markup); a placeholder without a value stays as written.
 */
export function translate(table: LocaleTable, ns: string, lang: Lang, key: string, options: TOptions = {}): string {
  const count = options.count;
  const langs: Lang[] = lang === DEFAULT_LANG ? [lang] : [lang, DEFAULT_LANG];
  for (const l of langs) {
    const keys = typeof count === 'number' ? [`${key}_${pluralOf(l, count)}`, `${key}_other`, key] : [key];
    for (const k of keys) {
      const text = overrideFor(l, ns, k) ?? asString(lookup(table[l], k));
      if (text !== undefined) return interpolate(text, options);
    }
  }
  return key;
}

function interpolate(text: string, values: TOptions): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Translates a host's strings in its resolved language, and re-renders the host when that
 * language changes or an override is registered. Every Reper element uses this one controller:
 *
 * ```ts
 * import locales from '../../locales/pathway.js';
 * private readonly i18n = new I18nController(this, 'pathway', locales);
 * render() { return html`<h2 lang=${this.i18n.lang}>${this.i18n.t('title')}</h2>`; }
 * ```
 */
export class I18nController extends LangController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly ns: string,
    private readonly table: LocaleTable,
  ) {
    super(host);
  }

  /** The translation of `key` in this host's language, with `{{name}}` values interpolated. */
  t(key: string, options: TOptions = {}): string {
    return translate(this.table, this.ns, this.lang, key, options);
  }

  /** The same key in another shipped language (the poster and kiosk show several at once). */
  tIn(lang: Lang, key: string, options: TOptions = {}): string {
    return translate(this.table, this.ns, lang, key, options);
  }
}
