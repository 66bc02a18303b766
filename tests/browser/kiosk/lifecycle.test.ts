// The kiosk's start is owned by the element: it stops when the element leaves the page, and a
// newer start (the element moved) replaces the older one instead of running beside it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/kiosk/kiosk.js';

const configUrl = () => {
  const feedUrl = new URL('/examples/data/cluj-sample.json', location.href).href;
  return URL.createObjectURL(new Blob([JSON.stringify({ feedUrl, refreshMinutes: 60 })], { type: 'application/json' }));
};
/**
 * Waits until a second kiosk with the same config, started now, has loaded it and synced: by
 * then a start that had begun earlier (an abandoned one, or a duplicate) would have synced too.
 */
async function anotherStartFinished(): Promise<void> {
  const control = document.createElement('reper-kiosk');
  control.config = configUrl();
  const statuses: string[] = [];
  control.addEventListener('reper-sync', (e) => statuses.push(e.detail.status));
  document.body.append(control);
  try {
    // A copy in Cache Storage is restored first; the download's outcome follows.
    await waitUntil(() => statuses.some((s) => s !== 'restored'), 'the control kiosk never synced', { timeout: 10_000 });
  } finally {
    control.remove();
  }
}

describe('kiosk lifecycle', () => {
  it('a kiosk removed while it starts does nothing more: no sync, no screen', async () => {
    const el = document.createElement('reper-kiosk');
    el.config = configUrl();
    const syncs: unknown[] = [];
    el.addEventListener('reper-sync', (e) => syncs.push(e.detail));
    document.body.append(el);
    el.remove();
    await anotherStartFinished();
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
    await anotherStartFinished();
    // One start: one download, and at most one read of a copy another test left in Cache Storage.
    const statuses = syncs.map((s) => s.status);
    expect(statuses.filter((s) => s === 'updated'), statuses.join()).to.have.length(1);
    expect(statuses.filter((s) => s === 'restored').length, statuses.join()).to.be.at.most(1);
    expect(statuses.filter((s) => s !== 'updated' && s !== 'restored'), statuses.join()).to.deep.equal([]);
    a.remove();
    b.remove();
  });
});
