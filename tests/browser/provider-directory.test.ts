import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextEvent as ContextRequestEvent } from '@lit/context';
import '../../src/components/provider/provider.js';
import type { ReperProviderElement } from '../../src/components/provider/provider.component.js';
import { directoryContext, type DirectoryState } from '../../src/directory/context.js';
import { NATIONAL_DIRECTORY } from '../../src/data/national.js';
import { bytesToBase64 } from '../../src/directory/signature.js';

const SAMPLE = '/examples/data/cluj-sample.json';

/** Subscribes a plain child element to the directory context, as a Reper element does. */
function consumer(provider: Element): { latest: () => DirectoryState | undefined } {
  const child = document.createElement('div');
  provider.append(child);
  let value: DirectoryState | undefined;
  child.dispatchEvent(new ContextRequestEvent(directoryContext, child, (v) => (value = v), true));
  return { latest: () => value };
}

async function keyPair() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pub = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const sign = async (b: Uint8Array<ArrayBuffer>) => bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, b)));
  return { pub, sign };
}

describe('<reper-provider> directory', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('provides the built-in national directory when there is no src', async () => {
    const el = await fixture<ReperProviderElement>(html`<reper-provider></reper-provider>`);
    const c = consumer(el);
    expect(c.latest()?.source).to.equal('built-in');
    expect(c.latest()?.directory).to.equal(NATIONAL_DIRECTORY);
  });

  it('loads src, fires reper-directory-load (bubbling, composed) and provides the feed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('reper-provider');
    const c = consumer(el);
    const loaded = oneEvent(wrapper, 'reper-directory-load');
    el.setAttribute('src', SAMPLE);
    wrapper.append(el);
    const event = await loaded;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.directory.services.length).to.equal(34);
    expect(event.detail.notModified).to.equal(false);
    expect(c.latest()?.source).to.equal('feed');
    expect(c.latest()?.status).to.equal('ready');
    expect(c.latest()?.directory.id).to.equal('cluj-sample');
    expect(el.directoryState.directory.id).to.equal('cluj-sample');
  });

  it('falls back to the built-in directory when the first load fails', async () => {
    const el = document.createElement('reper-provider');
    const c = consumer(el);
    el.src = '/examples/data/does-not-exist.json';
    const failed = oneEvent(el, 'reper-directory-error');
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('http');
    expect(detail.showing).to.equal('built-in');
    expect(c.latest()?.directory).to.equal(NATIONAL_DIRECTORY);
    expect(c.latest()?.status).to.equal('error');
    el.remove();
  });

  it('keeps the last good directory when a later feed is invalid, and lists the problems', async () => {
    const el = document.createElement('reper-provider');
    const c = consumer(el);
    el.src = SAMPLE;
    const loaded = oneEvent(el, 'reper-directory-load');
    document.body.append(el);
    await loaded;
    const bad = await (await fetch(SAMPLE)).json();
    bad.services[3].phones[0].number = 'call us';
    bad.services[5].location = { confidentiality: 'withheld', geo: { lat: 46.7, lon: 23.6 } };
    const failed = oneEvent(el, 'reper-directory-error');
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(bad))}`;
    const { detail } = await failed;
    expect(detail.kind).to.equal('invalid');
    expect(detail.problems.map((p: { path: string }) => p.path)).to.include.members(['services[3].phones[0].number', 'services[5].location.geo']);
    expect(detail.showing).to.equal('feed');
    expect(c.latest()?.directory.id).to.equal('cluj-sample');
    expect(c.latest()?.error?.kind).to.equal('invalid');
    el.remove();
  });

  it('checks <src>.sig against public-key: valid accepted, wrong key rejected', async () => {
    const bytes = new Uint8Array(await (await realFetch(SAMPLE)).arrayBuffer());
    const signer = await keyPair();
    const other = await keyPair();
    const sig = await signer.sign(bytes);
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/signed/feed.json.sig')) return new Response(sig);
      if (url.endsWith('/signed/feed.json')) return new Response(bytes, { headers: { etag: '"s1"' } });
      return realFetch(input);
    }) as typeof fetch;

    const good = document.createElement('reper-provider');
    good.setAttribute('public-key', `${other.pub} ${signer.pub}`);
    good.src = '/signed/feed.json';
    const loaded = oneEvent(good, 'reper-directory-load');
    document.body.append(good);
    expect((await loaded).detail.directory.id).to.equal('cluj-sample');
    good.remove();

    const bad = document.createElement('reper-provider');
    const c = consumer(bad);
    bad.setAttribute('public-key', other.pub);
    bad.src = '/signed/feed.json';
    const failed = oneEvent(bad, 'reper-directory-error');
    document.body.append(bad);
    expect((await failed).detail.kind).to.equal('signature');
    expect(c.latest()?.directory).to.equal(NATIONAL_DIRECTORY);
    bad.remove();
  });

  it('loads the signed sample from the server with its pinned key', async () => {
    const pub = (await (await realFetch('/examples/data/sample-signing.pub')).text()).trim();
    const el = document.createElement('reper-provider');
    el.setAttribute('public-key', pub);
    el.src = SAMPLE;
    const loaded = oneEvent(el, 'reper-directory-load');
    document.body.append(el);
    expect((await loaded).detail.directory.status).to.equal('sample');
    el.remove();
  });

  it('revalidates with the ETag on refreshDirectory()', async () => {
    const bytes = new Uint8Array(await (await realFetch(SAMPLE)).arrayBuffer());
    const seen: (string | null)[] = [];
    window.fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const tag = new Headers(init?.headers).get('if-none-match');
      seen.push(tag);
      return tag === '"e1"' ? new Response(null, { status: 304 }) : new Response(bytes, { headers: { etag: '"e1"' } });
    }) as typeof fetch;
    const el = document.createElement('reper-provider');
    el.src = '/etag/feed.json';
    const first = oneEvent(el, 'reper-directory-load');
    document.body.append(el);
    await first;
    const second = oneEvent(el, 'reper-directory-load');
    await el.refreshDirectory();
    const { detail } = await second;
    expect(detail.notModified).to.equal(true);
    expect(seen).to.deep.equal([null, '"e1"']);
    expect(el.directoryState.directory.id).to.equal('cluj-sample');
    el.remove();
  });
});
