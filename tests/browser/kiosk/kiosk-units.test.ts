import { expect } from '@open-wc/testing';
import { parseKioskConfig } from '../../../src/components/kiosk/config.js';
import { Heartbeat, Watchdog, msUntilHour } from '../../../src/components/kiosk/runtime.js';
import { wallTime } from '../../../src/directory/hours.js';
import { FakeClock } from '../fake-clock.js';

const BASE = 'https://lobby.example/reper/kiosk/config.json';

describe('kiosk config', () => {
  it('fills defaults and resolves relative URLs against the config file', () => {
    const r = parseKioskConfig({ feedUrl: '../data/feed.json', theme: '../themes/dark.css', resources: [{ label: 'x', url: 'tel:0800500333' }] }, BASE);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.config.feedUrl).to.equal('https://lobby.example/reper/data/feed.json');
    expect(r.config.theme).to.equal('https://lobby.example/reper/themes/dark.css');
    expect(r.config.idleSeconds).to.equal(60);
    expect(r.config.refreshMinutes).to.equal(15);
    expect(r.config.languages).to.deep.equal(['ro', 'hu', 'en', 'uk']);
    expect(r.config.timeZone).to.equal('Europe/Bucharest');
    expect(r.config.publicKeys).to.deep.equal([]);
  });

  it('accepts fractional refresh minutes and an idle time of exactly 5 seconds', () => {
    const r = parseKioskConfig({ refreshMinutes: 0.5, idleSeconds: 5 }, BASE);
    expect(r.ok).to.equal(true);
  });

  it('names every problem with its path', () => {
    const r = parseKioskConfig(
      {
        refreshMinutes: 0,
        idleSeconds: 4,
        languages: ['ro', 'de'],
        defaultLanguage: 'en',
        timeZone: 'Mars/Olympus',
        publicKeys: ['short'],
        reloadHour: 24,
        resources: [{ label: 'x' }],
        extra: true,
      },
      BASE,
    );
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    for (const p of ['refreshMinutes', 'idleSeconds', 'languages[1]', 'timeZone', 'publicKeys[0]', 'reloadHour', 'resources[0].url', 'extra']) {
      expect(paths, p).to.include(p);
    }
    for (const p of r.problems) expect(p.reason).to.be.a('string').and.not.be.empty;
  });

  it('refuses resource links a phone should not open from a lobby code', () => {
    const r = parseKioskConfig({ resources: [{ label: 'x', url: 'javascript:alert(1)' }, { label: 'y', url: 'data:text/html,hi' }] }, BASE);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).to.deep.equal(['resources[0].url', 'resources[1].url']);
  });

  it('wants the default language among the offered ones', () => {
    const r = parseKioskConfig({ languages: ['ro', 'hu'], defaultLanguage: 'uk' }, BASE);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problems[0].path).to.equal('defaultLanguage');
  });
});

describe('nightly reload time', () => {
  const at = (iso: string) => new Date(iso);
  const localHourAfter = (now: Date, ms: number, tz: string) => {
    const w = wallTime(new Date(now.getTime() + ms), tz);
    return w.minutes;
  };

  it('lands on the configured local hour in the kiosk time zone, not the OS zone', () => {
    const now = at('2026-06-10T10:17:00Z'); // 13:17 in Bucharest (UTC+3)
    const ms = msUntilHour(now, 4, 'Europe/Bucharest');
    expect(localHourAfter(now, ms, 'Europe/Bucharest')).to.equal(4 * 60);
    expect(ms).to.be.within(14 * 3600e3, 15 * 3600e3);
  });

  it('stays on 04:00 local across both daylight-saving changes', () => {
    for (const iso of ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z']) {
      const now = at(iso);
      const ms = msUntilHour(now, 4, 'Europe/Bucharest');
      expect(localHourAfter(now, ms, 'Europe/Bucharest'), iso).to.equal(4 * 60);
    }
  });

  it('waits for tomorrow when the hour has just passed', () => {
    const now = at('2026-06-10T01:05:00Z'); // 04:05 in Bucharest
    const ms = msUntilHour(now, 4, 'Europe/Bucharest');
    expect(ms).to.be.greaterThan(23 * 3600e3);
  });
});

