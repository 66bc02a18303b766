import { ContextRoot } from '@lit/context';
import { VERSION } from './version.js';

interface ReperGlobal {
  /** Every Reper version that has run on this page, in load order. */
  versions: string[];
  /** Set once a context root listens on this page. */
  contextRoot?: boolean;
}

declare global {
  var __reper: ReperGlobal | undefined;
}

const stamp = (globalThis.__reper ??= { versions: [] });
if (!stamp.versions.includes(VERSION)) stamp.versions.push(VERSION);

// Elements may upgrade before the <reper-provider> around them (separate CDN scripts load in any
// order). A context root replays their context requests once the provider is defined.
if (!stamp.contextRoot && typeof document !== 'undefined') {
  new ContextRoot().attach(document.documentElement);
  stamp.contextRoot = true;
}

/**
 * Defines a custom element once. A second copy of Reper on the same page (two CMS plugins, an old
 * and a new CDN script) must not throw `NotSupportedError`: the first definition wins and the
 * page keeps working.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  try {
    registry.define(tag, ctor);
  } catch {
    // Another copy defined the same tag between our check and our call: keep theirs.
  }
}
