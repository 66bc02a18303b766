import { expect } from '@open-wc/testing';
import { DirectoryError } from '../../../src/directory/errors.js';
import { loadDirectory, signatureUrl } from '../../../src/directory/loader.js';
import { verifySignature } from '../../../src/directory/signature.js';
import { keyPair, stubFetch } from './helpers.js';
import { FakeClock } from '../fake-clock.js';

async function rejection(p: Promise<unknown>): Promise<DirectoryError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(DirectoryError);
    return error as DirectoryError;
  }
  throw new Error('expected the load to fail');
}

const SAMPLE = '/examples/data/cluj-sample.json';
let sampleBytes: Uint8Array<ArrayBuffer>;

describe('loadDirectory', () => {
  before(async () => {
    sampleBytes = new Uint8Array(await (await fetch(SAMPLE)).arrayBuffer());
  });

  it('loads and validates a feed from the server, without cookies, referrer or HTTP cache', async () => {
    const seen: RequestInit[] = [];
    const spy = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return fetch(input, init);
    }) as typeof fetch;
    const r = await loadDirectory(SAMPLE, { fetch: spy });
    expect(r.status).to.equal('updated');
    if (r.status !== 'updated') return;
    expect(r.directory.services.length).to.be.at.least(30);
    expect(r.bytes).to.equal(sampleBytes.byteLength);
    expect(seen[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
  });

  it('revalidates with If-None-Match and reports not-modified on 304', async () => {
    const stub = stubFetch({
      'feed.json': (init) => {
        const tag = new Headers(init.headers).get('if-none-match');
        return tag === '"v1"' ? new Response(null, { status: 304 }) : new Response(sampleBytes, { headers: { etag: '"v1"' } });
      },
    });
    const first = await loadDirectory('https://feeds.example/feed.json', { fetch: stub.fetch });
    expect(first.status === 'updated' && first.etag).to.equal('"v1"');
    const second = await loadDirectory('https://feeds.example/feed.json', { fetch: stub.fetch, etag: '"v1"' });
    expect(second).to.deep.equal({ status: 'not-modified' });
    expect(new Headers(stub.calls[1].init.headers).get('if-none-match')).to.equal('"v1"');
  });

  it('fails with kind "http" and the status for error answers', async () => {
    const stub = stubFetch({ 'feed.json': () => new Response('gone', { status: 503 }) });
    const e = await rejection(loadDirectory('https://feeds.example/feed.json', { fetch: stub.fetch }));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(503);
  });

  it('fails with kind "too-large" by declared length and while streaming', async () => {
    const declared = stubFetch({ 'feed.json': () => new Response(sampleBytes, { headers: { 'content-length': String(sampleBytes.length) } }) });
    expect((await rejection(loadDirectory('https://f.example/feed.json', { fetch: declared.fetch, maxBytes: 1000 }))).kind).to.equal('too-large');
    const streamed = stubFetch({
      'feed.json': () =>
        new Response(
          new ReadableStream({
            start(c) {
              for (let i = 0; i < 10; i++) c.enqueue(new Uint8Array(500));
              c.close();
            },
          }),
        ),
    });
    expect((await rejection(loadDirectory('https://f.example/feed.json', { fetch: streamed.fetch, maxBytes: 2000 }))).kind).to.equal('too-large');
  });

  it('fails with kind "invalid" and every problem', async () => {
    const feed = JSON.parse(new TextDecoder().decode(sampleBytes));
    feed.services[0].website = 'javascript:alert(1)';
    feed.services[1].phones[0].number = '12';
    const stub = stubFetch({ 'feed.json': () => new Response(JSON.stringify(feed)) });
    const e = await rejection(loadDirectory('https://f.example/feed.json', { fetch: stub.fetch }));
    expect(e.kind).to.equal('invalid');
    expect(e.problems.map((p) => p.path)).to.include.members(['services[0].website', 'services[1].phones[0].number']);
  });

  it('fails with kind "network" or "timeout"', async () => {
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect((await rejection(loadDirectory('https://f.example/feed.json', { fetch: down }))).kind).to.equal('network');
    const hang = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    // The time limit runs on the elements' clock: move it instead of waiting.
    const clock = new FakeClock().install();
    try {
      let settled = false;
      const failed = rejection(loadDirectory('https://f.example/feed.json', { fetch: hang, timeoutMs: 30_000 })).finally(() => (settled = true));
      await clock.advance(29_999);
      expect(settled, 'given up before the time limit').to.equal(false);
      await clock.advance(1);
      expect((await failed).kind).to.equal('timeout');
    } finally {
      clock.uninstall();
    }
  });

  it('puts the signature next to the feed', () => {
    expect(signatureUrl('https://f.example/dir/feed.json?v=2')).to.equal('https://f.example/dir/feed.json.sig?v=2');
  });
});

describe('Ed25519 signatures', () => {
  it('accepts a valid signature, rejects one changed byte and a wrong key', async () => {
    const bytes = new Uint8Array(await (await fetch(SAMPLE)).arrayBuffer());
    const signer = await keyPair();
    const other = await keyPair();
    const sig = await signer.sign(bytes);
    expect(await verifySignature(bytes, sig, [signer.publicKey])).to.equal(true);
    expect(await verifySignature(bytes, sig, [other.publicKey, signer.publicKey]), 'any pinned key may match').to.equal(true);
    const changed = bytes.slice();
    changed[100] ^= 0x01;
    expect(await verifySignature(changed, sig, [signer.publicKey])).to.equal(false);
    expect(await verifySignature(bytes, sig, [other.publicKey])).to.equal(false);
    expect(await verifySignature(bytes, 'bm90IGEgc2lnbmF0dXJl', [signer.publicKey])).to.equal(false);
  });

  it('loads a signed feed only when <feed>.sig verifies with a pinned key', async () => {
    const bytes = new Uint8Array(await (await fetch(SAMPLE)).arrayBuffer());
    const signer = await keyPair();
    const other = await keyPair();
    const sig = await signer.sign(bytes);
    const tampered = bytes.slice();
    tampered[200] = tampered[200] === 0x61 ? 0x62 : 0x61;
    const routes = (body: Uint8Array<ArrayBuffer>, signature: string | null) =>
      stubFetch({
        'feed.json': () => new Response(body),
        'feed.json.sig': () => (signature === null ? new Response('', { status: 404 }) : new Response(signature)),
      }).fetch;
    const url = 'https://f.example/feed.json';
    const ok = await loadDirectory(url, { fetch: routes(bytes, sig), publicKeys: [signer.publicKey] });
    expect(ok.status).to.equal('updated');
    expect((await rejection(loadDirectory(url, { fetch: routes(tampered, sig), publicKeys: [signer.publicKey] }))).kind).to.equal('signature');
    expect((await rejection(loadDirectory(url, { fetch: routes(bytes, sig), publicKeys: [other.publicKey] }))).kind).to.equal('signature');
    expect((await rejection(loadDirectory(url, { fetch: routes(bytes, null), publicKeys: [signer.publicKey] }))).kind).to.equal('signature');
    const malformed = await rejection(loadDirectory(url, { fetch: routes(bytes, sig), publicKeys: ['not-a-key'] }));
    expect(malformed.kind).to.equal('signature');
    expect(malformed.message).to.match(/public key/);
  });
});
