import { fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../src/finder.js';
import type { ReperFinderElement } from '../../../src/finder.js';
import { directoryContext, type DirectoryState } from '../../../src/directory/context.js';
import type { Directory, Service } from '../../../src/directory/schema.js';
import type { Lang } from '../../../src/internal/lang.js';
import { type Clock, setClock } from '../../../src/internal/clock.js';

export const SAMPLE_URL = '/examples/data/cluj-sample.json';

let sample: Directory | undefined;
/** The sample feed, read the way a test reader would (not through the finder). */
export async function sampleDirectory(): Promise<Directory> {
  sample ??= (await (await fetch(SAMPLE_URL)).json()) as Directory;
  return sample;
}

export async function sampleName(id: string, lang = 'ro'): Promise<string> {
  const s = (await sampleDirectory()).services.find((x) => x.id === id)!;
  return typeof s.name === 'string' ? s.name : (s.name[lang] ?? s.name.ro);
}

/** The names of sample services as a finder in `lang` shows them. */
export async function namesOf(ids: string[], lang = 'ro'): Promise<string[]> {
  return Promise.all(ids.map((id) => sampleName(id, lang)));
}

/** A clock fixed at an instant. */
export const at = (iso: string) => () => new Date(iso);

/** "Today" for the sample data: a Saturday, 28 November 2026, 12:00 in Bucharest. */
export const TODAY = at('2026-11-28T10:00:00Z');

export interface FinderOptions {
  lang?: Lang;
  layout?: 'list' | 'kiosk';
  audience?: string;
  category?: string;
  locality?: string;
  mapProvider?: string;
  now?: () => Date;
  /** A clock that drives the finder's timers too (a `FakeClock`); instead of `now`. */
  clock?: Clock;
  /** A directory handed down through the provider context (no fetch). */
  directory?: Directory;
  /** Load the sample feed through the finder's own `src`. */
  src?: string;
}

/** A finder on the sample data (its own `src`), or on a directory given through the context. */
export async function finder(options: FinderOptions = {}): Promise<ReperFinderElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'ro'}></div>`);
  if (options.directory) {
    const state: DirectoryState = { directory: options.directory, source: 'feed', status: 'ready' };
    new ContextProvider(wrapper, { context: directoryContext, initialValue: state });
  }
  const el = document.createElement('reper-finder');
  setClock(options.clock ?? options.now ?? TODAY);
  for (const [attr, value] of [
    ['layout', options.layout],
    ['audience', options.audience],
    ['category', options.category],
    ['locality', options.locality],
    ['map-provider', options.mapProvider],
  ] as const) {
    if (value) el.setAttribute(attr, value);
  }
  const src = options.directory ? options.src : (options.src ?? SAMPLE_URL);
  if (src) el.setAttribute('src', src);
  wrapper.append(el);
  await el.updateComplete;
  if (src) await waitUntil(() => el.directory.status === 'sample', 'the feed did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const root = (el: ReperFinderElement) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ReperFinderElement, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: ReperFinderElement, sel: string) => [...root(el).querySelectorAll<T>(sel)];

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Names of every result, after pressing "show more" until all are shown. */
export async function allNames(el: ReperFinderElement): Promise<string[]> {
  for (let more = $<HTMLButtonElement>(el, '.more'); more; more = $<HTMLButtonElement>(el, '.more')) {
    more.click();
    await el.updateComplete;
  }
  return $$(el, '.result .name').map(text);
}

export async function typeQuery(el: ReperFinderElement, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: ReperFinderElement, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function tick(el: ReperFinderElement, label: string): Promise<void> {
  const box = $$<HTMLLabelElement>(el, 'label.check').find((l) => text(l) === label)!;
  box.querySelector('input')!.click();
  await el.updateComplete;
}

export function resultByName(el: ReperFinderElement, name: string): HTMLElement | undefined {
  return $$(el, '.result').find((r) => text(r.querySelector('.name')) === name);
}

/**
 * The kiosk tile labelled `label`: its group is folded to one row until tapped, so unfold the
 * groups one by one until the tile shows (as a person would).
 */
export async function kioskTile(el: ReperFinderElement, label: string): Promise<HTMLButtonElement> {
  const find = () => $$<HTMLButtonElement>(el, '.tile:not(.group)').find((b) => text(b) === label);
  for (const group of $$<HTMLButtonElement>(el, '.tile.group')) {
    const hit = find();
    if (hit) return hit;
    if (group.getAttribute('aria-expanded') !== 'true') {
      group.click();
      await el.updateComplete;
    }
  }
  const hit = find();
  if (!hit) throw new Error(`no kiosk tile "${label}"`);
  return hit;
}

export type { Service };
