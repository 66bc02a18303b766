// Directory data layer, measured in Chromium with the CDN bundle (cdn/directory.js):
//  - parse + validate + verify (Ed25519, WebCrypto) of a generated feed of 1,000 services
//    (DESIGN.md budget ≤ 100 ms) and of 10,000 (figure only), median of several runs;
//  - the search core per keystroke on 10,000 services: searchServices() for every prefix of a few
//    typed queries (with and without filters), median (budget ≤ 8 ms). The index is built once.

const QUERIES = ['consiliere turda', 'adapost', 'asistenta sociala dej', 'kolozsvar', 'linie de ajutor'];

/** @param {{ browser: import('puppeteer-core').Browser, baseUrl: string }} ctx */
export async function run({ browser, baseUrl }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/examples/data/cluj-sample.json`);
    const result = await page.evaluate(
      async (base, queries) => {
        const d = await import(`${base}/cdn/directory.js`);
        const { generateFeed } = await import(`${base}/tests/fixtures/generate-feed.mjs`);
        const median = (xs) => {
          const s = [...xs].sort((a, b) => a - b);
          return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        };
        const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
        const pub = d.bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));

        const load = async (n, runs) => {
          const bytes = new TextEncoder().encode(JSON.stringify(generateFeed(n, 11)));
          const sig = d.bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, bytes)));
          const times = [];
          for (let i = 0; i < runs + 2; i++) {
            const t0 = performance.now();
            const ok = await d.verifySignature(bytes, sig, [pub]);
            const r = d.parseDirectory(bytes);
            const t = performance.now() - t0;
            if (!ok || !r.ok) throw new Error(`feed of ${n} did not verify and validate`);
            if (i >= 2) times.push(t); // two warm-up runs
          }
          return median(times);
        };
        const load1k = await load(1000, 9);
        const load10k = await load(10000, 5);

        const services = generateFeed(10000, 3).services;
        const index = d.createSearchIndex(services, 'ro');
        const now = new Date('2026-11-25T10:00:00Z');
        const times = [];
        const key = (query, filters) => {
          const t0 = performance.now();
          d.searchServices(index, { query, ...filters });
          times.push(performance.now() - t0);
        };
        for (const q of queries) for (let i = 1; i <= q.length; i++) key(q.slice(0, i), {}); // warm-up
        times.length = 0;
        for (const filters of [{}, { audience: 'adult-victim', free: true, openAt: now, timeZone: 'Europe/Bucharest' }]) {
          for (const q of queries) {
            for (let i = 1; i <= q.length; i++) key(q.slice(0, i), filters);
            for (let i = q.length - 1; i >= 0; i--) key(q.slice(0, i), filters);
          }
        }
        return { load1k, load10k, search: median(times) };
      },
      baseUrl,
      QUERIES,
    );
    return [
      { figure: 'directory: parse + validate + verify, 1,000 services (median)', value: result.load1k, unit: 'ms', budget: 100, pass: result.load1k <= 100 },
      { figure: 'directory: parse + validate + verify, 10,000 services (median)', value: result.load10k, unit: 'ms', budget: null, pass: true },
      { figure: 'directory: search core per keystroke, 10,000 services (median)', value: result.search, unit: 'ms', budget: 8, pass: result.search <= 8 },
    ];
  } finally {
    await page.close();
  }
}
