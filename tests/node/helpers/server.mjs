// A small static server for end-to-end tests and the bench: serves a folder with ETag/304 support,
// and lets a test answer some paths itself (`handler(req, res)` returning true when it answered).
import { createServer } from 'node:http';
import { serveStatic } from '../../../scripts/static.mjs';

/**
 * @param {{ root?: string, handler?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: { url: string, headers: import('node:http').IncomingHttpHeaders }[] }>}
 */
export async function startServer({ root = '.', handler, host = '127.0.0.1' } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers, method: req.method });
    try {
      if (handler && (await handler(req, res))) return;
      await serveStatic(root, req, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
