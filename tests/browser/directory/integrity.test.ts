// Feed integrity (issue 12): the loader's size limit while streaming, the freshness rules (no
// rollback, no other directory, expiry), validation that cannot blow the stack, one key parser.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/provider/provider.js';
import '../../../src/finder.js';
import type { ReperProviderElement } from '../../../src/components/provider/provider.component.js';
import { DirectoryError, ReperError } from '../../../src/directory/errors.js';
import { freshnessRefusal, isExpired } from '../../../src/directory/freshness.js';
import { loadDirectory } from '../../../src/directory/loader.js';
import type { Directory } from '../../../src/directory/schema.js';
import { bytesToBase64, normalizePublicKey, parseKeyList, parsePublicKey } from '../../../src/directory/signature.js';
import { MAX_PROBLEMS, parseDirectory, validateDirectoryAsync } from '../../../src/directory/validate.js';
import { parseKioskConfig } from '../../../src/components/kiosk/config.js';
import { clone, keyPair, sampleFeed, stubFetch } from './helpers.js';

async function rejection(p: Promise<unknown>): Promise<DirectoryError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(DirectoryError);
    return error as DirectoryError;
  }
  throw new Error('expected the load to fail');
}

const bytesOf = (feed: unknown) => new TextEncoder().encode(JSON.stringify(feed));

/** A body that never ends; `pulled` counts the bytes the reader asked for, `cancelled` says whether it gave up. */
function endless(chunk = 64 * 1024) {
  const counter = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { body, counter };
}

/** A feed whose services are all invalid (the stack overflow of the review: 31,000 of them). */
function invalidFeed(base: Directory, n: number) {
  const feed = clone(base) as unknown as Record<string, unknown>;
  feed.services = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: 7, categories: ['nope'] }));
  return feed;
}

