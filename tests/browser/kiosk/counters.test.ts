import { expect } from '@open-wc/testing';
import { parseKioskConfig } from '../../../src/components/kiosk/config.js';
import { COUNTERS_CACHE, KEEP_MONTHS, KioskCounters, sanitizeCounters, suppress } from '../../../src/components/kiosk/counters.js';

/** A clock the test moves by hand. */
function clock(iso: string) {
  let t = new Date(iso);
  return { now: () => t, set: (v: string) => (t = new Date(v)) };
}

const stored = async () => {
  const cache = await caches.open(COUNTERS_CACHE);
  const keys = await cache.keys();
  return Promise.all(keys.map(async (k) => ({ url: k.url, text: await (await cache.match(k))!.text() })));
};

describe('kiosk config: counters', () => {
  it('is off unless the config says true, and only a boolean is accepted', () => {
    const base = 'https://lobby.example/kiosk/config.json';
    const off = parseKioskConfig({}, base);
    expect(off.ok && off.config.counters).to.equal(false);
    const on = parseKioskConfig({ counters: true }, base);
    expect(on.ok && on.config.counters).to.equal(true);
    const bad = parseKioskConfig({ counters: 'yes' }, base);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).to.deep.equal(['counters']);
  });
});

describe('kiosk counters', () => {
  beforeEach(async () => {
    await caches.delete(COUNTERS_CACHE);
  });

  it('counts monthly aggregates: sessions, finder opens, kinds of help and languages once per session', async () => {
    const c = new KioskCounters({ timeZone: 'Europe/Bucharest', now: clock('2026-11-10T10:00:00Z').now });
    await c.load();
    for (let i = 0; i < 2; i++) {
      c.startSession();
      c.startSession(); // still the same session
      c.countView('finder');
      c.countCategory('shelter');
      c.countCategory('shelter');
      c.countCategory('legal');
      c.countLanguage('hu');
      c.countLanguage('hu');
      c.countView('resources');
      c.countView('attract');
      c.endSession();
    }
    await c.flush();
    expect(c.snapshot()).to.deep.equal({
      '2026-11': { sessions: 2, finderOpens: 2, categories: { shelter: 2, legal: 2 }, languages: { hu: 2 }, qrViews: 2, pathwayViews: 0 },
    });
  });

  it('the month is the kiosk time zone’s: 23:30 UTC on 31 October is November in Bucharest', async () => {
    const c = new KioskCounters({ timeZone: 'Europe/Bucharest', now: clock('2026-10-31T23:30:00Z').now, caches: null });
    c.startSession();
    expect(Object.keys(c.snapshot())).to.deep.equal(['2026-11']);
  });

  it('stores only what the format allows: text given as a category or language is never kept', async () => {
    const t = clock('2026-11-10T10:00:00Z');
    const c = new KioskCounters({ timeZone: 'Europe/Bucharest', now: t.now });
    c.startSession();
    c.countCategory('adapost pentru femei in Turda');
    c.countLanguage('ajutor');
    c.countView('query:adapost');
    await c.flush();
    const all = await stored();
    expect(all).to.have.length(1);
    expect(all[0].text).not.to.include('adapost');
    expect(all[0].text).not.to.include('ajutor');
    expect(all[0].text).not.to.match(/T\d\d:|:\d\d/, 'no time of day');
    expect(JSON.parse(all[0].text)).to.deep.equal({ '2026-11': { sessions: 1, finderOpens: 0, categories: {}, languages: {}, qrViews: 0, pathwayViews: 0 } });
  });

  it('survives a reload: a new instance reads the stored totals and adds to them', async () => {
    const t = clock('2026-11-10T10:00:00Z');
    const a = new KioskCounters({ timeZone: 'Europe/Bucharest', now: t.now });
    await a.load();
    a.startSession();
    a.countView('finder');
    await a.flush();
    const b = new KioskCounters({ timeZone: 'Europe/Bucharest', now: t.now });
    b.startSession(); // counted before load() finished: kept
    await b.load();
    b.countView('finder');
    await b.flush();
    expect(b.snapshot()['2026-11']).to.include({ sessions: 2, finderOpens: 2 });
    const c = new KioskCounters({ timeZone: 'Europe/Bucharest', now: t.now });
    await c.load();
    expect(c.snapshot()['2026-11']).to.include({ sessions: 2, finderOpens: 2 });
  });

  it('export and heartbeat show counts from 1 to 4 as "<5"; counters() keeps the real numbers', async () => {
    const t = clock('2026-10-05T10:00:00Z');
    const c = new KioskCounters({ timeZone: 'Europe/Bucharest', now: t.now, caches: null });
    for (let i = 0; i < 7; i++) {
      c.countView('finder');
      if (i < 3) c.countCategory('shelter');
      if (i < 5) c.countLanguage('uk');
      c.endSession();
    }
    t.set('2026-11-20T10:00:00Z');
    c.countView('resources');
    const file = c.exportFile('Spital exemplu — hol');
    expect(file).to.deep.equal({
      schema: 'reper-kiosk-counters/1',
      kiosk: 'Spital exemplu — hol',
      exported: '2026-11-20',
      months: {
        '2026-10': { sessions: 7, finderOpens: 7, categories: { shelter: '<5' }, languages: { uk: 5 }, qrViews: 0, pathwayViews: 0 },
        '2026-11': { sessions: '<5', finderOpens: 0, categories: {}, languages: {}, qrViews: '<5', pathwayViews: 0 },
      },
    });
    expect(c.suppressed()).to.deep.equal(file.months);
    expect(c.snapshot()['2026-11']).to.include({ sessions: 1, qrViews: 1 });
    expect([0, 1, 4, 5, 12].map(suppress)).to.deep.equal([0, '<5', '<5', 5, 12]);
  });

  it(`keeps the last ${KEEP_MONTHS} months`, async () => {
    const t = clock('2024-01-15T10:00:00Z');
    const c = new KioskCounters({ timeZone: 'UTC', now: t.now, caches: null });
    for (let i = 0; i < KEEP_MONTHS + 3; i++) {
      t.set(new Date(Date.UTC(2024, i, 15)).toISOString());
      c.startSession();
      c.endSession();
    }
    const months = Object.keys(c.snapshot()).sort();
    expect(months).to.have.length(KEEP_MONTHS);
    expect(months[0]).to.equal('2024-04');
  });

  it('reads a damaged or foreign stored entry without keeping anything it does not know', () => {
    expect(
      sanitizeCounters({
        '2026-11': { sessions: 3, finderOpens: -1, categories: { shelter: 2, 'femei turda': 4 }, languages: { ro: 1.5, hu: 2, xx: 3 }, query: 'adapost', qrViews: '7' },
        'last search': { sessions: 1 },
        '2026-13': { sessions: 1 },
      }),
    ).to.deep.equal({ '2026-11': { sessions: 3, finderOpens: 0, categories: { shelter: 2 }, languages: { hu: 2 }, qrViews: 0, pathwayViews: 0 } });
    expect(sanitizeCounters('x')).to.deep.equal({});
    expect(sanitizeCounters([1])).to.deep.equal({});
  });
});
