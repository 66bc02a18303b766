/// <reference lib="webworker" />
// The kiosk's service worker: precaches the app shell with revisions (the manifest is injected by
// workbox-build at `npm run build`), so that after one online visit the kiosk starts with the
// network down. The directory feed and the config are not handled here: the kiosk keeps its own
// verified copies in Cache Storage. A new version waits until the kiosk's idle reset asks for it.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// An operator's own theme or logo, same origin: network first, the last copy when offline.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && (request.destination === 'style' || request.destination === 'image'),
  new NetworkFirst({ cacheName: 'reper-kiosk-assets', networkTimeoutSeconds: 5 }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | undefined)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