describe('feed integrity', () => {
  let sample: Directory;
  const realFetch = window.fetch;
  before(async () => {
    sample = await sampleFeed();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('size limit while streaming', () => {
    it('stops reading an endless feed at the limit and cancels the download', async () => {
      const { body, counter } = endless();
      const stub = stubFetch({ '/feed.json': () => new Response(body, { headers: { 'content-type': 'application/json' } }) });
      const error = await rejection(loadDirectory('/feed.json', { fetch: stub.fetch, maxBytes: 1024 * 1024 }));
      expect(error.kind).to.equal('too-large');
      const pulledAtRefusal = counter.pulled;
      // Once the download is cancelled the stream can never be read again.
      await waitUntil(() => counter.cancelled, 'the download was not cancelled', { timeout: 5000 });
      expect(counter.pulled, 'the source is no longer read after the refusal').to.equal(pulledAtRefusal);
      expect(counter.pulled).to.be.below(2 * 1024 * 1024);
    });

    it('stops reading an endless signature at 1 KiB', async () => {
      const { publicKey } = await keyPair();
      const { body, counter } = endless(256);
      const stub = stubFetch({
        '/feed.json': () => new Response(bytesOf(sample)),
        '/feed.json.sig': () => new Response(body),
      });
      const error = await rejection(loadDirectory('/feed.json', { fetch: stub.fetch, publicKeys: [publicKey] }));
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.match(/signature/);
      expect(counter.pulled).to.be.below(8 * 1024);
    });
  });

  describe('freshness rules', () => {
    const at = (feed: Directory, generatedAt: string, extra: Partial<Directory> = {}) => ({ ...clone(feed), generatedAt, ...extra });

    it('refuses a feed generated before the copy shown, and another directory id', () => {
      const last = { id: sample.id, generatedAt: '2026-06-01T00:00:00Z' };
      expect(freshnessRefusal(at(sample, '2026-05-01T00:00:00Z'), { last })?.kind).to.equal('rollback');
      expect(freshnessRefusal(at(sample, '2026-06-01T00:00:00Z'), { last })).to.equal(undefined);
      expect(freshnessRefusal(at(sample, '2026-07-01T00:00:00Z'), { last })).to.equal(undefined);
      // Offsets are compared as instants, not as text.
      expect(freshnessRefusal(at(sample, '2026-06-01T02:00:00+03:00'), { last })?.kind).to.equal('rollback');
      expect(freshnessRefusal(at(sample, '2026-07-01T00:00:00Z', { id: 'another' }), { last })?.kind).to.equal('other-feed');
      expect(freshnessRefusal(at(sample, '2026-07-01T00:00:00Z'), { expectedId: 'pinned' })?.kind).to.equal('other-feed');
    });

    it('the loader refuses T1 after T2 (validly signed, same key) with kind "rollback"', async () => {
      const { publicKey, sign } = await keyPair();
      const t1 = bytesOf(at(sample, '2026-01-01T00:00:00Z'));
      const stub = stubFetch({ '/feed.json': () => new Response(t1), '/feed.json.sig': async () => new Response(await sign(t1)) });
      const error = await rejection(
        loadDirectory('/feed.json', { fetch: stub.fetch, publicKeys: [publicKey], last: { id: sample.id, generatedAt: '2026-02-01T00:00:00Z' } }),
      );
      expect(error.kind).to.equal('rollback');
      expect(error.message).to.contain('2026-01-01T00:00:00Z');
    });

    it('marks a feed past expiresAt as expired', async () => {
      const feed = at(sample, '2024-01-01T00:00:00Z', { expiresAt: '2024-06-01T00:00:00Z' });
      expect(isExpired(feed)).to.equal(true);
      expect(isExpired({ expiresAt: '2999-01-01T00:00:00Z' })).to.equal(false);
      expect(isExpired({})).to.equal(false);
      const stub = stubFetch({ '/feed.json': () => new Response(bytesOf(feed)) });
      const r = await loadDirectory('/feed.json', { fetch: stub.fetch });
      expect(r.status === 'updated' && r.expired).to.equal(true);
    });

    describe('<reper-provider>', () => {
      /** Serves whatever `current.body` holds at /t/feed.json. */
      function serve(initial: unknown) {
        const current = { body: bytesOf(initial) };
        const stub = stubFetch({ '/t/feed.json': () => new Response(current.body) });
        window.fetch = stub.fetch;
        return { current, stub };
      }

      async function provider(): Promise<ReperProviderElement> {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('reper-provider') as ReperProviderElement;
        el.src = '/t/feed.json';
        const loaded = oneEvent(wrapper, 'reper-directory-load');
        wrapper.append(el);
        await loaded;
        return el;
      }

      it('keeps T2 when the server later serves T1, and says why', async () => {
        const server = serve(at(sample, '2026-02-01T00:00:00Z', { name: 'T2' }));
        const el = await provider();
        server.current.body = bytesOf(at(sample, '2026-01-01T00:00:00Z', { name: 'T1' }));
        const failed = oneEvent(el, 'reper-directory-error');
        void el.refreshDirectory();
        const event = await failed;
        expect(event.detail.kind).to.equal('rollback');
        expect(event.detail.showing).to.equal('feed');
        expect(el.directoryState.directory.name).to.equal('T2');
      });

      it('refuses a different directory served at the same URL', async () => {
        const server = serve(at(sample, '2026-02-01T00:00:00Z'));
        const el = await provider();
        server.current.body = bytesOf(at(sample, '2026-03-01T00:00:00Z', { id: 'someone-else', name: 'Other' }));
        const failed = oneEvent(el, 'reper-directory-error');
        void el.refreshDirectory();
        expect((await failed).detail.kind).to.equal('other-feed');
        expect(el.directoryState.directory.id).to.equal(sample.id);
      });

      it('accepts a later feed', async () => {
        const server = serve(at(sample, '2026-02-01T00:00:00Z'));
        const el = await provider();
        server.current.body = bytesOf(at(sample, '2026-03-01T00:00:00Z', { name: 'T3' }));
        const loaded = oneEvent(el, 'reper-directory-load');
        void el.refreshDirectory();
        await loaded;
        expect(el.directoryState.directory.name).to.equal('T3');
      });

      it('says expired: true in reper-directory-load and in the state it provides', async () => {
        serve(at(sample, '2024-01-01T00:00:00Z', { expiresAt: '2024-06-01T00:00:00Z' }));
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('reper-provider') as ReperProviderElement;
        el.src = '/t/feed.json';
        const loaded = oneEvent(wrapper, 'reper-directory-load');
        wrapper.append(el);
        expect((await loaded).detail.expired).to.equal(true);
        expect(el.directoryState.expired).to.equal(true);
      });

      for (const [lang, words] of [
        ['ro', 'Informațiile pot fi depășite — sunați la 0800 500 333 pentru a verifica.'],
        ['hu', 'Az információk elavultak lehetnek — ellenőrzéshez hívja a 0800 500 333 számot.'],
        ['en', 'This information may be out of date — call 0800 500 333 to check.'],
        ['uk', 'Інформація може бути застарілою — зателефонуйте 0800 500 333, щоб перевірити.'],
      ] as const) {
        it(`a finder showing an expired feed says it may be out of date (${lang}), and is accessible`, async () => {
          serve(at(sample, '2024-01-01T00:00:00Z', { expiresAt: '2024-06-01T00:00:00Z', status: 'published' }));
          const finder = await finderOnProvidedFeed(lang);
          const notices = [...finder.shadowRoot!.querySelectorAll('[part="notice"]')].map((n) => n.textContent?.trim());
          expect(notices).to.deep.equal([words]);
          await expect(finder).to.be.accessible();
        });
      }

      it('a finder showing a current feed has no such notice', async () => {
        serve(at(sample, '2026-02-01T00:00:00Z', { expiresAt: '2999-01-01T00:00:00Z', status: 'published' }));
        const finder = await finderOnProvidedFeed('en');
        expect(finder.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      });

      it('treats public-key=" , " as an error, never as "unsigned allowed"', async () => {
        const server = serve(at(sample, '2026-02-01T00:00:00Z'));
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('reper-provider') as ReperProviderElement;
        el.setAttribute('public-key', ' , ');
        el.src = '/t/feed.json';
        const failed = oneEvent(wrapper, 'reper-directory-error');
        wrapper.append(el);
        const event = await failed;
        expect(event.detail.kind).to.equal('signature');
        expect(event.detail.message).to.match(/no usable/);
        expect(el.directoryState.source).to.equal('built-in');
        expect(server.stub.calls.length, 'the unsigned feed was not even fetched').to.equal(0);
      });
    });
  });

  describe('validation of a huge invalid feed', () => {
    it('reports 31,000 invalid services without blowing the stack: the first problems and the count', () => {
      const result = parseDirectory(JSON.stringify(invalidFeed(sample, 31_000)));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.problems.length).to.equal(MAX_PROBLEMS);
      expect(result.total).to.be.greaterThan(31_000 * 3);
      expect(result.problems[0].path).to.match(/^services\[0\]\./);
    });

    it('the loader classifies it as invalid (not network), with the count', async () => {
      const stub = stubFetch({ '/feed.json': () => new Response(JSON.stringify(invalidFeed(sample, 31_000))) });
      const error = await rejection(loadDirectory('/feed.json', { fetch: stub.fetch }));
      expect(error.kind).to.equal('invalid');
      expect(error.problems.length).to.equal(MAX_PROBLEMS);
      expect(error.problemCount).to.be.greaterThan(31_000);
    });

    it('yields to the page while it validates: other tasks run before it finishes', async () => {
      let ticks = 0;
      let done = false;
      const tick = () => {
        if (done) return;
        ticks++;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const result = await validateDirectoryAsync(invalidFeed(sample, 20_000));
      done = true;
      expect(result.ok).to.equal(false);
      expect(ticks, 'timer tasks ran during validation').to.be.greaterThan(0);
    });
  });

  describe('one key parser', () => {
    let raw: Uint8Array<ArrayBuffer>;
    let b64: string;
    before(async () => {
      b64 = (await keyPair()).publicKey;
      raw = parsePublicKey(b64);
    });
    const spki = () => new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...raw]);
    const pem = () => `-----BEGIN PUBLIC KEY-----\n${bytesToBase64(spki())}\n-----END PUBLIC KEY-----\n`;

    it('reads standard and URL-safe base64, unpadded, and the SPKI PEM that openssl writes', () => {
      const urlSafe = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      for (const form of [b64, urlSafe, ` ${b64}\n`, pem(), bytesToBase64(spki())]) {
        expect(normalizePublicKey(form), JSON.stringify(form)).to.equal(b64);
      }
    });

    it('names what is wrong with a bad key', () => {
      expect(() => parsePublicKey('not a key!')).to.throw(TypeError, /not base64/);
      expect(() => parsePublicKey('AAAA')).to.throw(TypeError, /3 bytes, not 32/);
      expect(() => parsePublicKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).to.throw(TypeError, /not a PUBLIC KEY/);
    });

    it('a key list of separators only has no key and says so to the caller', () => {
      expect(parseKeyList(' , ')).to.deep.equal({ keys: [], problems: [] });
      const mixed = parseKeyList(`${b64}, nope ${pem()}`);
      expect(mixed.keys).to.deep.equal([b64]);
      expect(mixed.problems).to.have.length(1);
    });

    it('the kiosk config accepts the same forms (and stores one spelling)', () => {
      const urlSafe = b64.replace(/\+/g, '-').replace(/\//g, '_');
      const r = parseKioskConfig({ publicKeys: [urlSafe, pem()] }, 'https://lobby.example/kiosk/config.json');
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.equal(true);
      if (r.ok) expect(r.config.publicKeys).to.deep.equal([b64, b64]);
    });
  });

  describe('kiosk theme', () => {
    const BASE = 'https://lobby.example/kiosk/config.json';
    it('accepts a theme on the config file\'s site and refuses any other origin', () => {
      const ok = parseKioskConfig({ theme: '../themes/dark.css' }, BASE);
      expect(ok.ok).to.equal(true);
      const other = parseKioskConfig({ theme: 'https://cdn.example/evil.css' }, BASE);
      expect(other.ok).to.equal(false);
      if (!other.ok) expect(other.problems.map((p) => p.path)).to.deep.equal(['theme']);
    });
  });

  it('errors have a stable name and one base class', () => {
    const e = new DirectoryError('invalid', 'x', { url: '/f' });
    expect(e.name).to.equal('DirectoryError');
    expect(e).to.be.instanceOf(ReperError);
  });
});

/** A finder inside a provider whose `src` is the test feed, once the feed has loaded and the finder rendered. */
async function finderOnProvidedFeed(lang: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('reper-provider') as ReperProviderElement;
  el.src = '/t/feed.json';
  el.innerHTML = '<reper-finder></reper-finder>';
  const loaded = oneEvent(wrapper, 'reper-directory-load');
  wrapper.append(el);
  await loaded;
  const finder = el.querySelector('reper-finder') as HTMLElement & { updateComplete: Promise<boolean> };
  await finder.updateComplete;
  return finder;
}
