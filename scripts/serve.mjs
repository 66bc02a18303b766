// `npm start` serves the repository root (examples/, kiosk/, editor/, cdn/, themes/) on
// http://localhost:8000 (PORT overrides). Any static server works the same way; this one adds
// ETag revalidation (the kiosk's sync uses it) and a strict Content-Security-Policy (Trusted Types
// enforced) on example pages, to prove the elements need nothing unsafe.
import { createServer } from 'node:http';
import { pageHeaders, serveStatic } from './static.mjs';

const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') {
    res.writeHead(302, { Location: '/examples/' }).end();
    return;
  }
  const headers = pageHeaders(path);
  try {
    await serveStatic('.', req, res, headers);
  } catch (e) {
    if (!res.headersSent) res.writeHead(500);
    res.end(String(e));
  }
});

server.listen(port, host, () => {
  console.log(`Reper demo: http://localhost:${port}/examples/  ·  kiosk: http://localhost:${port}/kiosk/  ·  directory editor: http://localhost:${port}/editor/`);
});
