// Shared set-up for the directory editor's end-to-end tests: the repository served with the
// editor's CSP header, a download folder per page, the CLI, and a few page helpers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pageHeaders } from '../../../scripts/static.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SAMPLE_PATH = join(ROOT, 'examples/data/cluj-sample.json');
export const SAMPLE = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
const CLI = join(ROOT, 'dist/cli/reper.js');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Server options: every page gets the headers `npm start` sends (the editor's CSP on /editor/). */
export const editorServer = {
  handler: (req, res) => {
    const extra = pageHeaders(new URL(req.url ?? '/', 'http://x').pathname);
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers = {}) => writeHead(status, { ...headers, ...extra });
    return false;
  },
};

/** Runs `node dist/cli/reper.js …` in `cwd`. */
export function reper(cwd, ...args) {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A fresh browser context with the editor open (English unless `lang`), downloads going to a new
 * folder, and every request the page makes recorded (with a note of which came after loading).
 */
export async function openEditor(ctx, { lang = 'en', width = 1280, height = 900 } = {}) {
  const context = await ctx.browser.createBrowserContext();
  const page = await context.newPage();
  const downloads = mkdtempSync(join(tmpdir(), 'reper-editor-'));
  const cdp = await ctx.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: context.id });
  const requests = [];
  const errors = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({ width, height });
  await page.goto(`${ctx.server.url}/editor/${lang ? `?lang=${lang}` : ''}`);
  await page.waitForSelector('reper-directory-editor #open-file');
  loaded = true;
  return { context, page, downloads, requests, errors };
}

/** Opens a file through the "Open a directory or spreadsheet" input and waits for the result. */
export async function openFile(page, path) {
  const input = await page.$('#open-file');
  await input.uploadFile(path);
  await page.waitForFunction(() => document.querySelector('#overview-title, #open-error'));
}

/** Replaces the text of a field the way a person does: select all, type. */
export async function typeInto(page, selector, text) {
  await page.click(selector, { clickCount: 3 });
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('A');
  await page.keyboard.up('Control');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

/** Chooses a service in the list by its id. */
export async function chooseService(page, id) {
  await page.evaluate((id) => {
    const item = [...document.querySelectorAll('.services .item')].find((b) => b.querySelector('.id')?.textContent === id);
    if (!item) throw new Error(`no list item for ${id}`);
    item.click();
  }, id);
  await page.waitForFunction((id) => document.querySelector('#form-title')?.textContent.includes(id) || document.querySelector('.item[aria-current="true"] .id')?.textContent === id, {}, id);
}

/** Waits until `names` are all in `dir` (finished downloads), and returns them. */
export async function waitForDownloads(dir, names, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const have = readdirSync(dir);
    if (names.every((n) => have.includes(n)) && !have.some((n) => n.endsWith('.crdownload'))) return names.map((n) => join(dir, n));
    if (Date.now() > end) throw new Error(`downloads ${names.join(', ')} not found in ${dir} (have: ${have.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** axe violations of the whole page (axe is evaluated through DevTools: the CSP refuses an injected script). */
export async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Text of an element, or null when it is not there. */
export const textOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ?? null, selector);
