#!/usr/bin/env node
// `npm run poster -- --size A4 --langs ro,hu --url https://example.org/help --out poster.pdf`
//
// Renders <reper-poster> to a one-page PDF with the installed Chromium: serves the built cdn/
// bundle on 127.0.0.1, opens a page with only the poster, and prints it with the poster's own
// @page size. Run `npm run build` first. Exit 0 on success, 1 when printing fails or the PDF is not
// exactly one page, 2 on usage errors.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['ro', 'hu', 'en', 'uk'];
const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.webp': 'image/webp' };

const USAGE = `Usage: npm run poster -- [options]

  --size A4|A3         paper size (default A4)
  --langs ro,hu        one to four of ro, hu, en, uk, in order (default ro)
  --url https://…      where the QR code leads (default: it dials 0800 500 333)
  --out poster.pdf     output file (default poster.pdf)
  --neutral            wording that does not name violence or abuse
  --pathway            add the short "what happens next" (police assessment, protection orders, support)
  --institution TEXT   the institution's name, printed at the top
  --logo FILE          the institution's logo (PNG, JPEG, SVG or WebP)
  --cdn DIR            built bundles to use (default cdn/ of this package)
  -h, --help           this help`;

function usage(message) {
  console.error(`poster: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      size: { type: 'string', default: 'A4' },
      langs: { type: 'string', default: 'ro' },
      url: { type: 'string' },
      out: { type: 'string', default: 'poster.pdf' },
      neutral: { type: 'boolean', default: false },
      pathway: { type: 'boolean', default: false },
      institution: { type: 'string' },
      logo: { type: 'string' },
      cdn: { type: 'string', default: join(ROOT, 'cdn') },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  }).values;
} catch (e) {
  usage(e.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const size = args.size.toUpperCase();
if (size !== 'A4' && size !== 'A3') usage(`--size must be A4 or A3, not "${args.size}"`);
const langs = args.langs.split(/[\s,;]+/).filter(Boolean).map((l) => l.toLowerCase());
if (langs.length < 1 || langs.length > 4) usage('--langs takes one to four languages');
for (const l of langs) if (!LANGS.includes(l)) usage(`unknown language "${l}" (use ${LANGS.join(', ')})`);
if (new Set(langs).size !== langs.length) usage('--langs lists a language twice');
if (args.url !== undefined) {
  let ok = false;
  try {
    ok = new URL(args.url).protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) usage(`--url must be an https: address, not "${args.url}"`);
}
if (args.logo !== undefined) {
  if (!existsSync(args.logo) || !statSync(args.logo).isFile()) usage(`--logo: no such file "${args.logo}"`);
  if (!IMAGE_TYPES[extname(args.logo).toLowerCase()]) usage('--logo must be a PNG, JPEG, SVG or WebP file');
}
const cdn = resolve(args.cdn);
if (!existsSync(join(cdn, 'poster.js'))) {
  console.error(`poster: ${join(cdn, 'poster.js')} not found; run \`npm run build\` first.`);
  process.exit(1);
}

const PAGE = `<!doctype html>
<html lang="${langs[0]}">
<head><meta charset="utf-8"><title>Reper poster</title><script type="module" src="/cdn/poster.js"></script></head>
<body></body>
</html>`;

// Only the page, the bundles and the logo: nothing else is reachable from the printing browser.
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (status, type, body) => res.writeHead(status, { 'Content-Type': type }).end(body);
  if (path === '/') return send(200, 'text/html; charset=utf-8', PAGE);
  if (path === '/logo' && args.logo) return send(200, IMAGE_TYPES[extname(args.logo).toLowerCase()], readFileSync(args.logo));
  if (path.startsWith('/cdn/') && path.endsWith('.js') && !path.includes('..')) {
    const file = join(cdn, path.slice(5));
    if (file.startsWith(cdn) && existsSync(file)) return send(200, 'text/javascript; charset=utf-8', readFileSync(file));
  }
  return send(404, 'text/plain', 'not found');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
let pages = 0;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.evaluate(
    async ({ size, langs, url, neutral, pathway, institution, logo }) => {
      await customElements.whenDefined('reper-poster');
      const poster = document.createElement('reper-poster');
      poster.setAttribute('size', size);
      poster.setAttribute('langs', langs.join(','));
      if (url) poster.setAttribute('url', url);
      if (neutral) poster.setAttribute('neutral', '');
      if (pathway) poster.setAttribute('pathway', '');
      if (institution) {
        const name = document.createElement('span');
        name.slot = 'institution';
        name.textContent = institution;
        poster.append(name);
      }
      if (logo) {
        const img = document.createElement('img');
        img.slot = 'logo';
        img.alt = institution ?? '';
        img.src = '/logo';
        poster.append(img);
        await img.decode().catch(() => undefined);
      }
      document.body.append(poster);
      await poster.updateComplete;
      const qr = poster.shadowRoot.querySelector('reper-qr');
      await qr?.updateComplete;
      await document.fonts.ready;
    },
    { size, langs, url: args.url, neutral: args.neutral, pathway: args.pathway, institution: args.institution, logo: Boolean(args.logo) },
  );
  if (errors.length) throw new Error(errors.join('\n'));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(args.out, pdf);
  pages = countPages(pdf);
} catch (e) {
  console.error(`poster: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}

if (pages) {
  console.log(`wrote ${args.out} (${size}, ${langs.join(',')}${args.neutral ? ', neutral' : ''}, ${pages} page${pages === 1 ? '' : 's'})`);
  if (pages !== 1) {
    console.error('poster: the poster did not fit on one page.');
    process.exitCode = 1;
  }
}

/** Page objects in a PDF (`/Type /Page`, not `/Pages`). */
function countPages(buffer) {
  return (Buffer.from(buffer).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