describe('liveness watchdog', () => {
  it('reloads after the main thread was stuck, and when the helpline is gone for 30 s', async () => {
    const clock = new FakeClock().install();
    const reasons: string[] = [];
    let healthy = true;
    const dog = new Watchdog(() => healthy, (why) => reasons.push(why), 10_000, 60_000);
    dog.start();
    try {
      await clock.advance(10_000);
      expect(reasons, 'a tick on time').to.deep.equal([]);
      clock.freeze(90_000);
      await clock.advance(0); // the timer fires 80 s late: the page was frozen
      expect(reasons).to.deep.equal(['stuck']);
      healthy = false;
      await clock.advance(10_000); // the helpline is found gone
      await clock.advance(30_000);
      expect(reasons, 'gone for 30 s is not yet too long').to.deep.equal(['stuck']);
      await clock.advance(10_000);
      expect(reasons).to.deep.equal(['stuck', 'blank']);
      dog.stop();
      await clock.advance(60_000);
      expect(reasons, 'a stopped watchdog does nothing').to.deep.equal(['stuck', 'blank']);
      expect(clock.pending, 'timers left by a stopped watchdog').to.equal(0);
    } finally {
      dog.stop();
      clock.uninstall();
    }
  });
});

describe('heartbeat', () => {
  it('backs off while the server does not answer and returns to the interval when it does', async () => {
    const realFetch = window.fetch;
    const clock = new FakeClock().install();
    let ok = false;
    const bodies: unknown[] = [];
    const inits: (RequestInit | undefined)[] = [];
    window.fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      inits.push(init);
      bodies.push(JSON.parse(String(init?.body)));
      if (!ok) throw new TypeError('offline');
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const hb = new Heartbeat('https://it.example/beat', () => ({ version: 'test', uptimeSeconds: 1 }), 1000);
    /** How many heartbeats were sent once `ms` more have passed. */
    const beatsAfter = async (ms: number) => {
      await clock.advance(ms);
      return bodies.length;
    };
    try {
      hb.start();
      expect(await beatsAfter(4_999), 'the first beat comes 5 s after start').to.equal(0);
      expect(await beatsAfter(1)).to.equal(1);
      // No answer: the interval doubles (1 s → 2 s → 4 s).
      expect(await beatsAfter(1_999)).to.equal(1);
      expect(await beatsAfter(1)).to.equal(2);
      ok = true;
      expect(await beatsAfter(3_999)).to.equal(2);
      expect(await beatsAfter(1)).to.equal(3);
      // An answer: back to the interval.
      expect(await beatsAfter(999)).to.equal(3);
      expect(await beatsAfter(1)).to.equal(4);
      hb.stop();
      expect(await beatsAfter(10_000), 'a stopped heartbeat sends nothing').to.equal(4);
      expect(await hb.beat()).to.equal(true);
      ok = false;
      expect(await hb.beat()).to.equal(false);
      expect(bodies[0]).to.deep.equal({ version: 'test', uptimeSeconds: 1 });
      for (const init of inits) {
        expect(init?.credentials).to.equal('omit');
        expect(init?.referrerPolicy).to.equal('no-referrer');
      }
    } finally {
      hb.stop();
      clock.uninstall();
      window.fetch = realFetch;
    }
  });
});

describe('kiosk/config.example.json', () => {
  it('runs as copied after changing only feedUrl, and every file it names exists', async () => {
    const base = new URL('/kiosk/config.example.json', location.href).href;
    const example = await (await fetch(base)).json();
    const r = parseKioskConfig({ ...example, feedUrl: 'https://my-county.example/reper/feed.json' }, base);
    expect(r.ok, JSON.stringify(r.ok ? '' : r.problems)).to.equal(true);
    if (!r.ok) throw new Error('unreachable');
    expect(r.config.publicKeys, 'no placeholder key that would refuse every feed').to.deep.equal([]);
    for (const url of [r.config.theme, r.config.institution?.logoUrl].filter((u): u is string => !!u)) {
      expect((await fetch(url)).status, url).to.equal(200);
    }
    expect(r.config.schedule?.length).to.equal(1);
    expect(r.config.notice).to.be.an('object');
  });
});
