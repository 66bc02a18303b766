// Hostile text and links in every field the hotline, the finder and the kiosk render: markup,
// script, event-handler attributes, attribute break-outs and javascript:/data:/vbscript: links
// (tests/fixtures/payloads.mjs). Nothing may run (the payloads call a global canary), no element
// or attribute may be injected, no dangerous link or source may appear in any shadow root, and
// the hostile strings must still be shown — as text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/hotline.js';
import '../../../src/kiosk.js';
import type { ReperHotlineElement } from '../../../src/hotline.js';
import type { ReperKioskElement } from '../../../src/kiosk.js';
import { registerTranslations, type Strings } from '../../../src/internal/strings.js';
import roHotline from '../../../src/locales/ro/hotline.json';
import type { Directory, Service } from '../../../src/directory/schema.js';
import { validateDirectory } from '../../../src/directory/validate.js';
import { MARKUP_PAYLOADS, PAYLOADS, URL_PAYLOADS } from '../../fixtures/payloads.mjs';
import { finder, sampleDirectory, TODAY } from '../finder/helpers.js';
import { inspect, installCanary, settle, type Findings } from './inspect.js';
import { FakeClock } from '../fake-clock.js';

const clean = (f: Findings) => ({ tags: f.tags, attributes: f.attributes, urls: f.urls });
const NOTHING = { tags: [], attributes: [], urls: [] };

/** Dotted keys of a nested strings table. */
function keysOf(table: Strings, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}
function nest(pairs: [string, string][]): Strings {
  const out: Strings = {};
  for (const [key, value] of pairs) {
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Strings;
    node[parts.at(-1)!] = value;
  }
  return out;
}

let canary: number[];
beforeEach(() => {
  canary = installCanary();
});

it('has at least 50 payloads', () => {
  expect(PAYLOADS.length).to.be.at.least(50);
});

