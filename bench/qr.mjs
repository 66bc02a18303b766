// Time to render one <reper-qr> (encode + SVG path + lit render), median over many codes, in
// Chromium, from the built cdn/qr.js. The bundle's size is reported by sizes.mjs.
export async function run({ browser, baseUrl }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${baseUrl}/examples/qr.html`, { waitUntil: 'networkidle0' });
    const times = await page.evaluate(async () => {
      await customElements.whenDefined('reper-qr');
      const host = document.createElement('div');
      document.body.append(host);
      const measure = async (value, ecc) => {
        const el = document.createElement('reper-qr');
        el.setAttribute('ecc', ecc);
        el.setAttribute('value', value);
        const t0 = performance.now();
        host.append(el);
        await el.updateComplete;
        el.shadowRoot.querySelector('svg').getBoundingClientRect();
        const dt = performance.now() - t0;
        el.remove();
        return dt;
      };
      // Warm up the JIT, then measure distinct values (no cache can help).
      for (let i = 0; i < 10; i++) await measure(`https://example.org/warm/${i}`, 'M');
      const url = [], long = [];
      for (let i = 0; i < 60; i++) url.push(await measure(`https://example.org/ajutor/servicii?pagina=${i}`, 'M'));
      for (let i = 0; i < 30; i++) long.push(await measure(`Linia telefonică gratuită, non-stop: 0800 500 333. Pericol imediat: 112. ${'ș'.repeat(i)} ${'x'.repeat(300)}`, 'H'));
      return { url, long };
    });
    const median = (a) => {
      const s = [...a].sort((x, y) => x - y);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    return [
      { figure: 'qr: render a code (URL, ecc M), median', value: median(times.url), unit: 'ms', budget: null, pass: true },
      { figure: 'qr: render a code (~400 chars, ecc H), median', value: median(times.long), unit: 'ms', budget: null, pass: true },
    ];
  } finally {
    await page.close();
  }
}
