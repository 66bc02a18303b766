// Kiosk against a hostile feed server: the feed URL first serves the sample, then streams without
// end, and the kiosk syncs (as its timer would) while the server streams; memory is sampled until
// a few seconds after the refusal. Budget (DESIGN.md): memory ≤ 10 MB more than idle, measured as
// what the page holds — JS heap plus ArrayBuffer backing stores (CDP Runtime.getHeapUsage) — at
// its peak, against its peak over as long idle. Reported as well, without a budget: the growth of
// the renderer process's resident memory (Linux /proc; it includes the browser's own network
// buffers and memory the allocator keeps), and the bytes the server sent before the kiosk hung up.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serveStatic } from '../scripts/static.mjs';

const MB = 1e6;
/** Sampling goes on this long after the sync was refused. */
const AFTER_SECONDS = 3;
const sample = readFileSync('examples/data/cluj-sample.json');

const rssOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function run({ browser }) {
  const state = { endless: false, sent: 0, syncs: 0 };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/bench-endless/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ feedUrl: 'feed.json', refreshMinutes: 600, languages: ['ro'], defaultLanguage: 'ro' }));
    }
    if (path === '/bench-endless/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="ro"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/kiosk/kiosk.css"><script type="module" src="/cdn/kiosk.js"></script></head>
<body><reper-kiosk config="config.json"><p>0800 500 333</p></reper-kiosk></body></html>`);
    }
    if (path === '/bench-endless/feed.json') {
      if (!state.endless) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(sample);
      }
      state.syncs++;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let open = true;
      res.on('close', () => (open = false));
      const pump = () => {
        while (open) {
          state.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      return pump();
    }
    serveStatic('.', req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1080, height: 1920 });
    await page.goto(`http://127.0.0.1:${server.address().port}/bench-endless/index.html`, { waitUntil: 'load' });
    // The kiosk has started: its attract screen is drawn.
    await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'), { timeout: 30000 });
    const cdp = await page.createCDPSession();
    const { processInfo } = await (await browser.target().createCDPSession()).send('SystemInfo.getProcessInfo');
    // The renderer of this page: the one whose memory moves when the page allocates.
    const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    const gc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    };
    await page.evaluate(() => {
      window.__probe = new Uint8Array(32 * 1024 * 1024).fill(1);
    });
    const withProbe = renderers.map(rssOf);
    await page.evaluate(() => delete window.__probe);
    await gc();
    await sleep(500);
    const without = renderers.map(rssOf);
    const pid = renderers[withProbe.map((v, i) => v - without[i]).indexOf(Math.max(...withProbe.map((v, i) => v - without[i])))];

    const held = async () => {
      const u = await cdp.send('Runtime.getHeapUsage');
      return u.usedSize + (u.backingStorageSize ?? 0);
    };
    /** The highest page-held memory and resident size over `ms`, sampled every 20 ms, while `busy()` holds or the time lasts. */
    const peakOver = async (ms, busy = () => false) => {
      const peak = { held: 0, rss: 0 };
      const end = Date.now() + ms;
      while (busy() || Date.now() < end) {
        peak.held = Math.max(peak.held, await held());
        peak.rss = Math.max(peak.rss, rssOf(pid));
        await sleep(20);
      }
      return peak;
    };
    const max = (a, b) => ({ held: Math.max(a.held, b.held), rss: Math.max(a.rss, b.rss) });

    // Three rounds: idle (its peak over 3 s, as noisy as the measurement itself), then one sync
    // against the endless server and 3 s after its refusal.
    const rounds = [];
    let kind;
    let seconds = 0;
    for (let round = 0; round < 3; round++) {
      state.endless = false;
      await gc();
      await sleep(500);
      const idle = await peakOver(AFTER_SECONDS * 1000);
      state.endless = true;
      let done = false;
      const started = Date.now();
      const syncing = page.evaluate(async () => (await document.querySelector('reper-kiosk').syncNow())?.errorKind).finally(() => {
        done = true;
        seconds = (Date.now() - started) / 1000;
      });
      const during = await peakOver(0, () => !done);
      const after = await peakOver(AFTER_SECONDS * 1000);
      kind = await syncing;
      const peak = max(during, after);
      rounds.push({ held: (peak.held - idle.held) / MB, rss: (peak.rss - idle.rss) / MB });
    }
    const kinds = new Set([kind]);
    const mid = (key) => rounds.map((r) => r[key]).sort((a, b) => a - b)[1];
    const growth = mid('held');
    const perSync = state.syncs ? state.sent / state.syncs / MB : 0;
    return [
      {
        figure: `kiosk: memory the page holds while a hostile server streams an endless feed (JS heap + ArrayBuffers, peak over idle peak; refused as ${kind} in ${seconds.toFixed(2)} s; median of 3)`,
        value: growth,
        unit: 'MB',
        budget: 10,
        pass: growth <= 10 && kinds.size === 1 && kinds.has('too-large'),
      },
      {
        figure: 'kiosk: renderer resident memory growth during the same stream (includes network buffers; median of 3)',
        value: mid('rss'),
        unit: 'MB',
        budget: null,
        pass: true,
      },
      {
        figure: 'kiosk: bytes the endless server sent before the kiosk hung up (the loader stops at 5 MiB; socket buffers add some)',
        value: perSync,
        unit: 'MB',
        budget: null,
        pass: true,
      },
    ];
  } finally {
    await context.close();
    server.closeAllConnections?.();
    server.close();
  }
}
