/** `<reper-exit>`: quick exit button, Shift × 3 / Escape × 2 shortcut and skip link. */
export * from './components/exit/exit.js';
