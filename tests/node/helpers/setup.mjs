// One static server (the repository root) and one Chromium for a test file, started before its
// tests and closed after them: `const ctx = useServerAndBrowser(); … ctx.server.url, ctx.browser`.
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/** @param {Parameters<typeof startServer>[0]} [serverOptions] */
export function useServerAndBrowser(serverOptions = {}) {
  /** @type {{ server: Awaited<ReturnType<typeof startServer>>, browser: import('puppeteer-core').Browser }} */
  const ctx = /** @type {any} */ ({});
  before(async () => {
    ctx.server = await startServer({ root: '.', ...serverOptions });
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
