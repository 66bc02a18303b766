/**
 * Reper, all in one: every website element and the kiosk, the translation override hook and the
 * version. Per-element entries (`reper/hotline.js`, …) load less; the data API without UI is
 * `reper/directory.js`.
 */
export * from './provider.js';
export * from './hotline.js';
export * from './exit.js';
export * from './finder.js';
export * from './qr.js';
export * from './poster.js';
export * from './pathway.js';
export * from './kiosk.js';
export { registerTranslations } from './internal/strings.js';
export { VERSION } from './internal/version.js';
export { LANGS, type Lang } from './internal/lang.js';
