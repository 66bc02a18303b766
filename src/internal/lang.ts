/** The languages Reper ships, in the order it offers them. */
export const LANGS = ['ro', 'hu', 'en', 'uk'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ro';

/** `hu-HU` → `hu`; unknown or empty → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/**
 * Resolves an element's language: its own `lang`, the closest `[lang]` ancestor (crossing shadow
 * roots, so an element inside the kiosk follows the kiosk), `<html lang>`, then Romanian.
 * A declared language Reper does not ship is skipped in favour of the next one up the tree.
 */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const lang = toLang(found.getAttribute('lang'));
      if (lang) return lang;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return toLang(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANG;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
