// loadDirectory from the CDN bundle in Chromium against the repository's static server (ETag/304):
// real revalidation, no cookies or Referer sent, and the signed sample verified end to end.
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const ctx = useServerAndBrowser();

describe('loadDirectory over HTTP (cdn/directory.js)', () => {
  it('revalidates with the ETag (304 → not-modified) and sends no cookie or Referer', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/examples/data/README.md`);
    const out = await page.evaluate(async (base) => {
      document.cookie = 'session=secret; path=/';
      const d = await import(`${base}/cdn/directory.js`);
      const first = await d.loadDirectory('/examples/data/cluj-sample.json');
      const second = await d.loadDirectory('/examples/data/cluj-sample.json', { etag: first.etag });
      return { first: first.status, etag: first.etag, services: first.directory?.services.length, second: second.status };
    }, ctx.server.url);
    await page.close();
    assert.equal(out.first, 'updated');
    assert.equal(out.services, 34);
    assert.ok(out.etag, 'the server sent an ETag');
    assert.equal(out.second, 'not-modified');
    const feedRequests = ctx.server.requests.filter((r) => r.url.startsWith('/examples/data/cluj-sample.json'));
    assert.equal(feedRequests.length, 2);
    assert.equal(feedRequests[1].headers['if-none-match'], out.etag);
    for (const r of feedRequests) {
      assert.equal(r.headers.cookie, undefined, 'credentials: omit');
      assert.equal(r.headers.referer, undefined, 'referrerPolicy: no-referrer');
    }
  });

  it('verifies the signed sample with its pinned key and rejects another key', async () => {
    const pub = readFileSync('examples/data/sample-signing.pub', 'utf8').trim();
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/examples/data/README.md`);
    const out = await page.evaluate(
      async (base, key) => {
        const d = await import(`${base}/cdn/directory.js`);
        const ok = await d.loadDirectory('/examples/data/cluj-sample.json', { publicKeys: [key] });
        const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
        const other = d.bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
        let kind = 'none';
        let message = '';
        try {
          await d.loadDirectory('/examples/data/cluj-sample.json', { publicKeys: [other] });
        } catch (e) {
          kind = e.kind;
          message = e.message;
        }
        return { ok: ok.status, kind, message };
      },
      ctx.server.url,
      pub,
    );
    await page.close();
    assert.equal(out.ok, 'updated');
    assert.equal(out.kind, 'signature');
    assert.match(out.message, /does not match any pinned key/);
  });
});
