/** `<reper-hotline>`: the national helpline banner (0800 500 333, 112). */
export * from './components/hotline/hotline.js';
