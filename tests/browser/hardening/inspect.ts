// What a hostile string could have done to a rendered element, read from the live DOM: elements
// and attributes that markup injection would add, links and sources with a scheme that runs code
// or renders a document, and the text a person sees. Walks nested shadow roots (a kiosk holds a
// finder that holds QR codes).
import { CANARY, isDangerousUrl } from '../../fixtures/payloads.mjs';
import { nextTask } from '../fake-clock.js';

/** Elements a payload could inject; none of them is ever part of a Reper element. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'style', 'meta', 'base', 'link', 'template', 'body',
  'marquee', 'math', 'mglyph', 'mtext', 'table', 'video', 'audio', 'source', 'animate', 'set', 'foreignobject',
]);
/** Attributes whose value is loaded or navigated to. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcset', 'background'];

export interface Findings {
  /** `tag` of each injected element. */
  tags: string[];
  /** `tag[attr]` of each event handler or injected attribute. */
  attributes: string[];
  /** `tag[attr]=value` of each dangerous link or source. */
  urls: string[];
  /** Every text node in every shadow root, joined. */
  text: string;
  /** Number of elements inspected (to prove something rendered). */
  elements: number;
}

/** Every element inside `root`'s shadow root, and inside the shadow roots of those, recursively. */
export function* shadowElements(host: Element): Generator<Element> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const el of root.querySelectorAll('*')) {
    yield el;
    yield* shadowElements(el);
  }
}

function shadowText(host: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return parts.join(' ');
}

export function inspect(hosts: Element | Element[]): Findings {
  const out: Findings = { tags: [], attributes: [], urls: [], text: '', elements: 0 };
  const texts: string[] = [];
  for (const host of Array.isArray(hosts) ? hosts : [hosts]) {
    texts.push(shadowText(host));
    for (const el of shadowElements(host)) {
      out.elements++;
      const tag = el.localName;
      if (FORBIDDEN_TAGS.has(tag)) out.tags.push(tag);
      // Reper never renders an <img> except a kiosk institution logo, which must be http(s).
      if (tag === 'img' && !/^https?:/i.test(el.getAttribute('src') ?? '')) out.tags.push(`img src=${el.getAttribute('src')}`);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        // (`style` is legitimate: lit's styleMap writes it through the CSSOM, which CSP allows.)
        if (/^on/i.test(attr) || ['srcdoc', 'formaction', 'autofocus'].includes(attr) || !/^[a-zA-Z][a-zA-Z0-9-]*(:[a-z]+)?$/.test(attr)) {
          out.attributes.push(`${tag}[${attr}]`);
        }
        if (URL_ATTRS.includes(attr) && isDangerousUrl(value)) out.urls.push(`${tag}[${attr}]=${value}`);
        if (tag === 'reper-qr' && attr === 'value' && isDangerousUrl(value)) out.urls.push(`${tag}[value]=${value}`);
      }
    }
  }
  out.text = texts.join(' ');
  return out;
}

/** Installs the canary every executable payload calls; returns the calls seen so far. */
export function installCanary(): number[] {
  const calls: number[] = [];
  (globalThis as unknown as Record<string, unknown>)[CANARY] = (n: number) => calls.push(n);
  return calls;
}

/**
 * Lets what an injected payload would have set off happen before a test looks: waits until a
 * broken image of our own (the payloads' `src=x`) has fired its error event, and until a frame has
 * been rendered (autofocus and toggle events), then one task more.
 */
export async function settle(): Promise<void> {
  const probe = document.createElement('img');
  const failed = new Promise<void>((resolve) => probe.addEventListener('error', () => resolve(), { once: true }));
  probe.src = 'x';
  await failed;
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await nextTask();
}
