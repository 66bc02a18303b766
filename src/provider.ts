/** `<reper-provider>`: shared settings (and, with `src`, the service directory) for descendants. */
export * from './components/provider/provider.js';
