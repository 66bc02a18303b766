// Kiosk soak: 500 attract → touch → search → idle-reset cycles on the demo kiosk (sample feed),
// JS heap after garbage collection at the end against the heap after a 50-cycle warm-up.
// Budget (DESIGN.md): growth ≤ 5 %.
const CYCLES = Number(process.env.REPER_SOAK_CYCLES ?? 500);
const WARMUP = 50;

export async function run({ browser, baseUrl }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.evaluateOnNewDocument(() => {
    addEventListener('reper-sync', (e) => {
      if (e.detail.status === 'updated' || e.detail.status === 'restored') window.__reperSynced = true;
    });
  });
  await page.goto(`${baseUrl}/kiosk/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  // Wait until the feed is in, so the cycles search the real sample directory.
  await page.waitForFunction(() => window.__reperSynced === true, { timeout: 20000 });
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const cycle = () =>
    page.evaluate(async () => {
      const k = document.querySelector('reper-kiosk');
      const frame = () => k.shadowRoot.querySelector('.frame');
      const until = async (test) => {
        for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => requestAnimationFrame(r));
      };
      k.shadowRoot.querySelector('.attract').click(); // touch the attract screen
      await until(() => k.shadowRoot.querySelector('reper-finder')?.shadowRoot?.querySelector('input[type="search"]'));
      const finder = k.shadowRoot.querySelector('reper-finder');
      const input = finder.shadowRoot.querySelector('input[type="search"]');
      for (const q of ['c', 'co', 'con', 'cons', 'consi']) {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await finder.updateComplete;
      }
      k.reset('idle');
      await k.updateComplete;
      await until(() => frame().classList.contains('view-attract'));
    });

  for (let i = 0; i < WARMUP; i++) await cycle();
  const before = await heap();
  const started = Date.now();
  for (let i = 0; i < CYCLES; i++) await cycle();
  const seconds = (Date.now() - started) / 1000;
  const after = await heap();
  await context.close();
  const growth = ((after - before) / before) * 100;
  return [
    {
      figure: `kiosk soak: JS heap growth over ${CYCLES} attract → search → reset cycles (${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB, ${seconds.toFixed(0)} s)`,
      value: growth,
      unit: '%',
      budget: 5,
      pass: growth <= 5,
    },
  ];
}
