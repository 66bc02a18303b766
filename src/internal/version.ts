declare const __REPER_VERSION__: string;

/** The SDK version, stamped at build time; `dev` when running from source. */
export const VERSION: string = typeof __REPER_VERSION__ === 'string' ? __REPER_VERSION__ : 'dev';
