/** `<reper-finder>`: the service finder (search, filters, call and map links). */
export * from './components/finder/finder.js';
