/**
 * Reper, all in one: every element, the translation override hook and the version.
 * Per-element entries (`reper/hotline.js`, …) load less.
 */
export * from './provider.js';
export * from './hotline.js';
export { registerTranslations } from './internal/strings.js';
export { VERSION } from './internal/version.js';
export { LANGS, type Lang } from './internal/lang.js';
