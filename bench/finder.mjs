// Finder keystroke-to-render latency: from an `input` event on the search field to the finder's
// updated, laid-out shadow DOM (filtering + lit render + style/layout), median over typing and
// deleting a few queries, on 1,000 and 10,000 generated services. DESIGN.md budget for 10,000:
// ≤ 8 ms per keystroke (median). A second, informational row per size counts only the keystrokes
// that extend the query (no answer can come from the finder's cache of recent queries).

const QUERIES = ['consiliere turda', 'adapost', 'asistenta sociala dej', 'kolozsvar', 'linie de ajutor'];

/** @param {{ browser: import('puppeteer-core').Browser, baseUrl: string }} ctx */
export async function run({ browser, baseUrl }) {
  const rows = [];
  for (const [n, budget] of [
    [1_000, null],
    [10_000, 8],
  ]) {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/examples/data/cluj-sample.json`);
      const [median, typingMedian] = await page.evaluate(
        async (base, n, queries) => {
          document.documentElement.lang = 'ro';
          await import(`${base}/cdn/finder.js`);
          const { generateFeed } = await import(`${base}/tests/fixtures/generate-feed.mjs`);
          // Hand the directory down the way <reper-provider> does: the context protocol (a feed of
          // 10,000 services is larger than loadDirectory's 5 MiB default limit).
          const directory = generateFeed(n, 3);
          const host = document.createElement('div');
          host.addEventListener('context-request', (e) => {
            if (e.context !== Symbol.for('reper.directory/1')) return;
            e.stopPropagation();
            e.callback({ directory, source: 'feed', status: 'ready' }, () => {});
          });
          const el = document.createElement('reper-finder');
          host.append(el);
          document.body.replaceChildren(host);
          const start = performance.now();
          while (el.resultCount !== n) {
            if (performance.now() - start > 20_000) throw new Error('feed did not load');
            await new Promise((r) => setTimeout(r, 20));
          }
          await el.updateComplete;
          const input = el.shadowRoot.querySelector('#q');
          const count = el.shadowRoot.querySelector('[part="base"]');
          const times = [];
          const typing = [];
          const key = async (value, forward = false) => {
            const t0 = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            await el.updateComplete;
            void count.offsetHeight; // style and layout of the new results
            times.push(performance.now() - t0);
            if (forward) typing.push(times.at(-1));
            await new Promise((r) => setTimeout(r, 0));
          };
          // Warm-up round, not counted.
          for (const ch of 'test') await key(ch);
          await key('');
          times.length = 0;
          for (const q of queries) {
            for (let i = 1; i <= q.length; i++) await key(q.slice(0, i), true);
            for (let i = q.length - 1; i >= 0; i--) await key(q.slice(0, i));
          }
          host.remove();
          const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
          return [median(times), median(typing)];
        },
        baseUrl,
        n,
        QUERIES,
      );
      rows.push({
        figure: `finder: filter ${n.toLocaleString('en')} services, per keystroke, median`,
        value: median,
        unit: 'ms',
        budget,
        pass: budget == null ? true : median <= budget,
      });
      rows.push({
        figure: `finder: ${n.toLocaleString('en')} services, typing forward only (no repeated query), median`,
        value: typingMedian,
        unit: 'ms',
        budget: null,
        pass: true,
      });
    } catch (e) {
      rows.push({
        figure: `finder: filter ${n.toLocaleString('en')} services, per keystroke, median`,
        value: null,
        unit: 'ms',
        budget,
        pass: false,
        note: String(e?.message ?? e).split('\n')[0],
      });
    } finally {
      await page.close();
    }
  }
  return rows;
}
