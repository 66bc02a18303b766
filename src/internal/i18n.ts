import i18next, { type i18n as I18n } from 'i18next';
import type { ReactiveControllerHost } from 'lit';
import { LANGS, type Lang } from './lang.js';
import { LangController } from './lang-controller.js';
import { overrideFor, type Strings } from './strings.js';

/** Translations of one namespace in every shipped language. */
export type LocaleTable = Record<Lang, Strings>;

/** Values for `{{name}}` placeholders; `count` selects the plural form. */
export type TOptions = Record<string, unknown> & { count?: number };

type TFunction = (key: string, options: Record<string, unknown>) => string;

let instance: I18n | undefined;

/**
 * Reper's own i18next instance: never the page's global `i18next`, so a site that uses i18next
 * for itself is not disturbed and cannot disturb Reper.
 */
function reperI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: 'ro',
      fallbackLng: 'ro',
      supportedLngs: [...LANGS],
      resources: {},
      initAsync: false,
      // Lit renders text, never markup, so i18next must not HTML-escape a second time.
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
  }
  return instance;
}

/**
 * Translates a host's strings in its resolved language, and re-renders it when the language
 * changes. Plurals use i18next's `Intl.PluralRules` suffixes (`_one`, `_few`, `_many`, `_other`).
 */
export class I18nController extends LangController {
  private readonly i18n = reperI18n();

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly ns: string,
    table: LocaleTable,
  ) {
    super(host);
    for (const lang of LANGS) {
      if (!this.i18n.hasResourceBundle(lang, ns)) this.i18n.addResourceBundle(lang, ns, table[lang], true, false);
    }
  }

  /** The translation of `key` in this host's language, with `{{name}}` values interpolated. */
  t(key: string, options: TOptions = {}): string {
    const lang = this.lang;
    if (options.count === undefined) {
      const override = overrideFor(lang, this.ns, key);
      if (override !== undefined) return interpolate(override, options);
    }
    return (this.i18n.t as unknown as TFunction)(key, { ...options, lng: lang, ns: this.ns });
  }

  /** The same key in another shipped language (the poster shows several at once). */
  tIn(lang: Lang, key: string, options: TOptions = {}): string {
    const override = options.count === undefined ? overrideFor(lang, this.ns, key) : undefined;
    if (override !== undefined) return interpolate(override, options);
    return (this.i18n.t as unknown as TFunction)(key, { ...options, lng: lang, ns: this.ns });
  }
}

function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
