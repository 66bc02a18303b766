import type { Lang } from './lang.js';

/** A flat or nested table of translations for one namespace in one language. */
export interface Strings {
  [key: string]: string | Strings;
}

type Listener = () => void;

const overrides = new Map<string, Strings>();
const listeners = new Set<Listener>();

/**
 * Overrides any visible or announced string of an element, for one language:
 * `registerTranslations('ro', 'hotline', { title: 'Linia de ajutor a spitalului' })`.
 * Every element on the page re-renders with the new wording.
 */
export function registerTranslations(lang: Lang, ns: string, strings: Strings): void {
  const key = `${lang}/${ns}`;
  overrides.set(key, merge(overrides.get(key) ?? {}, strings));
  for (const listener of listeners) listener();
}

/** An override registered with {@link registerTranslations}, if any. */
export function overrideFor(lang: Lang, ns: string, key: string): string | undefined {
  const value = lookup(overrides.get(`${lang}/${ns}`), key);
  return typeof value === 'string' ? value : undefined;
}

export function onOverridesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks up a dotted key (`banner.title`) in a nested table. */
export function lookup(table: Strings | undefined, key: string): string | Strings | undefined {
  let node: string | Strings | undefined = table;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

function merge(into: Strings, from: Strings): Strings {
  const out: Strings = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const prev = out[k];
    out[k] = typeof v === 'object' && typeof prev === 'object' ? merge(prev, v) : v;
  }
  return out;
}
