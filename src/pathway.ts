/** `<reper-pathway>`: what happens when you ask for help — the police-intervention pathway, step by step. */
export * from './components/pathway/pathway.js';
