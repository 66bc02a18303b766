declare const __REPER_DEV__: boolean;

/** True when running from source or `dist/`; false in the minified `cdn/` builds. */
export const DEV: boolean = typeof __REPER_DEV__ === 'boolean' ? __REPER_DEV__ : true;
