// A <reper-finder> with its own `src`: when the feed cannot be used it keeps what it showed (the
// last good feed, or the built-in national lines — never an empty list) and tells the operator
// why with `reper-directory-error`, as <reper-provider> does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/finder.js';
import type { ReperFinderElement } from '../../../src/finder.js';
import { NATIONAL_DIRECTORY } from '../../../src/data/national.js';
import type { sampleFeed } from '../directory/helpers.js';

describe('finder with its own src: unavailable feed', () => {
  const realFetch = window.fetch;
  let routes: Record<string, () => Response | Promise<Response>>;
  beforeEach(() => {
    routes = {};
    window.fetch = async (input: RequestInfo | URL) => {
      const route = routes[String(input)];
      if (!route) throw new TypeError('Failed to fetch');
      return route();
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  for (const [name, route, kind] of [
    ['down', undefined, 'network'],
    ['500', () => new Response('oops', { status: 500 }), 'http'],
    ['50 MB', () => new Response('x', { headers: { 'content-length': String(50 * 1024 * 1024) } }), 'too-large'],
    ['not a feed', () => new Response('{"schema":"reper-directory/1"}'), 'invalid'],
  ] as const) {
    it(`${name}, no good copy: the national lines and a reper-directory-error "${kind}"`, async () => {
      if (route) routes['https://feed.invalid/a.json'] = route;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro"></div>`);
      const el = document.createElement('reper-finder') as ReperFinderElement;
      const failed = oneEvent(wrapper, 'reper-directory-error');
      el.src = 'https://feed.invalid/a.json';
      wrapper.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.kind).to.equal(kind);
      expect(detail.message).to.be.a('string').and.not.empty;
      expect(detail.url).to.equal('https://feed.invalid/a.json');
      expect(detail.showing).to.equal('built-in');
      if (kind === 'invalid') expect(detail.problems.length).to.be.greaterThan(0);
      expect(el.directory).to.equal(NATIONAL_DIRECTORY);
      expect(el.resultCount).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.match(/național/);
    });
  }

  it('a good feed, then a failing one: the last good feed stays and the error says so', async () => {
    const sample = (await (await realFetch('/examples/data/cluj-sample.json')).json()) as Awaited<ReturnType<typeof sampleFeed>>;
    routes['https://feed.invalid/good.json'] = () => new Response(JSON.stringify(sample));
    routes['https://feed.invalid/bad.json'] = () => new Response('', { status: 503 });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ro"></div>`);
    const el = document.createElement('reper-finder') as ReperFinderElement;
    const loaded = oneEvent(wrapper, 'reper-directory-load');
    el.src = 'https://feed.invalid/good.json';
    wrapper.append(el);
    expect((await loaded).detail.directory.id).to.equal(sample.id);
    await el.updateComplete;
    expect(el.resultCount).to.equal(sample.services.length);
    const failed = oneEvent(wrapper, 'reper-directory-error');
    el.src = 'https://feed.invalid/bad.json';
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.kind).to.equal('http');
    expect(detail.showing).to.equal('feed');
    expect(el.directory.id).to.equal(sample.id);
    expect(el.resultCount).to.equal(sample.services.length);
  });
});
