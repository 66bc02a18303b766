import type { LocalizedText } from './schema.js';

/** Languages tried after the requested one: Romanian first, then English, Hungarian, Ukrainian. */
export const DEFAULT_FALLBACK: readonly string[] = ['ro', 'en', 'hu', 'uk'];

/**
 * The text to show for `lang`: a plain string as is; for a per-language object, the exact
 * language, then its primary subtag (`ro-RO` → `ro`), then `fallbackOrder`, then the first text
 * given. Returns `''` for `undefined`. The result is plain text, to be rendered as text.
 */
export function localized(
  text: LocalizedText | undefined,
  lang: string,
  fallbackOrder: readonly string[] = DEFAULT_FALLBACK,
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const tried = [lang, lang.split('-')[0], ...fallbackOrder];
  for (const candidate of tried) {
    const value = text[candidate];
    if (typeof value === 'string' && value) return value;
  }
  for (const value of Object.values(text)) if (value) return value;
  return '';
}

/** The language `localized()` would pick, so a UI can set `lang` on the text it renders. */
export function localizedLang(
  text: LocalizedText | undefined,
  lang: string,
  fallbackOrder: readonly string[] = DEFAULT_FALLBACK,
): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  for (const candidate of [lang, lang.split('-')[0], ...fallbackOrder]) if (text[candidate]) return candidate;
  return Object.keys(text).find((k) => text[k]);
}

/** Every text of a localized value (all languages), for search haystacks. */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}
