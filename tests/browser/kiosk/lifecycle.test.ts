// The kiosk's start is owned by the element: it stops when the element leaves the page, and a
// newer start (the element moved) replaces the older one instead of running beside it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/kiosk/kiosk.js';

const configUrl = () => {
  const feedUrl = new URL('/examples/data/cluj-sample.json', location.href).href;
  return URL.createObjectURL(new Blob([JSON.stringify({ feedUrl, refreshMinutes: 60 })], { type: 'application/json' }));
};
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('kiosk lifecycle', () => {
  it('a kiosk removed while it starts does nothing more: no sync, no screen', async () => {
    const el = document.createElement('reper-kiosk');
    el.config = configUrl();
    const syncs: unknown[] = [];
    el.addEventListener('reper-sync', (e) => syncs.push(e.detail));
    document.body.append(el);
    el.remove();
    await settle();
    expect(syncs, 'the abandoned start synced').to.deep.equal([]);
    expect(el.shadowRoot?.querySelector('.frame.view-attract') ?? null, 'the abandoned start drew the attract screen').to.equal(null);
  });

  it('a kiosk moved in the page starts once, not twice', async () => {
    const el = document.createElement('reper-kiosk');
    el.config = configUrl();
    const syncs: { status: string }[] = [];
    el.addEventListener('reper-sync', (e) => syncs.push(e.detail));
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    a.append(el);
    b.append(el); // disconnect + connect: a second start
    await waitUntil(() => syncs.length > 0, 'the kiosk never synced', { timeout: 5000 });
    await settle();
    expect(syncs.map((s) => s.status)).to.deep.equal(['updated']);
    a.remove();
    b.remove();
  });
});