describe('hotline: hostile wording through registerTranslations', () => {
  after(() => registerTranslations('ro', 'hotline', roHotline as Strings));

  it('shows every payload as text in every variant, audience and wording, and runs none', async () => {
    const keys = keysOf(roHotline as Strings);
    const rounds = Math.ceil(PAYLOADS.length / keys.length);
    for (let round = 0; round < rounds; round++) {
      const assigned = keys.map((k, i) => [k, PAYLOADS[(round * keys.length + i) % PAYLOADS.length]] as [string, string]);
      registerTranslations('ro', 'hotline', nest(assigned));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro">
        ${(['banner', 'compact', 'card'] as const).flatMap((v) =>
          (['general', 'children'] as const).flatMap((a) => [
            html`<reper-hotline variant=${v} audience=${a}></reper-hotline>`,
            html`<reper-hotline variant=${v} audience=${a} neutral></reper-hotline>`,
          ]),
        )}
      </div>`);
      const els = [...wrapper.querySelectorAll<ReperHotlineElement>('reper-hotline')];
      await Promise.all(els.map((e) => e.updateComplete));
      await settle();
      const found = inspect(els);
      expect(clean(found), `round ${round}`).to.deep.equal(NOTHING);
      const attrValues = els.flatMap((e) => [...e.shadowRoot!.querySelectorAll('*')].flatMap((n) => n.getAttributeNames().map((a) => n.getAttribute(a))));
      for (const [key, payload] of assigned) {
        expect(found.text.includes(payload) || attrValues.includes(payload), `${key} shows ${JSON.stringify(payload)}`).to.be.true;
      }
      // The numbers themselves are never replaced by wording.
      for (const e of els) expect(e.shadowRoot!.querySelector('a[part="number"]')!.getAttribute('href')).to.equal('tel:0800500333');
    }
    expect(canary).to.deep.equal([]);
  });
});

/** A service whose every text and link field carries `p`. */
function hostileService(p: string, i: number, base: Service): Service {
  return {
    ...base,
    id: `hostile-${i}`,
    name: i % 2 ? p : { ro: p, en: p, [p.slice(0, 20)]: p },
    description: { ro: p },
    organization: p,
    categories: ['counselling'],
    audiences: ['adult-victim'],
    phones: [
      { number: p, display: p, kind: 'voice', note: p },
      { number: '+40264000001', display: p, kind: 'sms', note: { ro: p } },
      { number: '+40264000002', kind: 'voice' },
    ],
    email: p,
    website: p,
    location: {
      confidentiality: 'public',
      address: { street: p, locality: p, county: p, postalCode: p },
      geo: { lat: 46.77, lon: 23.6 },
      accessibility: p,
    },
    areaServed: [p],
    hours: { note: p, weekly: [{ days: ['mo'], opens: '09:00', closes: '17:00' }] },
    free: true,
    languages: [p, 'ro'],
    verifiedAt: i % 3 ? '2026-10-01' : p,
    source: p,
  };
}

async function hostileDirectory(payloads: string[]): Promise<Directory> {
  const sample = await sampleDirectory();
  return {
    ...sample,
    name: payloads[0],
    status: 'published',
    services: payloads.map((p, i) => hostileService(p, i, sample.services[0])),
  };
}

describe('finder: hostile feed fields (handed over without validation, as a buggy host could)', () => {
  for (const layout of ['list', 'kiosk'] as const) {
    for (const mapProvider of ['google', 'osm'] as const) {
      it(`${layout} layout, ${mapProvider} maps: every payload shown as text, nothing runs, no dangerous link`, async () => {
        const directory = await hostileDirectory(PAYLOADS);
        const el = await finder({ directory, layout, mapProvider, now: TODAY });
        for (let more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more'); more; more = el.shadowRoot!.querySelector('.more')) {
          more.click();
          await el.updateComplete;
        }
        expect(el.shadowRoot!.querySelectorAll('.result').length).to.equal(PAYLOADS.length);
        // Kiosk results carry QR codes: let them render.
        await Promise.all([...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('reper-qr')].map((q) => q.updateComplete));
        await settle();
        const found = inspect(el);
        expect(clean(found)).to.deep.equal(NOTHING);
        for (const p of MARKUP_PAYLOADS) expect(found.text.includes(p), `shows ${JSON.stringify(p)}`).to.be.true;
        // Every link is one of the allowed schemes.
        const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
        for (const href of hrefs) expect(href, href).to.match(/^(https:|tel:|mailto:|geo:)/);
        expect(canary).to.deep.equal([]);
      });
    }
  }

  it('the validator refuses every URL payload as a website and markup payloads as phone numbers', async () => {
    const sample = await sampleDirectory();
    for (const p of [...URL_PAYLOADS, ...MARKUP_PAYLOADS]) {
      // An https: link with odd characters is still an https: link (the browser escapes them).
      if (p.startsWith('https://')) continue;
      const feed = { ...sample, services: [{ ...sample.services[0], website: p }] };
      const r = validateDirectory(JSON.parse(JSON.stringify(feed)));
      expect(r.ok, `website ${JSON.stringify(p)}`).to.be.false;
      const phone = { ...sample, services: [{ ...sample.services[0], phones: [{ number: p, kind: 'voice' }] }] };
      expect(validateDirectory(JSON.parse(JSON.stringify(phone))).ok, `phone ${JSON.stringify(p)}`).to.be.false;
    }
  });

  it('a lone surrogate (JSON allows "\\ud800") is refused by the validator and does not break a map link', async () => {
    const sample = await sampleDirectory();
    const service = sample.services.find((s) => s.location?.address)!;
    const bad = JSON.parse(
      JSON.stringify({ ...sample, services: [{ ...service, location: { ...service.location, address: { ...service.location!.address, street: 'Strada Exemplu 1 X' } } }] }).replace(' X', ' \\ud800'),
    );
    expect(bad.services[0].location.address.street).to.equal('Strada Exemplu 1 \ud800');
    const r = validateDirectory(bad);
    expect(r.ok).to.be.false;
    if (!r.ok) expect(r.problems.map((p) => p.path)).to.include('services[0].location.address.street');
    const el = await finder({ directory: bad, mapProvider: 'osm', now: TODAY });
    expect(el.shadowRoot!.querySelector('.result a.map')!.getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=Strada%20Exemplu%201%20%EF%BF%BD/);
  });
});

describe('kiosk: hostile config and feed', () => {
  const realFetch = window.fetch;
  let routes: Map<string, () => Response>;
  // The kiosk's timers (slides, idle check) run on this clock: its time moves only when a test moves it.
  let clock: FakeClock;
  beforeEach(() => {
    clock = new FakeClock().install();
    routes = new Map();
    window.fetch = async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const route = routes.get(url.split('?')[0]);
      return route ? route() : new Response('not found', { status: 404 });
    };
  });
  afterEach(async () => {
    clock.uninstall();
    window.fetch = realFetch;
    for (const name of await caches.keys()) await caches.delete(name);
  });

  const json = (value: unknown) => () => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

  async function kiosk(config: string): Promise<ReperKioskElement> {
    const el = await fixture<ReperKioskElement>(html`<reper-kiosk config=${config}></reper-kiosk>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.attract, .config-error'), 'the kiosk did not start', { timeout: 5000 });
    return el;
  }

  it('text payloads in the institution name, slides, resource labels and the feed: shown as text, nothing runs', async () => {
    const sample = await sampleDirectory();
    const base = `${location.origin}/__hostile__/${Math.random().toString(36).slice(2)}`;
    // Config text must be valid text too (no control or bidi characters): keep the payloads it accepts.
    const TEXT = PAYLOADS.filter((p) => validateDirectory({ ...sample, name: p }).ok);
    expect(TEXT.length).to.be.at.least(50);
    // A feed the validator accepts: markup is allowed as text (it is only ever text).
    const feedPayloads = MARKUP_PAYLOADS;
    const feed = {
      ...sample,
      services: feedPayloads.map((p, i) => ({
        ...sample.services[0],
        id: `hostile-${i}`,
        name: p,
        description: p,
        organization: p,
        areaServed: [p],
        hours: { open247: true, note: p },
        phones: [{ number: '+40264000001', display: p.slice(0, 40), kind: 'voice', note: p }],
        location: { confidentiality: 'public', address: { street: p, locality: p, county: p } },
        source: p,
      })),
    };
    expect(validateDirectory(JSON.parse(JSON.stringify(feed))).ok, 'the hostile feed is a valid feed').to.be.true;
    routes.set(`${base}/feed.json`, json(feed));
    routes.set(`${base}/config.json`, json({
      feedUrl: 'feed.json',
      languages: ['ro', 'en'],
      slides: TEXT.map((p) => ({ title: p, text: p })),
      resources: TEXT.map((p) => ({ label: p, url: 'tel:0800500333' })),
      institution: { name: TEXT[0] },
      idleSeconds: 600,
    }));
    const synced: unknown[] = [];
    const onSync = (e: CustomEvent) => synced.push(e.detail);
    document.addEventListener('reper-sync', onSync);
    const el = await kiosk(`${base}/config.json`);
    await waitUntil(() => synced.some((o) => (o as { status: string }).status === 'updated'), `the hostile feed did not load: ${JSON.stringify(synced)}`, { timeout: 5000 });
    document.removeEventListener('reper-sync', onSync);
    const seen: string[] = [];
    expect(el.shadowRoot!.querySelector('.config-error'), 'the config was accepted').to.equal(null);
    /** Opens a view from the kiosk's navigation, as a person does. */
    const open = async (view: string) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.nav[data-view="${view}"]`)!.click();
      await el.updateComplete;
    };
    for (let i = 0; i < TEXT.length; i++) {
      if (i) await clock.advance(8_000); // the attract screen shows the next slide every 8 s
      await el.updateComplete;
      const f = inspect(el);
      expect(clean(f), `slide ${i}`).to.deep.equal(NOTHING);
      seen.push(f.text);
    }
    for (const p of MARKUP_PAYLOADS) expect(seen.some((t) => t.includes(p)), `slide shows ${JSON.stringify(p)}`).to.be.true;
    await open('resources');
    await Promise.all([...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('reper-qr')].map((q) => q.updateComplete));
    const resources = inspect(el);
    expect(clean(resources)).to.deep.equal(NOTHING);
    for (const p of MARKUP_PAYLOADS) expect(resources.text.includes(p), `resource label ${JSON.stringify(p)}`).to.be.true;
    await open('finder');
    const f = el.shadowRoot!.querySelector('reper-finder')!;
    await f.updateComplete;
    for (let more = f.shadowRoot!.querySelector<HTMLButtonElement>('.more'); more; more = f.shadowRoot!.querySelector('.more')) {
      more.click();
      await f.updateComplete;
    }
    await Promise.all([...f.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('reper-qr')].map((q) => q.updateComplete));
    await settle();
    const results = inspect(el);
    expect(clean(results)).to.deep.equal(NOTHING);
    for (const p of feedPayloads) expect(results.text.includes(p), `feed text ${JSON.stringify(p)}`).to.be.true;
    expect(canary).to.deep.equal([]);
  });

  it('URL payloads as resource links and logo: refused (config error) and never rendered as a link or source', async () => {
    const base = `${location.origin}/__hostile__/${Math.random().toString(36).slice(2)}`;
    for (const [i, p] of URL_PAYLOADS.entries()) {
      routes.set(`${base}/c${i}.json`, json({ resources: [{ label: 'x', url: p }], institution: { name: 'x', logoUrl: p }, idleSeconds: 600 }));
      const el = await kiosk(`${base}/c${i}.json`);
      await settle();
      expect(clean(inspect(el)), JSON.stringify(p)).to.deep.equal(NOTHING);
      el.remove();
    }
    expect(canary).to.deep.equal([]);
  });
});

describe('qr and poster: hostile attributes from a page author', () => {
  it('every payload as a QR label and value, and as a poster url: shown as text at most, nothing runs, no dangerous link', async () => {
    await import('../../../src/qr.js');
    await import('../../../src/poster.js');
    // The elements' development warnings about a bad url are expected here: keep the log readable.
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const p of PAYLOADS) {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro">
          <reper-qr value=${p} label=${p}></reper-qr>
          <reper-qr value="https://example.org/ajutor" label=${p}></reper-qr>
          <reper-poster url=${p} langs="ro,hu"></reper-poster>
        </div>`);
        const els = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await Promise.all(els.map((e) => e.updateComplete));
        const inner = els.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('reper-qr')]);
        await Promise.all(inner.map((q) => q.updateComplete));
        expect(clean(inspect(els)), JSON.stringify(p)).to.deep.equal(NOTHING);
        // The poster's code never carries the hostile url: an https: page or the helpline's tel:.
        const posterQr = els[2].shadowRoot!.querySelector('reper-qr');
        expect(posterQr, 'the poster draws its code').to.not.equal(null);
        expect(posterQr!.value, JSON.stringify(p)).to.match(/^(https:|tel:)/);
      }
      await settle();
    } finally {
      console.warn = warn;
    }
    expect(canary).to.deep.equal([]);
  });
});
