// Static file serving with ETag revalidation, shared by `npm start`, the tests and the bench.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The strict policy the example pages are served with (by `npm start` and the tests): nothing
 * inline, nothing from other origins, and Trusted Types enforced for every DOM sink.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * The directory editor's policy: the strict one, except that it may fetch a published feed from an
 * https origin — only when the maintainer asks ("open from this address").
 */
export const EDITOR_CSP = STRICT_CSP.replace("connect-src 'self'", "connect-src 'self' https:");

/**
 * The headers `npm start` adds to a page (HTML) response: the strict policy (the editor's for
 * /editor/), and no framing by other sites (the editor: no framing at all).
 */
export function pageHeaders(pathname) {
  if (!(pathname.endsWith('.html') || pathname.endsWith('/'))) return {};
  if (pathname.startsWith('/editor/')) return { 'Content-Security-Policy': `${EDITOR_CSP}; frame-ancestors 'none'` };
  return { 'Content-Security-Policy': `${STRICT_CSP}; frame-ancestors 'self'` };
}

/** Serves `req` from `root`; directories get their index.html. Returns false when nothing matched. */
export async function serveStatic(root, req, res, extraHeaders = {}) {
  const url = new URL(req.url ?? '/', 'http://x');
  const base = resolve(root);
  let path = normalize(join(base, decodeURIComponent(url.pathname)));
  if (path !== base && !path.startsWith(base + sep)) {
    res.writeHead(403).end('forbidden');
    return true;
  }
  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
      return true;
    }
    path = join(path, 'index.html');
    info = await stat(path).catch(() => undefined);
  }
  if (!info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return false;
  }
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
    ETag: etag,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extraHeaders,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(path).pipe(res);
  return true;
}
